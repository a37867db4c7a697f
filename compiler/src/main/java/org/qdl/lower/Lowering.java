package org.qdl.lower;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Condition;
import org.qdl.model.GradeRule;
import org.qdl.model.Grading;
import org.qdl.model.Group;
import org.qdl.model.Level;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;
import org.qdl.model.Rule;
import org.qdl.model.Scale;
import org.qdl.model.Unit;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrQualification;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrSource;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.syntax.Span;

/**
 * Lowers a checked qualification to the IR the runtime executes. This is the one place that decides what a rule
 * means: which rules claim units for themselves and which bound everything counted, what `all`, `each of`,
 * `barred`, `equivalent`, `shared`, `including`, levels and pathways become. The IR emitter writes what this
 * produces; the structure proof runs the engine on it. The output depends only on the model, in declaration
 * order, and names source files relative to the spec's folder, so the same source gives byte-identical IR from
 * whatever path it was given by.
 */
public final class Lowering {
    private final Qualification q;
    private final Path root;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private Lowering(Qualification q) {
        this.q = q;
        Path spec = Path.of(q.span().file().path()).toAbsolutePath().normalize();
        this.root = spec.getParent();
    }

    /** The whole qualification, with what lowering found meaningless (an `including` on a rule that claims nothing). */
    public static Lowered lower(Qualification qualification) {
        Lowering l = new Lowering(qualification);
        IrDocument ir = l.document(qualification.rules(), qualification.pathways());
        return new Lowered(ir, l.diagnostics);
    }

    /** The IR with other rules and pathways, for proving parts of a structure. */
    public static IrDocument lower(Qualification qualification, List<Rule> rules, List<Pathway> pathways) {
        return new Lowering(qualification).document(rules, pathways);
    }

    private IrDocument document(List<Rule> rules, List<Pathway> pathways) {
        IrQualification qualification = new IrQualification(q.id(), q.title(), q.awardingBody().orElse(null),
                q.identifiers().stream().map(i -> new IrQualification.IrIdentifier(i.value(), i.caption().orElse(null),
                        i.regulator())).toList(),
                q.framework().map(f -> f.name()).orElse(null), q.level().map(Lowering::level).orElse(null),
                source(q.span()));
        List<IrScale> scales = new ArrayList<>();
        for (Scale s : usedScales()) {
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            s.labels().stream().filter(l -> !l.aliases().isEmpty()).forEach(l -> aliases.put(l.name(), l.aliases()));
            scales.add(new IrScale(s.name(), s.title().orElse(null), s.labelNames(), s.defaultLabel(), s.achieved(),
                    aliases, s.recorded(), s.marks().orElse(null), s.from()));
        }
        List<IrUnit> units = q.units().stream().map(this::unit).toList();
        List<IrGroup> groups = new ArrayList<>();
        for (Group g : q.groups()) {
            groups.add(new IrGroup(g.name(), g.title().orElse(null), g.units(), g.memberGroups(), source(g.span())));
        }
        List<List<String>> equivalents = new ArrayList<>();
        List<IrRule> irRules = rules(rules, equivalents);
        List<IrPathway> irPathways = new ArrayList<>();
        List<org.qdl.runtime.ir.IrSmaller> smaller = new ArrayList<>();
        for (Pathway p : pathways) {
            IrPathway.Kind kind = switch (p.kind()) {
                case PATHWAY -> IrPathway.Kind.PATHWAY;
                case ENDORSEMENT -> IrPathway.Kind.ENDORSEMENT;
                // its own rules alone make a smaller qualification of the suite: not a pathway of this one
                case SMALLER -> null;
            };
            if (kind == null) {
                smaller.add(new org.qdl.runtime.ir.IrSmaller(p.name(), p.title(), rules(p.rules(), equivalents),
                        source(p.span()), p.grading().map(this::grading).orElse(null)));
            } else {
                irPathways.add(new IrPathway(p.name(), p.title(), kind, rules(p.rules(), equivalents),
                        source(p.span())));
            }
        }
        return new IrDocument(IrDocument.FORMAT, IrFormat.VERSION, qualification, scales, units, groups, irRules,
                equivalents, irPathways, grading(q.grading()), smaller, requisites(),
                q.attempts().map(this::attempts).orElse(null));
    }

