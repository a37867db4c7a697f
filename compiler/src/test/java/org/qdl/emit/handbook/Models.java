package org.qdl.emit.handbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.model.Condition;
import org.qdl.model.DateEntry;
import org.qdl.model.Framework;
import org.qdl.model.GradeRule;
import org.qdl.model.Grading;
import org.qdl.model.Group;
import org.qdl.model.Identifier;
import org.qdl.model.Level;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;
import org.qdl.model.Range;
import org.qdl.model.Rule;
import org.qdl.model.Scale;
import org.qdl.model.Section;
import org.qdl.model.Unit;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/** Builds checked-model objects by hand, the way the checker would, for tests that need no spec file. */
final class Models {
    static final Span SPAN = Span.at(new SourceFile("test.qdl", ""), 0);

    private Models() {
    }

    static BigDecimal n(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros();
    }

    static Level level(String label, int rank, String framework) {
        return new Level(label, rank, framework);
    }

    static Level scqf(int level) {
        return level(Integer.toString(level), level, "SCQF");
    }

    static Level rqf(int level) {
        return level(Integer.toString(level), level + 3, "RQF");
    }

    static Rule.Amount plain(double v) {
        return new Rule.Amount(Rule.Bound.PLAIN, n(v), Optional.empty());
    }

    static Rule.Amount atLeast(double v) {
        return new Rule.Amount(Rule.Bound.AT_LEAST, n(v), Optional.empty());
    }

    static Rule.Amount atMost(double v) {
        return new Rule.Amount(Rule.Bound.AT_MOST, n(v), Optional.empty());
    }

    static Rule.Amount exactly(double v) {
        return new Rule.Amount(Rule.Bound.EXACTLY, n(v), Optional.empty());
    }

    static Rule.Amount range(double low, double high) {
        return new Rule.Amount(Rule.Bound.PLAIN, n(low), Optional.of(n(high)));
    }

    static Section paragraph(Section.Kind kind, String... paragraphs) {
        List<Section.Item> items = new ArrayList<>();
        for (String p : paragraphs) {
            items.add(new Section.Paragraph(p));
        }
        return new Section(kind, Optional.empty(), items);
    }

    static Section bullets(Section.Kind kind, String lead, String... bullets) {
        List<Section.Item> items = new ArrayList<>();
        if (!lead.isEmpty()) {
            items.add(new Section.Paragraph(lead));
        }
        for (String b : bullets) {
            items.add(new Section.Bullet(b, false));
        }
        return new Section(kind, Optional.empty(), items);
    }

    static Section titled(String title, String... paragraphs) {
        Section s = paragraph(Section.Kind.SECTION, paragraphs);
        return new Section(Section.Kind.SECTION, Optional.of(title), s.items());
    }

    static Scale scale(String name, String title, String defaultLabel, List<String> achieved, String... labels) {
        List<Scale.Label> ls = new ArrayList<>();
        for (int i = 0; i < labels.length; i += 2) {
            ls.add(new Scale.Label(labels[i], labels[i + 1].isEmpty() ? Optional.empty() : Optional.of(labels[i + 1])));
        }
        return new Scale(name, Optional.ofNullable(title), ls, defaultLabel, achieved);
    }

    static Condition.Atom everyCriterion(String label, Condition.Direction d) {
        return new Condition.Atom(Condition.Kind.EVERY_CRITERION, label, d, null, false, null);
    }

    static Condition.Atom someCriteria(double count, boolean percent, String label, Condition.Direction d) {
        return new Condition.Atom(Condition.Kind.SOME_CRITERIA, label, d, n(count), percent, null);
    }

    static Condition.Atom everyUnit(String label, Condition.Direction d) {
        return new Condition.Atom(Condition.Kind.EVERY_UNIT, label, d, null, false, null);
    }

    static Condition.Atom someUnits(double count, boolean percent, String label, Condition.Direction d) {
        return new Condition.Atom(Condition.Kind.SOME_UNITS, label, d, n(count), percent, null);
    }

    static Condition.Atom points(double p) {
        return new Condition.Atom(Condition.Kind.POINTS, null, Condition.Direction.EXACTLY, null, false, n(p));
    }

    static Condition when(Condition.Atom... atoms) {
        return new Condition("", List.of(atoms));
    }

    static GradeRule grade(String grade, Condition when) {
        return new GradeRule(grade, Optional.of(when), Optional.empty());
    }

