package org.qdl.emit.ir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Compiles a checked qualification to the IR the runtime evaluates. Everything is resolved here so that the
 * runtime needs no knowledge of the language: pools are unit lists, levels are ranks, `all units from group A`
 * becomes a minimum, `each of groups` becomes one rule per group. The output depends only on the model, in
 * declaration order, so the same source gives byte-identical IR.
 */
public final class IrEmitter {
    private final Qualification q;

    private IrEmitter(Qualification q) {
        this.q = q;
    }

    public static IrDocument emit(Qualification qualification) {
        return new IrEmitter(qualification).document(qualification.rules(), qualification.pathways());
    }

    /** The IR with other rules and pathways, for checking parts of a structure. */
    public static IrDocument emit(Qualification qualification, List<Rule> rules, List<Pathway> pathways) {
        return new IrEmitter(qualification).document(rules, pathways);
    }

    private IrDocument document(List<Rule> rules, List<Pathway> pathways) {
        IrQualification qualification = new IrQualification(q.id(), q.title(), q.awardingBody().orElse(null),
                q.identifiers().stream().map(i -> new IrQualification.IrIdentifier(i.value(), i.caption().orElse(null),
                        i.regulator())).toList(),
                q.framework().map(f -> f.name()).orElse(null), q.level().map(IrEmitter::level).orElse(null),
                source(q.span()));
        List<IrScale> scales = new ArrayList<>();
        for (Scale s : usedScales()) {
            scales.add(new IrScale(s.name(), s.title().orElse(null), s.labelNames(), s.defaultLabel(), s.achieved()));
        }
        List<IrUnit> units = q.units().stream().map(this::unit).toList();
        List<IrGroup> groups = new ArrayList<>();
        for (Group g : q.groups()) {
            groups.add(new IrGroup(g.name(), g.title().orElse(null), g.units(), g.memberGroups(), source(g.span())));
        }
        List<List<String>> equivalents = new ArrayList<>();
        List<IrRule> irRules = rules(rules, equivalents);
        List<IrPathway> irPathways = new ArrayList<>();
        for (Pathway p : pathways) {
            irPathways.add(new IrPathway(p.name(), p.title(), p.kind() == Pathway.Kind.ENDORSEMENT
                    ? IrPathway.ENDORSEMENT : IrPathway.PATHWAY, rules(p.rules(), equivalents), source(p.span())));
        }
        return new IrDocument(IrDocument.FORMAT, IrFormat.VERSION, qualification, scales, units, groups, irRules,
                equivalents, irPathways, grading(q.grading()));
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
                .map(g -> new IrGradeRule(g.grade(), g.when().map(IrEmitter::condition).orElse(null))).toList();
        return new IrUnit(u.ref(), u.kind(), u.title(), u.level().map(IrEmitter::level).orElse(null),
                u.credit().orElse(null), u.glh().filter(r -> r.isSingle()).map(r -> r.min()).orElse(null),
                u.gradingScale().map(Scale::name).orElse(null), u.criterionScale().map(Scale::name).orElse(null),
                u.criteria().stream().map(Unit.Criterion::ref).toList(),
                u.achievedWhen().map(IrEmitter::condition).orElse(null), grades, gradeOrder, source(u.span()));
    }

    private List<IrRule> rules(List<Rule> rules, List<List<String>> equivalents) {
        List<IrRule> out = new ArrayList<>();
        for (Rule r : rules) {
            switch (r.kind()) {
                case EQUIVALENT -> {
                    if (!equivalents.contains(r.pool())) {
                        equivalents.add(r.pool());
                    }
                }
                case BARRED -> out.add(new IrRule(r.id(), r.text(), r.scopeText(), IrRule.ALL, List.of(), r.pool(), null,
                        new IrRule.IrBounds(null, BigDecimal.ONE), null, List.of(), false, source(r.span())));
                case ALL -> out.add(new IrRule(r.id(), r.text(), r.scopeText(), IrRule.ASSIGNED, r.scope().names(),
                        r.pool(), null, new IrRule.IrBounds(BigDecimal.valueOf(distinctUnits(r.pool())), null), null,
                        inclusions(r), false, source(r.span())));
                default -> out.addAll(amount(r));
            }
        }
        return out;
    }