    /**
     * What a learner must hold beside the units. A component at a level carries the framework's levels, so that the
     * engine reads the level a candidate's row gives ("5", "SCQF level 5") by the framework's own labels.
     */
    private List<org.qdl.runtime.ir.IrRequisite> requisites() {
        List<IrLevel> levels = new ArrayList<>();
        q.framework().ifPresent(f -> {
            for (int i = 0; i < f.levels().size(); i++) {
                levels.add(new IrLevel(f.levels().get(i), i + 1));
            }
        });
        return q.requisites().stream().map(r -> new org.qdl.runtime.ir.IrRequisite(r.id(), r.title(),
                switch (r.kind()) {
                    case QUALIFICATION -> org.qdl.runtime.ir.IrRequisite.Kind.QUALIFICATION;
                    case COMPONENT -> org.qdl.runtime.ir.IrRequisite.Kind.COMPONENT;
                }, r.level().map(Lowering::levelFilter).orElse(null), r.level().isPresent() ? levels : null,
                source(r.span()))).toList();
    }

    /** The rules on time and attempts, as the engine reads them against a candidate's attempt history. */
    private org.qdl.runtime.ir.IrAttempts attempts(org.qdl.model.Attempts a) {
        return new org.qdl.runtime.ir.IrAttempts(a.registrationValid().map(Lowering::period).orElse(null),
                a.resitsPerUnit().orElse(null), a.resitWithin().map(Lowering::period).orElse(null),
                a.resitCap().orElse(null), a.noResitOnceAchieved(), source(a.span()),
                a.registrationCloses().map(Object::toString).orElse(null),
                a.certificationEnds().map(Object::toString).orElse(null));
    }

    private static org.qdl.runtime.ir.IrAttempts.IrPeriod period(org.qdl.model.Attempts.Period p) {
        return new org.qdl.runtime.ir.IrAttempts.IrPeriod(p.count(), switch (p.unit()) {
            case DAYS -> org.qdl.runtime.ir.IrAttempts.IrPeriod.Unit.DAYS;
            case WEEKS -> org.qdl.runtime.ir.IrAttempts.IrPeriod.Unit.WEEKS;
            case MONTHS -> org.qdl.runtime.ir.IrAttempts.IrPeriod.Unit.MONTHS;
            case YEARS -> org.qdl.runtime.ir.IrAttempts.IrPeriod.Unit.YEARS;
        });
    }

    private List<Scale> usedScales() {
        Set<String> names = new LinkedHashSet<>();
        List<Scale> out = new ArrayList<>();
        for (Unit u : q.units()) {
            for (Optional<Scale> s : List.of(u.gradingScale(), u.criterionScale())) {
                if (s.isPresent() && names.add(s.get().name())) {
                    out.add(s.get());
                }
            }
        }
        return out;
    }

    private IrUnit unit(Unit u) {
        List<String> gradeOrder;
        if (u.gradingScale().isPresent()) {
            gradeOrder = u.gradingScale().get().labelNames();
        } else {
            List<String> reversed = new ArrayList<>();
            for (int i = u.grades().size() - 1; i >= 0; i--) {
                reversed.add(u.grades().get(i).grade());
            }
            gradeOrder = reversed;
        }
        List<IrGradeRule> grades = u.grades().stream()
                .map(g -> new IrGradeRule(g.grade(), g.when().map(Lowering::condition).orElse(null))).toList();
        return new IrUnit(u.ref(), u.kind(), u.title(), u.level().map(Lowering::level).orElse(null),
                u.credit().orElse(null), u.glh().filter(r -> r.isSingle()).map(r -> r.min()).orElse(null),
                u.gradingScale().map(Scale::name).orElse(null), u.criterionScale().map(Scale::name).orElse(null),
                u.criteria().stream().map(Unit.Criterion::ref).toList(),
                u.achievedWhen().map(Lowering::condition).orElse(null), grades, gradeOrder, source(u.span()),
                u.tqt().filter(r -> r.isSingle()).map(r -> r.min()).orElse(null));
    }

