package org.qdl.syntax.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Comment;
import org.qdl.syntax.tree.Condition;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.AttemptsBlock;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.Import;
import org.qdl.syntax.tree.LevelValue;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Node;
import org.qdl.syntax.tree.Num;
import org.qdl.syntax.tree.PathwayDecl;
import org.qdl.syntax.tree.PathwayMember;
import org.qdl.syntax.tree.Prose;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.QualificationMember;
import org.qdl.syntax.tree.RequiresDecl;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.RulesBlock;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.Text;
import org.qdl.syntax.tree.UnitEntry;

/**
 * The one canonical printer behind `qdl fmt`: two-space indents, one member per line, long text wrapped
 * inside its quotes, comments kept where they were. Printing is idempotent, and what it prints parses back
 * to the same tree.
 */
public final class Printer {
    private static final int WIDTH = 100;

    private final SpecFile file;
    private final List<Comment> comments;
    private final List<StringBuilder> lines = new ArrayList<>();
    private int nextComment;
    private int indent;
    private int lastEnd = -1;
    private boolean lastWasComment;

    private Printer(SpecFile file) {
        this.file = file;
        this.comments = file.comments();
    }

    /** The canonical text of a tree without error nodes: `qdl fmt` refuses a file with syntax errors. */
    public static String print(SpecFile file) {
        if (!ErrorNode.in(file).isEmpty()) {
            throw new IllegalArgumentException("a tree with syntax errors has no canonical text: "
                    + ErrorNode.in(file).get(0).span());
        }
        Printer p = new Printer(file);
        p.printFile();
        StringBuilder out = new StringBuilder();
        for (StringBuilder line : p.lines) {
            out.append(stripEnd(line)).append('\n');
        }
        return out.toString();
    }

    private void printFile() {
        for (Import i : file.imports()) {
            startNode(i);
            line("import " + Lexemes.quote(i.path().value()));
            endNode(i);
        }
        boolean first = file.imports().isEmpty();
        for (Decl d : file.declarations()) {
            if (!first) {
                blankAfterNode();
            }
            first = false;
            decl(d);
        }
        flushComments(Integer.MAX_VALUE);
    }

    private void decl(Decl d) {
        if (d instanceof QualificationDecl q) {
            qualification(q);
        } else if (d instanceof UnitEntry u) {
            unitEntry(u);
        } else if (d instanceof GroupDecl g) {
            group(g);
        } else if (d instanceof ScaleDecl s) {
            scale(s);
        } else if (d instanceof FrameworkDecl f) {
            framework(f);
        }
    }

    // ----------------------------------------------------------------------------------------- declarations

    private void qualification(QualificationDecl q) {
        startNode(q);
        line("qualification " + q.name().text() + q.title().map(t -> " " + Lexemes.quote(t.value())).orElse("")
                + " {");
        opened(q);
        members(q.members(), this::qualificationMember, q.span());
        line("}");
        endNode(q);
    }

    private void qualificationMember(QualificationMember m) {
        if (m instanceof Attribute a) {
            attribute(a);
        } else if (m instanceof UnitEntry u) {
            unitEntry(u);
        } else if (m instanceof GroupDecl g) {
            group(g);
        } else if (m instanceof ScaleDecl s) {
            scale(s);
        } else if (m instanceof RulesBlock r) {
            rules(r);
        } else if (m instanceof PathwayDecl p) {
            pathway(p);
        } else if (m instanceof GradingBlock g) {
            grading(g);
        } else if (m instanceof RequiresDecl r) {
            startNode(r);
            text("requires " + r.kind().word() + " " + r.name().text() + " ", r.title(),
                    r.level().map(l -> " " + levelFilter(l)).orElse(""));
            endNode(r);
        } else if (m instanceof AttemptsBlock a) {
            attempts(a);
        }
    }

    private void unitEntry(UnitEntry u) {
        startNode(u);
        if (u instanceof UnitEntry.UnitRef r) {
            line(r.kind().word() + " " + Lexemes.reference(r.ref().text()));
        } else if (u instanceof UnitEntry.UnitDecl d) {
            String head = d.kind().word() + " " + Lexemes.reference(d.ref().text()) + " ";
            if (d.attributes().isEmpty()) {
                text(head, d.title(), "");
            } else {
                text(head, d.title(), " {");
                opened(d);
                members(d.attributes(), this::attribute, d.span());
                line("}");
            }
        }
        endNode(u);
    }