    static GradeRule gradeFrom(String grade, double points) {
        return new GradeRule(grade, Optional.empty(), Optional.of(n(points)));
    }

    static GradeRule otherwise(String grade) {
        return new GradeRule(grade, Optional.empty(), Optional.empty());
    }

    static UnitSpec unit(String ref, String title) {
        return new UnitSpec(ref, title);
    }

    /** A unit, filled in by steps. */
    static final class UnitSpec {
        final String ref;
        final String title;
        String kind = "unit";
        final List<Identifier> numbers = new ArrayList<>();
        Level level;
        BigDecimal credit;
        Range glh;
        final List<Section> sections = new ArrayList<>();
        final List<Unit.Outcome> outcomes = new ArrayList<>();
        final List<Unit.Criterion> looseCriteria = new ArrayList<>();
        final List<Unit.Knowledge> knowledge = new ArrayList<>();
        Scale gradingScale;
        Scale criterionScale;
        Condition achievedWhen;
        final List<GradeRule> grades = new ArrayList<>();

        UnitSpec(String ref, String title) {
            this.ref = ref;
            this.title = title;
        }

        UnitSpec kind(String k) {
            kind = k;
            return this;
        }

        UnitSpec number(String value, String caption) {
            numbers.add(new Identifier(value, Optional.of(caption), false));
            return this;
        }

        UnitSpec level(Level l) {
            level = l;
            return this;
        }

        UnitSpec credit(double c) {
            credit = n(c);
            return this;
        }

        UnitSpec glh(double g) {
            glh = Range.of(n(g));
            return this;
        }

        UnitSpec section(Section s) {
            sections.add(s);
            return this;
        }

        UnitSpec learning(String ref, String text, String... criteria) {
            return outcome(Unit.Outcome.Kind.LEARNING, ref, text, criteria);
        }

        UnitSpec performance(String ref, String text, String... criteria) {
            return outcome(Unit.Outcome.Kind.PERFORMANCE, ref, text, criteria);
        }

        private UnitSpec outcome(Unit.Outcome.Kind k, String ref, String text, String... criteria) {
            List<Unit.Criterion> cs = new ArrayList<>();
            for (int i = 0; i < criteria.length; i += 2) {
                cs.add(new Unit.Criterion(criteria[i], criteria[i + 1], List.of()));
            }
            outcomes.add(new Unit.Outcome(k, ref, text, cs, List.of()));
            return this;
        }

        UnitSpec criterion(String ref, String text, Section... notes) {
            looseCriteria.add(new Unit.Criterion(ref, text, List.of(notes)));
            return this;
        }

        UnitSpec knowledge(String ref, String text) {
            knowledge.add(new Unit.Knowledge(ref, text));
            return this;
        }

        UnitSpec gradingScale(Scale s) {
            gradingScale = s;
            return this;
        }

        UnitSpec criterionScale(Scale s) {
            criterionScale = s;
            return this;
        }

        UnitSpec achievedWhen(Condition c) {
            achievedWhen = c;
            return this;
        }

        UnitSpec grade(GradeRule g) {
            grades.add(g);
            return this;
        }

        Unit build(List<String> groups) {
            List<Unit.Criterion> all = new ArrayList<>();
            outcomes.forEach(o -> all.addAll(o.criteria()));
            all.addAll(looseCriteria);
            return new Unit(ref, kind, title, numbers, Optional.ofNullable(level), Optional.ofNullable(credit),
                    Optional.ofNullable(glh), Optional.empty(), sections, outcomes, all, knowledge, Unit.LeadIns.NONE,
                    Optional.ofNullable(gradingScale), Optional.ofNullable(criterionScale),
                    Optional.ofNullable(achievedWhen), grades, groups, SPAN);
        }
    }

    static RuleSpec all(String group) {
        RuleSpec r = new RuleSpec(RuleKind.ALL);
        return r.from(group);
    }

    static RuleSpec units(Rule.Amount a) {
        RuleSpec r = new RuleSpec(RuleKind.AMOUNT);
        r.units = a;
        return r;
    }

    static RuleSpec credits(Rule.Amount a) {
        RuleSpec r = new RuleSpec(RuleKind.AMOUNT);
        r.credits = a;
        return r;
    }

    static RuleSpec barred(String... refs) {
        return new RuleSpec(RuleKind.BARRED).fromUnits(refs);
    }