    private List<IrRule> rules(List<Rule> rules, List<List<String>> equivalents) {
        List<IrRule> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.accept(new Rule.Visitor<List<IrRule>>() {
                // every unit of the groups, a set of equivalent units once, claimed by the rule (or, `shared`,
                // counted wherever another rule claimed it)
                @Override
                public List<IrRule> allUnits(Rule.AllUnits a) {
                    List<IrRule.IrInclusion> including = inclusions(a.including());
                    if (a.shared() && !including.isEmpty()) {
                        diagnostics.add(Diagnostic.of(Code.Q0113, a.span(), "`including` is not allowed here: a "
                                + "`shared` rule counts units that other rules take, rather than taking units for "
                                + "itself").withLabel("not allowed on this rule")
                                .withHelp("every unit of the group must be counted already, so `including` adds "
                                        + "nothing; remove it"));
                        including = List.of();
                    }
                    return List.of(new IrRule(a.id(), a.label().orElse(null), a.text(),
                            a.shared() ? IrRule.Counting.BOUNDS : IrRule.Counting.CLAIMS, scope(a.scope()), a.pool(),
                            null, new IrRule.IrBounds(BigDecimal.valueOf(distinctUnits(a.pool())), null), null,
                            including, false, source(a.span()), null, null, null, null,
                            a.passed() ? IrRule.Outcome.PASSED : null));
                }

                @Override
                public List<IrRule> amounts(Rule.Amounts a) {
                    return amount(a);
                }

                // at most one of the units counts: a bound on everything counted
                @Override
                public List<IrRule> barred(Rule.Barred b) {
                    return List.of(new IrRule(b.id(), b.label().orElse(null), b.text(), IrRule.Counting.BOUNDS,
                            scope(b.scope()), b.pool(), null, new IrRule.IrBounds(null, BigDecimal.ONE), null,
                            List.of(), false, source(b.span())));
                }

                // one unit by several routes: held once for the whole qualification
                @Override
                public List<IrRule> equivalent(Rule.Equivalent e) {
                    if (!equivalents.contains(e.pool())) {
                        equivalents.add(e.pool());
                    }
                    return List.of();
                }
            }));
        }
        return out;
    }

    /**
     * Whether an amount rule claims units for itself: it names groups or units, counts them at any level, is not
     * `shared`, and asks for a minimum. Otherwise its bounds hold over every counted unit.
     */
    private static IrRule.Counting counting(Rule.Amounts r) {
        boolean named = r.scope().kind() != Rule.ScopeKind.TOTAL;
        return named && r.level().isEmpty() && r.unitSizes().isEmpty() && r.graded().isEmpty()
                && r.outcome().isEmpty() && !r.shared()
                && r.hasMinimum()
                ? IrRule.Counting.CLAIMS
                : IrRule.Counting.BOUNDS;
    }

    /** The credit values a rule keeps its units to, or null for any. */
    private static List<BigDecimal> sizes(Rule.Amounts r) {
        return r.unitSizes().isEmpty() ? null : r.unitSizes();
    }

    /** Why a rule claims no units, in words: such a rule cannot say which units it includes. */
    private static String whyNotClaiming(Rule.Amounts r) {
        if (r.scope().kind() == Rule.ScopeKind.TOTAL) {
            return r.level().isPresent() ? "a rule at a level counts every unit at that level"
                    : "a rule in total counts every unit";
        }
        if (r.level().isPresent()) {
            return "a rule at a level counts every unit at that level, rather than taking units for itself";
        }
        if (r.shared()) {
            return "a `shared` rule counts units that other rules take, rather than taking units for itself";
        }
        if (r.graded().isPresent()) {
            return "a rule on units graded so counts every counted unit of that grade, rather than taking units for "
                    + "itself";
        }
        if (r.outcome().isPresent()) {
            return "a rule on units passed (or not passed) counts every such unit, rather than taking units for itself";
        }
        if (!r.unitSizes().isEmpty()) {
            return "a rule on units of some sizes counts every unit of those sizes, rather than taking units for itself";
        }
        return "a rule with only a maximum takes no units for itself";
    }

    private static IrRule.IrScope scope(Rule.Scope s) {
        IrRule.IrScope.Kind kind = switch (s.kind()) {
            case TOTAL -> IrRule.IrScope.Kind.TOTAL;
            case GROUPS, EACH_OF_GROUPS -> IrRule.IrScope.Kind.GROUPS;
            case ANY_OF_GROUPS -> IrRule.IrScope.Kind.ANY_OF_GROUPS;
            case UNITS -> IrRule.IrScope.Kind.UNITS;
        };
        return new IrRule.IrScope(kind, s.names());
    }

    /** Units of a pool, counting a set of equivalent units once. */
    private long distinctUnits(List<String> pool) {
        List<List<String>> classes = new ArrayList<>();
        for (Rule r : allRules()) {
            if (r instanceof Rule.Equivalent) {
                classes.add(r.pool());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String u : pool) {
            String representative = u;
            for (List<String> c : classes) {
                if (c.contains(u)) {
                    representative = c.get(0);
                }
            }
            seen.add(representative);
        }
        return seen.size();
    }

    private List<Rule> allRules() {
        List<Rule> all = new ArrayList<>(q.rules());
        q.pathways().forEach(p -> all.addAll(p.rules()));
        return all;
    }

    private List<IrRule> amount(Rule.Amounts r) {
        IrRule.Counting counting = counting(r);
        List<IrRule.IrInclusion> including = inclusions(r.including());
        if (counting == IrRule.Counting.BOUNDS && !including.isEmpty()) {
            Diagnostic d = Diagnostic.of(Code.Q0113, r.span(), "`including` is not allowed here: " + whyNotClaiming(r))
                    .withLabel("not allowed on this rule")
                    .withHelp("`including` belongs to a rule that takes units from groups, such as `at least 2 "
                            + "credits from group B including 4427-301`; to require a unit, write "
                            + "`1 unit from units X` as a rule of its own");
            diagnostics.add(d);
            including = List.of();
        }
        IrRule.IrBounds units = r.units().map(Lowering::bounds).orElse(null);
        IrRule.IrBounds credits = r.credits().map(Lowering::bounds).orElse(null);
        IrRule.IrBounds glh = hours(r, Rule.HoursMeasure.GLH);
        IrRule.IrBounds tqt = hours(r, Rule.HoursMeasure.TQT);
        IrRule.IrLevelFilter level = r.level().map(Lowering::levelFilter).orElse(null);
        IrRule.IrGraded graded = r.graded().map(g -> new IrRule.IrGraded(g.label(), comparison(g.direction())))
                .orElse(null);
        String label = r.label().orElse(null);
        if (r.scope().kind() == Rule.ScopeKind.EACH_OF_GROUPS) {
            // one rule a group, each with the whole amount
            List<IrRule> out = new ArrayList<>();
            for (String g : r.scope().names()) {
                List<String> pool = q.group(g).map(Group::units).orElse(List.of());
                out.add(new IrRule(r.id() + "/" + g, label, r.text(), counting,
                        new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(g)), pool, level, units, credits,
                        including, r.further(), source(r.span()), sizes(r), glh, tqt, graded, outcome(r)));
            }
            return out;
        }
        List<String> pool = r.scope().kind() == Rule.ScopeKind.TOTAL ? null : r.pool();
        // a gate (`units at level 5 count only after 90 credits at level 4`): the amount, over everything counted, that
        // the units at the gate's level need before they count
        IrRule.IrLevelFilter gate = r.gate().map(Lowering::levelFilter).orElse(null);
        return List.of(new IrRule(r.id(), label, r.text(), counting, scope(r.scope()), pool, level, units, credits,
                including, r.further(), source(r.span()), sizes(r), glh, tqt, graded, outcome(r), gate));
    }

    /** The rule's bounds on hours of this measure, or null: each unit brings its own, as it brings its credit. */
    private static IrRule.IrBounds hours(Rule.Amounts r, Rule.HoursMeasure measure) {
        return r.hours().filter(h -> h.measure() == measure).map(h -> bounds(h.amount())).orElse(null);
    }

    /** The outcome a rule keeps its units to, or null for any. */
    private static IrRule.Outcome outcome(Rule.Amounts r) {
        return r.outcome().map(o -> switch (o) {
            case PASSED -> IrRule.Outcome.PASSED;
            case NOT_PASSED -> IrRule.Outcome.NOT_PASSED;
        }).orElse(null);
    }

    private static List<IrRule.IrInclusion> inclusions(List<Rule.Inclusion> including) {
        return including.stream().map(i -> new IrRule.IrInclusion(i.units(), 1)).toList();
    }

    private static IrRule.IrBounds bounds(Rule.Amount a) {
        return new IrRule.IrBounds(a.min().orElse(null), a.max().orElse(null));
    }

    private static IrRule.IrLevelFilter levelFilter(Rule.LevelFilter f) {
        return new IrRule.IrLevelFilter(comparison(f.direction()), f.level().rank(), f.level().label(),
                f.qualificationLevel());
    }

    private IrGrading grading(Grading g) {
        List<IrGradeRule> rules = new ArrayList<>();
        if (!g.noOverallGrade()) {
            for (GradeRule r : g.rules()) {
                IrCondition when = null;
                if (r.fromPoints().isPresent()) {
                    // `from N points [when C]`: at least N points, and C
                    BigDecimal p = r.fromPoints().get();
                    List<IrCondition.IrAtom> atoms = new ArrayList<>();
                    atoms.add(new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, p));
                    String text = null;
                    if (r.when().isPresent()) {
                        IrCondition c = condition(r.when().get());
                        atoms.addAll(c.all());
                        text = "at least " + p.toPlainString() + " points and " + c.text();
                    }
                    when = new IrCondition(text, atoms);
                } else if (r.when().isPresent()) {
                    when = condition(r.when().get());
                }
                rules.add(new IrGradeRule(r.grade(), when));
            }
        }
        IrGrading.IrPoints points = g.points().map(Lowering::points).orElse(null);
        IrGrading.IrSelection selection = g.selection().map(s -> new IrGrading.IrSelection(s.best().orElse(null),
                s.level().map(Lowering::levelFilter).orElse(null), s.cap().orElse(null), s.including(), s.text()))
                .orElse(null);
        return new IrGrading(rules, points, g.tariff().map(Lowering::points).orElse(null),
                g.gradeRequired() && !rules.isEmpty(), selection);
    }

    private static IrGrading.IrPoints points(Grading.Points p) {
        return new IrGrading.IrPoints(
                switch (p.per()) {
                    case CREDIT -> IrGrading.IrPoints.Per.CREDIT;
                    case UNIT -> IrGrading.IrPoints.Per.UNIT;
                },
                p.rows().stream().map(row -> new IrGrading.IrPointsRow(row.level().map(Level::rank).orElse(null),
                        row.glh().orElse(null), row.entries().stream()
                                .map(e -> new IrGrading.IrPointsEntry(e.grade(), e.points())).toList())).toList());
    }

    private static IrCondition condition(Condition c) {
        List<IrCondition.IrAtom> atoms = new ArrayList<>();
        for (Condition.Atom a : c.atoms()) {
            IrCondition.Kind kind = switch (a.kind()) {
                case EVERY_CRITERION -> IrCondition.Kind.EVERY_CRITERION;
                case SOME_CRITERIA -> IrCondition.Kind.SOME_CRITERIA;
                case EVERY_UNIT -> IrCondition.Kind.EVERY_UNIT;
                case SOME_UNITS -> IrCondition.Kind.SOME_UNITS;
                case SOME_CREDITS -> IrCondition.Kind.SOME_CREDITS;
                case POINTS -> IrCondition.Kind.POINTS;
                case UNIT_GRADED -> IrCondition.Kind.UNIT_GRADED;
            };
            IrComparison direction = comparison(a.direction());
            boolean hasCount = a.kind() == Condition.Kind.SOME_CRITERIA || a.kind() == Condition.Kind.SOME_UNITS
                    || a.kind() == Condition.Kind.SOME_CREDITS;
            boolean isPoints = a.kind() == Condition.Kind.POINTS;
            atoms.add(new IrCondition.IrAtom(kind, isPoints ? null : a.label(), isPoints ? null : direction,
                    hasCount ? a.count() : null, a.percent(), isPoints ? a.points() : null,
                    a.level().map(Lowering::levelFilter).orElse(null),
                    a.from().map(Condition.From::units).orElse(null), a.unit().orElse(null)));
        }
        return new IrCondition(c.text(), atoms);
    }

    private static IrComparison comparison(Condition.Direction d) {
        return switch (d) {
            case EXACTLY -> IrComparison.EQ;
            case OR_ABOVE -> IrComparison.GE;
            case OR_BELOW -> IrComparison.LE;
        };
    }

    private static IrLevel level(Level l) {
        return new IrLevel(l.label(), l.rank());
    }

    /** Where the author wrote it: the file relative to the spec's folder, so the IR does not depend on the cwd. */
    private IrSource source(Span span) {
        if (span == null) {
            return null;
        }
        Path file = Path.of(span.file().path()).toAbsolutePath().normalize();
        String name = root != null && file.startsWith(root) ? root.relativize(file).toString()
                : String.valueOf(file.getFileName());
        return new IrSource(name.replace(java.io.File.separatorChar, '/'), span.line(), span.column());
    }
}