    /** Units of a pool, counting a set of equivalent units once. */
    private long distinctUnits(List<String> pool) {
        List<List<String>> classes = new ArrayList<>();
        for (Rule r : allRules()) {
            if (r.kind() == Rule.Kind.EQUIVALENT) {
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

    private List<IrRule> amount(Rule r) {
        String counting = r.assigned() ? IrRule.ASSIGNED : IrRule.ALL;
        IrRule.IrBounds units = r.units().map(IrEmitter::bounds).orElse(null);
        IrRule.IrBounds credits = r.credits().map(IrEmitter::bounds).orElse(null);
        IrRule.IrLevelFilter level = r.level().map(IrEmitter::levelFilter).orElse(null);
        if (r.scope().kind() == Rule.ScopeKind.EACH_OF_GROUPS) {
            List<IrRule> out = new ArrayList<>();
            for (String g : r.scope().names()) {
                List<String> pool = q.group(g).map(Group::units).orElse(List.of());
                String scope = r.scopeText().replaceFirst("from each of groups .*$", "from group " + g);
                out.add(new IrRule(r.id() + "/" + g, r.text(), scope, counting, List.of(g), pool, level, units, credits,
                        inclusions(r), r.further(), source(r.span())));
            }
            return out;
        }
        List<String> pool = r.scope().kind() == Rule.ScopeKind.TOTAL ? null : r.pool();
        return List.of(new IrRule(r.id(), r.text(), r.scopeText(), counting,
                r.scope().kind() == Rule.ScopeKind.UNITS ? List.of() : r.scope().names(), pool, level, units, credits,
                inclusions(r), r.further(), source(r.span())));
    }

    private static List<IrRule.IrInclusion> inclusions(Rule r) {
        return r.including().stream().map(i -> new IrRule.IrInclusion(i.units(), 1)).toList();
    }

    private static IrRule.IrBounds bounds(Rule.Amount a) {
        return new IrRule.IrBounds(a.min().orElse(null), a.max().orElse(null));
    }

    private static IrRule.IrLevelFilter levelFilter(Rule.LevelFilter f) {
        String op = switch (f.direction()) {
            case OR_ABOVE -> "ge";
            case OR_BELOW -> "le";
            default -> "eq";
        };
        return new IrRule.IrLevelFilter(op, f.level().rank(), f.level().label());
    }

    private IrGrading grading(Grading g) {
        List<IrGradeRule> rules = new ArrayList<>();
        if (!g.noOverallGrade()) {
            for (GradeRule r : g.rules()) {
                IrCondition when = null;
                if (r.fromPoints().isPresent()) {
                    BigDecimal p = r.fromPoints().get();
                    when = new IrCondition("at least " + p.toPlainString() + " points",
                            List.of(new IrCondition.IrAtom("points", null, null, null, false, p)));
                } else if (r.when().isPresent()) {
                    when = condition(r.when().get());
                }
                rules.add(new IrGradeRule(r.grade(), when));
            }
        }
        IrGrading.IrPoints points = g.points().map(p -> new IrGrading.IrPoints(
                p.per() == Grading.Per.CREDIT ? IrGrading.IrPoints.PER_CREDIT : IrGrading.IrPoints.PER_UNIT,
                p.rows().stream().map(row -> new IrGrading.IrPointsRow(row.level().map(Level::rank).orElse(null),
                        row.glh().orElse(null), row.entries().stream()
                                .map(e -> new IrGrading.IrPointsEntry(e.grade(), e.points())).toList())).toList()))
                .orElse(null);
        return new IrGrading(rules, points);
    }

    private static IrCondition condition(Condition c) {
        List<IrCondition.IrAtom> atoms = new ArrayList<>();
        for (Condition.Atom a : c.atoms()) {
            String kind = switch (a.kind()) {
                case EVERY_CRITERION -> "everyCriterion";
                case SOME_CRITERIA -> "someCriteria";
                case EVERY_UNIT -> "everyUnit";
                case SOME_UNITS -> "someUnits";
                case POINTS -> "points";
            };
            String direction = switch (a.direction()) {
                case OR_ABOVE -> "ge";
                case OR_BELOW -> "le";
                default -> "eq";
            };
            boolean hasCount = a.kind() == Condition.Kind.SOME_CRITERIA || a.kind() == Condition.Kind.SOME_UNITS;
            boolean isPoints = a.kind() == Condition.Kind.POINTS;
            atoms.add(new IrCondition.IrAtom(kind, isPoints ? null : a.label(), isPoints ? null : direction,
                    hasCount ? a.count() : null, a.percent(), isPoints ? a.points() : null));
        }
        return new IrCondition(c.text(), atoms);
    }

    private static IrLevel level(Level l) {
        return new IrLevel(l.label(), l.rank());
    }

    private static IrSource source(Span span) {
        return span == null ? null : new IrSource(span.file().path(), span.line(), span.column());
    }
}