    static RuleSpec equivalent(String... refs) {
        return new RuleSpec(RuleKind.EQUIVALENT).fromUnits(refs);
    }

    /** A rule, filled in by steps; the pool is worked out from the groups when the qualification is built. */
    static final class RuleSpec {
        final RuleKind kind;
        Rule.Amount units;
        Rule.Amount credits;
        boolean further;
        boolean shared;
        Rule.LevelFilter level;
        Rule.ScopeKind scope = Rule.ScopeKind.TOTAL;
        List<String> names = List.of();
        final List<Rule.Inclusion> including = new ArrayList<>();

        RuleSpec(RuleKind kind) {
            this.kind = kind;
        }

        RuleSpec andUnits(Rule.Amount a) {
            units = a;
            return this;
        }

        RuleSpec further() {
            further = true;
            return this;
        }

        RuleSpec shared() {
            shared = true;
            return this;
        }

        RuleSpec at(Level l, Condition.Direction d) {
            level = new Rule.LevelFilter(l, d, false);
            return this;
        }

        RuleSpec atQualificationLevel(Level l, Condition.Direction d) {
            level = new Rule.LevelFilter(l, d, true);
            return this;
        }

        RuleSpec from(String... groups) {
            scope = Rule.ScopeKind.GROUPS;
            names = List.of(groups);
            return this;
        }

        RuleSpec fromAnyOf(String... groups) {
            scope = Rule.ScopeKind.ANY_OF_GROUPS;
            names = List.of(groups);
            return this;
        }

        RuleSpec fromEachOf(String... groups) {
            scope = Rule.ScopeKind.EACH_OF_GROUPS;
            names = List.of(groups);
            return this;
        }

        RuleSpec fromUnits(String... refs) {
            scope = Rule.ScopeKind.UNITS;
            names = List.of(refs);
            return this;
        }

        RuleSpec including(String... refs) {
            including.add(new Rule.Inclusion(false, List.of(refs)));
            return this;
        }

        RuleSpec includingOneOf(String... refs) {
            including.add(new Rule.Inclusion(true, List.of(refs)));
            return this;
        }

        Rule build(QualificationSpec q, int index) {
            List<String> pool = new ArrayList<>();
            if (scope == Rule.ScopeKind.UNITS) {
                pool.addAll(names);
            } else if (scope != Rule.ScopeKind.TOTAL) {
                Set<String> refs = new LinkedHashSet<>();
                names.forEach(g -> refs.addAll(q.unitsOf(g)));
                pool.addAll(refs);
            }
            return switch (kind) {
                case ALL -> new Rule.AllUnits("r" + index, Optional.empty(), new Rule.Scope(scope, names), pool,
                        including, shared, "", SPAN);
                case AMOUNT -> new Rule.Amounts("r" + index, Optional.empty(), Optional.ofNullable(units),
                        Optional.ofNullable(credits), further, Optional.ofNullable(level), new Rule.Scope(scope, names),
                        pool, including, shared, "", SPAN);
                case BARRED -> new Rule.Barred("r" + index, Optional.empty(), pool, "", SPAN);
                case EQUIVALENT -> new Rule.Equivalent("r" + index, Optional.empty(), pool, "", SPAN);
            };
        }
    }

    /** Which record a {@link RuleSpec} builds. */
    enum RuleKind { ALL, AMOUNT, BARRED, EQUIVALENT }

    static QualificationSpec qualification(String id, String title) {
        return new QualificationSpec(id, title);
    }

    /** A qualification, filled in by steps. */
    static final class QualificationSpec {
        final String id;
        final String title;
        String awardingBody;
        final List<Identifier> identifiers = new ArrayList<>();
        Framework framework;
        Level level;
        String size;
        Range tqt;
        Range glh;
        Range credit;
        final List<DateEntry> dates = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();
        final List<UnitSpec> units = new ArrayList<>();
        final List<String[]> groups = new ArrayList<>();
        final List<List<String>> groupUnits = new ArrayList<>();
        final List<List<String>> groupMembers = new ArrayList<>();
        final List<Scale> scales = new ArrayList<>();
        final List<RuleSpec> rules = new ArrayList<>();
        final List<Object[]> pathways = new ArrayList<>();
        Grading grading = Grading.none();
        String sourcePath = "specs/test.qdl";

        QualificationSpec(String id, String title) {
            this.id = id;
            this.title = title;
        }