    private void group(GroupDecl g) {
        startNode(g);
        line("group " + g.name().text() + g.title().map(t -> " " + Lexemes.quote(t.value())).orElse("") + " {");
        opened(g);
        members(g.members(), this::groupMember, g.span());
        line("}");
        endNode(g);
    }

    private void groupMember(GroupMember m) {
        if (m instanceof UnitEntry u) {
            unitEntry(u);
        } else if (m instanceof Attribute a) {
            attribute(a);
        } else if (m instanceof GroupMember.UnitList l) {
            startNode(l);
            line("units " + join(l.units(), Lexemes::reference));
            endNode(l);
        } else if (m instanceof GroupMember.GroupList l) {
            startNode(l);
            line("groups " + join(l.groups(), Name::text));
            endNode(l);
        } else if (m instanceof GroupMember.LibraryUnits l) {
            startNode(l);
            line(libraryUnits(l));
            endNode(l);
        }
    }

    private void scale(ScaleDecl s) {
        startNode(s);
        line("scale " + s.name().text() + s.title().map(t -> " " + Lexemes.quote(t.value())).orElse("") + " {");
        opened(s);
        members(s.members(), this::scaleMember, s.span());
        line("}");
        endNode(s);
    }

    /** ` also "Passed", P` after a label that has other spellings, else nothing. */
    private static String also(ScaleDecl.Label label) {
        String from = label.from().map(f -> " from " + f + (label.percent() ? "%" : "")).orElse("");
        return from + (label.aliases().isEmpty() ? "" : " also " + join(label.aliases(), Lexemes::label));
    }

    private void scaleMember(ScaleDecl.Member m) {
        startNode(m);
        if (m instanceof ScaleDecl.Labels l) {
            boolean described = l.labels().stream().anyMatch(x -> x.description().isPresent());
            if (!described) {
                line(l.labels().stream().map(x -> Lexemes.label(x.name().text()) + also(x))
                        .collect(Collectors.joining(" < ")));
            } else {
                for (int i = 0; i < l.labels().size(); i++) {
                    ScaleDecl.Label x = l.labels().get(i);
                    String head = (i == 0 ? "" : "  < ") + Lexemes.label(x.name().text());
                    if (x.description().isPresent()) {
                        text(head + " ", x.description().get(), also(x));
                    } else {
                        line(head + also(x));
                    }
                }
            }
        } else if (m instanceof ScaleDecl.Marks k) {
            line("marks " + k.max());
        } else if (m instanceof ScaleDecl.Default d) {
            line("default " + Lexemes.label(d.label().text()));
        } else if (m instanceof ScaleDecl.Achieved a) {
            line((a.recorded() ? "recorded " : "achieved ") + join(a.labels(), Lexemes::label)
                    + (a.orAbove() ? " or above" : ""));
        }
        endNode(m);
    }

    private void framework(FrameworkDecl f) {
        startNode(f);
        line("framework " + f.name().text() + f.title().map(t -> " " + Lexemes.quote(t.value())).orElse("") + " {");
        opened(f);
        indent++;
        // the levels are one line but not a node: comments before and after them are placed as around a member
        flushComments(f.levels().get(0).span().start());
        line("levels " + join(f.levels(), Name::text));
        lastEnd = f.levels().get(f.levels().size() - 1).span().end();
        lastWasComment = false;
        flushComments(f.span().end() - 1);
        indent--;
        line("}");
        endNode(f);
    }

    // ----------------------------------------------------------------------------------------- attributes

    private void attribute(Attribute a) {
        startNode(a);
        if (a instanceof Attribute.Title t) {
            text("title ", t.text(), "");
        } else if (a instanceof Attribute.Number n) {
            String head = "number " + (n.regulator() ? "regulator " : "") + Lexemes.reference(n.value().text());
            line(head + n.caption().map(c -> " " + Lexemes.quote(c.value())).orElse(""));
        } else if (a instanceof Attribute.AwardingBody b) {
            text("awarding body ", b.name(), "");
        } else if (a instanceof Attribute.Framework f) {
            line("framework " + f.name().text());
        } else if (a instanceof Attribute.Level l) {
            line("level " + level(l.level()));
        } else if (a instanceof Attribute.Size s) {
            line("size " + Lexemes.label(s.word().value()));
        } else if (a instanceof Attribute.Quantity q) {
            line(q.kind().word() + " " + q.low() + q.high().map(h -> " to " + h).orElse(""));
        } else if (a instanceof Attribute.Date d) {
            line("date " + d.kind().text() + " " + (d.quoted() ? Lexemes.quote(d.value().text()) : d.value().text()));
        } else if (a instanceof Attribute.Section s) {
            section(s);
        } else if (a instanceof Attribute.Outcome o) {
            withBody(o.kind().word() + " " + Lexemes.reference(o.ref().text()) + " ", o.text(), o.body(), o.span());
        } else if (a instanceof Attribute.Criterion c) {
            withBody("criterion " + Lexemes.reference(c.ref().text()) + " ", c.text(), c.body(), c.span());
        } else if (a instanceof Attribute.Knowledge k) {
            text("knowledge " + Lexemes.reference(k.ref().text()) + " ", k.text(), "");
        } else if (a instanceof Attribute.LeadIn l) {
            text("lead-in " + l.target().word() + " ", l.text(), "");
        } else if (a instanceof Attribute.ScaleRef r) {
            line(r.role().word() + " " + r.scale().text());
        } else if (a instanceof Attribute.AchievedWhen w) {
            line("achieved when " + condition(w.condition()));
        } else if (a instanceof Attribute.UnitGrade g) {
            line("grade " + Lexemes.label(g.grade().text())
                    + g.when().map(c -> " when " + condition(c)).orElse(" otherwise"));
        }
        endNode(a);
    }

    private void withBody(String head, Text text, List<Attribute> body, Span span) {
        if (body.isEmpty()) {
            text(head, text, "");
        } else {
            text(head, text, " {");
            opened(span);
            members(body, this::attribute, span);
            line("}");
        }
    }

    private void section(Attribute.Section s) {
        String head = s.kind().word() + " " + s.number().map(n -> n.text() + " ").orElse("")
                + s.title().map(t -> Lexemes.quote(t.value()) + " ").orElse("");
        List<Prose.Item> items = s.prose().items();
        if (items.size() == 1 && items.get(0) instanceof Prose.Paragraph p) {
            text(head, p.text(), "");
            return;
        }
        line(head + "{");
        opened(s.prose().span());
        indent++;
        for (Prose.Item item : items) {
            startNode(item);
            proseItem(item);
            endNode(item);
        }
        indent--;
        flushComments(s.prose().span().end() - 1);
        line("}");
    }

    private void proseItem(Prose.Item item) {
        if (item instanceof Prose.Bullet b) {
            text(b.nested() ? "-- " : "- ", b.text(), "");
        } else if (item instanceof Prose.Heading h) {
            text("heading ", h.text(), "");
        } else if (item instanceof Prose.Table t) {
            line("table " + t.caption().map(c -> Lexemes.quote(c.value()) + " ").orElse("") + "{");
            opened(t.span());
            indent++;
            for (Prose.Row r : t.rows()) {
                startNode(r);
                tableRow(r);
                endNode(r);
            }
            indent--;
            flushComments(t.span().end() - 1);
            line("}");
        } else if (item instanceof Prose.Paragraph p) {
            text("", p.text(), "");
        }
    }

    /** `row "a", "b"`: cells run on while they fit, a long one wraps inside its quotes, aligned under the first. */
    private void tableRow(Prose.Row r) {
        String keyword = r.header() ? "header " : "row ";
        String align = " ".repeat(keyword.length());
        int pad = 2 * indent;
        StringBuilder current = new StringBuilder(keyword);
        boolean fresh = true;
        for (int i = 0; i < r.cells().size(); i++) {
            Text cell = r.cells().get(i);
            String tail = i + 1 < r.cells().size() ? "," : "";
            String quoted = Lexemes.quote(cell.value()) + tail;
            String sep = fresh ? "" : " ";
            if (pad + current.length() + sep.length() + quoted.length() <= WIDTH) {
                current.append(sep).append(quoted);
                fresh = false;
                continue;
            }
            if (!fresh) {
                line(current.toString());
                current = new StringBuilder(align);
            }
            if (pad + current.length() + quoted.length() <= WIDTH) {
                current.append(quoted);
                fresh = false;
                continue;
            }
            text(current.toString(), cell, tail);
            current = new StringBuilder(align);
            fresh = true;
        }
        if (!fresh) {
            line(current.toString());
        }
    }