        QualificationSpec awardingBody(String a) {
            awardingBody = a;
            return this;
        }

        QualificationSpec number(String value, String caption, boolean regulator) {
            identifiers.add(new Identifier(value, Optional.ofNullable(caption), regulator));
            return this;
        }

        QualificationSpec framework(String name) {
            framework = new Framework(name, Optional.empty(), List.of(), true);
            return this;
        }

        QualificationSpec framework(Framework f) {
            framework = f;
            return this;
        }

        QualificationSpec level(Level l) {
            level = l;
            return this;
        }

        QualificationSpec size(String s) {
            size = s;
            return this;
        }

        QualificationSpec tqt(double t) {
            tqt = Range.of(n(t));
            return this;
        }

        QualificationSpec glh(double low, double high) {
            glh = new Range(n(low), n(high));
            return this;
        }

        QualificationSpec credit(double c) {
            credit = Range.of(n(c));
            return this;
        }

        QualificationSpec date(String kind, String value, boolean note) {
            dates.add(new DateEntry(kind, value, note));
            return this;
        }

        QualificationSpec section(Section s) {
            sections.add(s);
            return this;
        }

        QualificationSpec unit(UnitSpec u) {
            units.add(u);
            return this;
        }

        /** A group of units declared here. */
        QualificationSpec group(String name, String title, UnitSpec... members) {
            List<String> refs = new ArrayList<>();
            for (UnitSpec u : members) {
                units.add(u);
                refs.add(u.ref);
            }
            groups.add(new String[] {name, title});
            groupUnits.add(refs);
            groupMembers.add(List.of());
            return this;
        }

        QualificationSpec union(String name, String title, String... members) {
            groups.add(new String[] {name, title});
            groupUnits.add(List.of());
            groupMembers.add(List.of(members));
            return this;
        }

        QualificationSpec scale(Scale s) {
            scales.add(s);
            return this;
        }

        QualificationSpec rule(RuleSpec r) {
            rules.add(r);
            return this;
        }

        QualificationSpec pathway(Pathway.Kind kind, String name, String title, RuleSpec... rs) {
            pathways.add(new Object[] {kind, name, title, List.of(rs)});
            return this;
        }

        QualificationSpec grading(Grading g) {
            grading = g;
            return this;
        }

        QualificationSpec source(String path) {
            sourcePath = path;
            return this;
        }

        List<String> unitsOf(String group) {
            int i = indexOf(group);
            if (i < 0) {
                return List.of();
            }
            Set<String> refs = new LinkedHashSet<>(groupUnits.get(i));
            groupMembers.get(i).forEach(g -> refs.addAll(unitsOf(g)));
            return List.copyOf(refs);
        }

        private int indexOf(String group) {
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i)[0].equals(group)) {
                    return i;
                }
            }
            return -1;
        }

        Qualification build() {
            List<Group> gs = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                String[] g = groups.get(i);
                gs.add(new Group(g[0], Optional.ofNullable(g[1]), unitsOf(g[0]), groupUnits.get(i),
                        groupMembers.get(i), Optional.empty(), List.of(), SPAN));
            }
            List<Unit> us = new ArrayList<>();
            for (UnitSpec u : units) {
                List<String> in = gs.stream().filter(g -> g.units().contains(u.ref)).map(Group::name).toList();
                us.add(u.build(in));
            }
            List<Rule> rs = new ArrayList<>();
            for (RuleSpec r : rules) {
                rs.add(r.build(this, rs.size()));
            }
            List<Pathway> ps = new ArrayList<>();
            for (Object[] p : pathways) {
                List<Rule> prs = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<RuleSpec> specs = (List<RuleSpec>) p[3];
                for (RuleSpec r : specs) {
                    prs.add(r.build(this, 100 + prs.size()));
                }
                ps.add(new Pathway((String) p[1], (Pathway.Kind) p[0], (String) p[2], prs, List.of(), List.of(), SPAN));
            }
            return new Qualification(id, title, Optional.ofNullable(awardingBody), identifiers,
                    Optional.ofNullable(framework), Optional.ofNullable(level), Optional.ofNullable(size),
                    Optional.ofNullable(tqt), Optional.ofNullable(glh), Optional.ofNullable(credit), dates, sections,
                    us, gs, scales, rs, ps, grading, sourcePath, SPAN);
        }
    }
}