    private static String level(LevelValue level) {
        return level.form() == LevelValue.Form.ENTRY ? "entry " + level.text() : level.text();
    }

    // ----------------------------------------------------------------------------------------- rules

    private void rules(RulesBlock r) {
        startNode(r);
        line("rules {");
        opened(r);
        members(r.rules(), this::rule, r.span());
        line("}");
        endNode(r);
    }

    private void pathway(PathwayDecl p) {
        startNode(p);
        text(p.kind().word() + " " + p.name().text() + " ", p.title(), " {");
        opened(p);
        members(p.members(), this::pathwayMember, p.span());
        line("}");
        endNode(p);
    }

    private void pathwayMember(PathwayMember m) {
        if (m instanceof Attribute a) {
            attribute(a);
        } else if (m instanceof RuleNode r) {
            rule(r);
        } else if (m instanceof GradingBlock g) {
            grading(g);
        }
    }

    private void rule(RuleNode r) {
        startNode(r);
        line(r.label().map(l -> l.text() + ": ").orElse("") + ruleText(r));
        endNode(r);
    }

    /** The canonical text of a rule, without its label. */
    public static String ruleText(RuleNode r) {
        if (r instanceof RuleNode.AllRule a) {
            return "all units from " + pool(a.pool()) + (a.passed() ? " passed" : "")
                    + a.including().map(Printer::including).orElse("") + (a.shared() ? " shared" : "");
        } else if (r instanceof RuleNode.AmountRule a) {
            StringBuilder s = new StringBuilder(amount(a.amount()));
            a.second().ifPresent(second -> s.append(" and ").append(amount(second)));
            a.outcome().ifPresent(o -> s.append(o == RuleNode.Outcome.PASSED ? " passed" : " not passed"));
            if (!a.unitSizes().isEmpty()) {
                boolean unitsOnly = a.amount().measure() == RuleNode.Measure.UNITS && a.second().isEmpty();
                s.append(unitsOnly ? " of " : " in units of ").append(a.unitSizes().stream().map(Num::toString)
                        .collect(Collectors.joining(" or "))).append(" credits");
            }
            a.level().ifPresent(l -> s.append(' ').append(levelFilter(l)));
            a.graded().ifPresent(g -> s.append(" graded ").append(bound(g)));
            if (a.pool().isPresent()) {
                s.append(" from ").append(pool(a.pool().get()));
            } else if (a.level().isEmpty() && a.unitSizes().isEmpty() && a.graded().isEmpty()) {
                s.append(" in total");
            }
            a.including().ifPresent(i -> s.append(including(i)));
            if (a.shared()) {
                s.append(" shared");
            }
            return s.toString();
        } else if (r instanceof RuleNode.GateRule g) {
            return "units " + levelFilter(g.gated()) + " count only after " + amount(g.after()) + " "
                    + levelFilter(g.afterLevel());
        } else if (r instanceof RuleNode.BarredRule b) {
            return "barred units " + join(b.units(), Lexemes::reference);
        }
        return "equivalent units " + join(((RuleNode.EquivalentRule) r).units(), Lexemes::reference);
    }

    private static String amount(RuleNode.Amount a) {
        StringBuilder s = new StringBuilder();
        if (a.bound() != RuleNode.Bound.PLAIN) {
            s.append(a.bound().words()).append(' ');
        }
        s.append(a.low());
        a.high().ifPresent(h -> s.append(" to ").append(h));
        if (a.further()) {
            s.append(" further");
        }
        boolean one = a.high().isEmpty() && a.low().value().compareTo(java.math.BigDecimal.ONE) == 0;
        return s.append(' ').append(a.measure().word(one)).toString();
    }

    /** `any unit at level 3 in "btec-units.qdl"` */
    public static String libraryUnits(GroupMember.LibraryUnits l) {
        return "any unit" + l.level().map(f -> " " + levelFilter(f)).orElse("") + " in " + Lexemes.quote(l.library().value());
    }

    /** The canonical text of `grade from ...`. */
    public static String selectionText(GradingBlock.Selection s) {
        StringBuilder out = new StringBuilder("grade from ");
        out.append(s.best().map(n -> "the best " + n + (n.value().compareTo(java.math.BigDecimal.ONE) == 0 ? " credit"
                : " credits")).orElse("units"));
        s.level().ifPresent(l -> out.append(' ').append(levelFilter(l)));
        s.cap().ifPresent(c -> out.append(", taken from at most ").append(c).append(" credits"));
        s.including().ifPresent(p -> out.append(", including ").append(pool(p)));
        return out.toString();
    }

    public static String levelFilter(RuleNode.LevelFilter l) {
        String where = l.level().map(v -> "at level " + level(v)).orElse("at qualification level");
        return l.direction() == RuleNode.Direction.EXACTLY ? where : where + " " + l.direction().words();
    }

    public static String pool(RuleNode.Pool pool) {
        if (pool instanceof RuleNode.UnitPool u) {
            return (u.units().size() == 1 ? "unit " : "units ") + join(u.units(), Lexemes::reference);
        }
        RuleNode.GroupPool g = (RuleNode.GroupPool) pool;
        String names = andList(g.groups().stream().map(Name::text).toList());
        return switch (g.quantifier()) {
            case ANY -> "any of groups " + names;
            case EACH -> "each of groups " + names;
            case NONE -> (g.groups().size() == 1 ? "group " : "groups ") + names;
        };
    }

    private static String including(RuleNode.Including i) {
        return " including " + (i.oneOf() ? "one of " : "") + join(i.units(), Lexemes::reference);
    }

    // ----------------------------------------------------------------------------------------- grading

    private void grading(GradingBlock g) {
        startNode(g);
        line("grading {");
        opened(g);
        members(g.items(), this::gradingItem, g.span());
        line("}");
        endNode(g);
    }

    private void gradingItem(GradingBlock.Item item) {
        startNode(item);
        if (item instanceof GradingBlock.NoOverallGrade) {
            line("no overall grade");
        } else if (item instanceof GradingBlock.PointsTable t) {
            line("points per " + (t.per() == GradingBlock.Per.CREDIT ? "credit" : "unit") + " {");
            opened(t);
            members(t.rows(), this::pointsRow, t.span());
            line("}");
        } else if (item instanceof GradingBlock.TariffTable t) {
            line("tariff per credit {");
            opened(t);
            members(t.rows(), this::pointsRow, t.span());
            line("}");
        } else if (item instanceof GradingBlock.Threshold t) {
            line("grade " + Lexemes.label(t.grade().text()) + " from " + t.points() + " points"
                    + t.when().map(c -> " when " + condition(c)).orElse(""));
        } else if (item instanceof GradingBlock.NotAchievedOtherwise) {
            line("otherwise not achieved");
        } else if (item instanceof GradingBlock.GradeWhen w) {
            line("grade " + Lexemes.label(w.grade().text())
                    + w.when().map(c -> " when " + condition(c)).orElse(" otherwise"));
        } else if (item instanceof GradingBlock.GradeTable t) {
            line("grade table " + (t.units().size() == 1 ? "unit " : "units ") + join(t.units(), Lexemes::reference)
                    + " {");
            opened(t);
            members(t.rows(), this::tableRow, t.span());
            line("}");
        } else if (item instanceof GradingBlock.Selection s) {
            line(selectionText(s));
        }
        endNode(item);
    }

    // ----------------------------------------------------------------------------------------- attempts

    private void attempts(AttemptsBlock a) {
        startNode(a);
        line("attempts {");
        opened(a);
        members(a.items(), this::attemptsItem, a.span());
        line("}");
        endNode(a);
    }

    private void attemptsItem(AttemptsBlock.Item item) {
        startNode(item);
        if (item instanceof AttemptsBlock.RegistrationValid r) {
            line("registration valid for " + period(r.period()));
        } else if (item instanceof AttemptsBlock.ResitLimit r) {
            line("at most " + r.most() + " " + ("1".equals(r.most().toString()) ? "resit" : "resits") + " per unit");
        } else if (item instanceof AttemptsBlock.ResitWindow r) {
            line("resit within " + period(r.period()));
        } else if (item instanceof AttemptsBlock.ResitCap r) {
            line("resit capped at " + Lexemes.label(r.grade().text()));
        } else if (item instanceof AttemptsBlock.NoResitOnceAchieved) {
            line("no resit once achieved");
        } else if (item instanceof AttemptsBlock.RegistrationCloses r) {
            // the words are names as written (never quoted: the grammar takes a name there)
            line("registration " + r.closes().text() + " " + r.date().text());
        } else if (item instanceof AttemptsBlock.CertificationEnds c) {
            line(c.certification().text() + " " + c.ends().text() + " " + c.date().text());
        }
        endNode(item);
    }

    private static String period(AttemptsBlock.Period p) {
        return p.count() + " " + Lexemes.reference(p.unit().text());
    }

    private void tableRow(GradingBlock.TableRow row) {
        startNode(row);
        line(join(row.cells(), Lexemes::label) + ": " + Lexemes.label(row.grade().text()));
        endNode(row);
    }

    private void pointsRow(GradingBlock.PointsRow row) {
        startNode(row);
        String key = row.key().map(k -> k instanceof GradingBlock.LevelKey l
                ? "level " + level(l.level()) + ": "
                : "glh " + ((GradingBlock.GlhKey) k).glh() + ": ").orElse("");
        line(key + row.entries().stream().map(e -> Lexemes.label(e.grade().text()) + " " + e.points())
                .collect(Collectors.joining(", ")));
        endNode(row);
    }

    /** The canonical text of a condition. */
    public static String condition(Condition c) {
        return c.atoms().stream().map(Printer::atom).collect(Collectors.joining(" and "));
    }

    private static String atom(Condition.Atom atom) {
        if (atom instanceof Condition.EveryCriterion e) {
            return "every criterion at " + bound(e.bound());
        } else if (atom instanceof Condition.SomeCriteria s) {
            return "at least " + s.count() + (s.percent() ? "% of criteria" : one(s.count()) ? " criterion" : " criteria")
                    + " at " + bound(s.bound());
        } else if (atom instanceof Condition.EveryUnitGraded e) {
            return "every unit graded " + bound(e.bound());
        } else if (atom instanceof Condition.SomeUnitsGraded s) {
            return "at least " + s.count() + (s.percent() ? "% of units" : one(s.count()) ? " unit" : " units")
                    + " graded " + bound(s.bound());
        } else if (atom instanceof Condition.SomeCreditsGraded s) {
            return "at least " + s.credits() + (one(s.credits()) ? " credit" : " credits")
                    + s.level().map(l -> " " + levelFilter(l)).orElse("") + " graded " + bound(s.bound());
        } else if (atom instanceof Condition.UnitGraded u) {
            return "unit " + Lexemes.reference(u.unit().text()) + " graded " + bound(u.bound());
        }
        Condition.MinimumPoints m = (Condition.MinimumPoints) atom;
        return "at least " + m.points() + " points" + m.from().map(p -> " from " + pool(p)).orElse("");
    }

    private static boolean one(org.qdl.syntax.tree.Num n) {
        return n.value().compareTo(java.math.BigDecimal.ONE) == 0;
    }

    private static String bound(Condition.LabelBound b) {
        String label = Lexemes.label(b.label().text());
        return b.direction() == RuleNode.Direction.EXACTLY ? label : label + " " + b.direction().words();
    }

    // ----------------------------------------------------------------------------------------- layout

    /** Prints the members of a block one per line, keeping single blank lines the author left between them. */
    private <T extends Node> void members(List<T> members, java.util.function.Consumer<T> printOne, Span block) {
        indent++;
        boolean first = true;
        for (T m : members) {
            if (!first && blankBefore(m.span().start())) {
                blankAfterNode();
            }
            first = false;
            printOne.accept(m);
        }
        flushComments(block.end() - 1);
        indent--;
    }

    private boolean blankBefore(int offset) {
        String text = file.source().text();
        int newlines = 0;
        for (int i = offset - 1; i >= 0 && Character.isWhitespace(text.charAt(i)); i--) {
            if (endsLine(text, i)) {
                newlines++;
            }
        }
        return newlines >= 2;
    }

    /** A line ends at `\n`, `\r\n` or a lone `\r`, as the lexer ends a `//` comment. */
    private static boolean endsLine(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
    }

    /** Where the line holding {@code from} ends (its `\r` or `\n`), or -1 on the last line. */
    private static int endOfLine(String text, int from) {
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    private void startNode(Node node) {
        flushComments(node.span().start());
        if (lastWasComment && blankBefore(node.span().start())) {
            blank();
        }
        lastWasComment = false;
    }

    private void endNode(Node node) {
        lastEnd = node.span().end();
        lastWasComment = false;
    }

    /** Prints the comments before an offset: on the previous line's end if they were there, else on their own. */
    private void flushComments(int before) {
        String text = file.source().text();
        while (nextComment < comments.size() && comments.get(nextComment).span().start() < before) {
            Comment c = comments.get(nextComment++);
            // a comment inside the node just printed (`import /* why */ "x"`) goes at the end of its line, where
            // printing again will find it: printed on a line of its own it would join the next node's comments
            boolean inside = lastEnd >= 0 && c.span().start() < lastEnd;
            boolean trailing = lastEnd >= 0 && !lines.isEmpty() && (inside
                    || endOfLine(text.substring(lastEnd, c.span().start()), 0) < 0);
            if (trailing) {
                // a block comment over several lines keeps its lines, with the printer's line breaks
                lines.get(lines.size() - 1).append(' ').append(c.text().replace("\r\n", "\n").replace('\r', '\n'));
            } else {
                if (blankBefore(c.span().start()) && !lines.isEmpty() && lines.get(lines.size() - 1).length() > 0
                        && !stripEnd(lines.get(lines.size() - 1)).endsWith("{")) {
                    blank();
                }
                int column = c.span().column() - 1;
                String[] commentLines = c.text().split("\r\n|\r|\n", -1);
                line(commentLines[0].strip());
                for (int i = 1; i < commentLines.length; i++) {
                    String l = commentLines[i].stripTrailing();
                    int cut = 0;
                    while (cut < column && cut < l.length() && (l.charAt(cut) == ' ' || l.charAt(cut) == '\t')) {
                        cut++;
                    }
                    String rest = l.substring(cut);
                    line(rest.strip().startsWith("*") ? " " + rest.strip() : rest);
                }
            }
            lastEnd = c.span().end();
            lastWasComment = true;
        }
    }

    /** A comment after a block's `{`, on its line, stays there: the `{` counts as where the last node ended. */
    private void opened(Node node) {
        opened(node.span());
    }

    private void opened(Span span) {
        int brace = openBrace(span.start(), span.end());
        if (brace >= 0) {
            lastEnd = brace;
        }
    }

    /** Just after the first `{` in [from, to) outside text and comments, or -1. */
    private int openBrace(int from, int to) {
        String text = file.source().text();
        for (int i = from; i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (text.startsWith("//", i)) {
                int eol = endOfLine(text, i);
                i = eol < 0 ? text.length() : eol;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 1;
            } else if (c == '{') {
                return i + 1;
            }
        }
        return -1;
    }

    /** A blank line between two nodes; a comment at the end of the first node's line stays on that line. */
    private void blankAfterNode() {
        if (lastEnd >= 0) {
            int eol = endOfLine(file.source().text(), lastEnd);
            flushComments(eol < 0 ? Integer.MAX_VALUE : eol);
        }
        blank();
    }

    private void line(String content) {
        lines.add(new StringBuilder("  ".repeat(indent)).append(content));
    }

    private void blank() {
        if (!lines.isEmpty() && lines.get(lines.size() - 1).length() > 0) {
            lines.add(new StringBuilder());
        }
    }

    /** Prints `head"text"tail`, wrapping long text inside its quotes (white space in text is folded anyway). */
    private void text(String head, Text text, String tail) {
        String pad = "  ".repeat(indent);
        String quoted = Lexemes.quote(text.value());
        if (pad.length() + head.length() + quoted.length() + tail.length() <= WIDTH) {
            line(head + quoted + tail);
            return;
        }
        String continuation = " ".repeat(head.length() + 1);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(head).append('"');
        String body = quoted.substring(1, quoted.length() - 1);
        for (String word : body.split(" ")) {
            boolean empty = current.length() == (out.isEmpty() ? head.length() + 1 : continuation.length());
            if (!empty && pad.length() + current.length() + 1 + word.length() > WIDTH) {
                out.add(current.toString());
                current = new StringBuilder(continuation);
                empty = true;
            }
            if (!empty) {
                current.append(' ');
            }
            current.append(word);
        }
        current.append('"').append(tail);
        out.add(current.toString());
        for (String l : out) {
            line(l);
        }
    }

    private static <T> String join(List<T> items, Function<T, String> show) {
        return items.stream().map(show).collect(Collectors.joining(", "));
    }

    private static String join(List<Name> names, java.util.function.UnaryOperator<String> show) {
        return names.stream().map(n -> show.apply(n.text())).collect(Collectors.joining(", "));
    }

    private static String andList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String stripEnd(CharSequence s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.subSequence(0, end).toString();
    }

    @SuppressWarnings("unused")
    private static Optional<String> none() {
        return Optional.empty();
    }
}
