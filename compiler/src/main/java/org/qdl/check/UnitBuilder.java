package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.Condition;
import org.qdl.model.GradeRule;
import org.qdl.model.Level;
import org.qdl.model.Range;
import org.qdl.model.Scale;
import org.qdl.model.Unit;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.UnitEntry;

/** Checks a unit declaration and builds the model unit. */
final class UnitBuilder {
    private final Env env;

    UnitBuilder(Env env) {
        this.env = env;
    }

    Unit build(UnitEntry.UnitDecl decl, List<String> groups) {
        Diagnostics out = env.out;
        String ref = decl.ref().text();
        Block block = new Block(decl.attributes(), Block.Context.UNIT, out);
        Optional<Level> level = block.one(Attribute.Level.class).flatMap(l -> Levels.resolve(env, l.level()));
        Optional<Range> credit = Values.quantity(block.quantity(Attribute.QuantityKind.CREDIT), out);
        Optional<Range> glh = Values.quantity(block.quantity(Attribute.QuantityKind.GLH), out);
        Optional<Range> tqt = Values.quantity(block.quantity(Attribute.QuantityKind.TQT), out);
        if (credit.isPresent() && !credit.get().isSingle()) {
            out.add(Diagnostic.of(Code.Q0206, block.quantity(Attribute.QuantityKind.CREDIT).get().span(),
                    "a unit's credit is one value, not a range").withLabel("a range"));
            credit = Optional.empty();
        }
        Hours.checkGlhWithinTqt(glh, tqt, block, "unit `" + ref + "`", out);

        Ids criteriaIds = new Ids("criterion", ref, out);
        List<Unit.Outcome> outcomes = new ArrayList<>();
        Map<Attribute.OutcomeKind, Ids> outcomeIds = new HashMap<>();
        List<Unit.Criterion> criteria = new ArrayList<>();
        for (Attribute a : block.attributes()) {
            if (a instanceof Attribute.Outcome o) {
                Ids ids = outcomeIds.computeIfAbsent(o.kind(), k -> new Ids(k.word(), ref, out));
                ids.add(o.ref());
                Block body = new Block(o.body(), Block.Context.OUTCOME, out);
                List<Unit.Criterion> own = new ArrayList<>();
                for (Attribute.Criterion c : body.all(Attribute.Criterion.class)) {
                    Unit.Criterion criterion = criterion(c, criteriaIds);
                    own.add(criterion);
                    criteria.add(criterion);
                }
                outcomes.add(new Unit.Outcome(o.kind() == Attribute.OutcomeKind.LEARNING ? Unit.Outcome.Kind.LEARNING
                        : Unit.Outcome.Kind.PERFORMANCE, o.ref().text(), o.text().value(), own,
                        Values.sections(body.all(Attribute.Section.class), env.out)));
            } else if (a instanceof Attribute.Criterion c) {
                criteria.add(criterion(c, criteriaIds));
            }
        }
        Ids knowledgeIds = new Ids("knowledge item", ref, out);
        List<Unit.Knowledge> knowledge = new ArrayList<>();
        for (Attribute.Knowledge k : block.all(Attribute.Knowledge.class)) {
            knowledgeIds.add(k.ref());
            knowledge.add(new Unit.Knowledge(k.ref().text(), k.text().value()));
        }

        Unit.LeadIns leadIns = new Unit.LeadIns(leadIn(block, Attribute.LeadInTarget.OUTCOMES, !outcomes.isEmpty(), ref),
                leadIn(block, Attribute.LeadInTarget.KNOWLEDGE, !knowledge.isEmpty(), ref));

        Optional<Scale> gradingScale = block.scale(Attribute.ScaleRole.GRADING).flatMap(s -> scale(s.scale()));
        Optional<Attribute.ScaleRef> criterionScaleRef = block.scale(Attribute.ScaleRole.CRITERION);
        Optional<Scale> criterionScale = criterionScaleRef.flatMap(s -> scale(s.scale()));
        boolean criterionScaleUnknown = criterionScaleRef.isPresent() && criterionScale.isEmpty();
        Optional<List<String>> labels = criterionScale.map(Scale::labelNames);

        Optional<Condition> achievedWhen = Optional.empty();
        Optional<Attribute.AchievedWhen> when = block.one(Attribute.AchievedWhen.class);
        if (when.isPresent()) {
            needsCriteria(when.get().span(), criterionScaleRef.isPresent(), criteria.isEmpty(), ref, "`achieved when`");
            if (!criterionScaleUnknown) {
                achievedWhen = Conditions.forUnit(when.get().condition(), labels, ref, out);
            }
        }
        List<GradeRule> grades = new ArrayList<>();
        List<Attribute.UnitGrade> gradeAttrs = block.all(Attribute.UnitGrade.class);
        for (int i = 0; i < gradeAttrs.size(); i++) {
            Attribute.UnitGrade g = gradeAttrs.get(i);
            if (g.when().isEmpty() && i < gradeAttrs.size() - 1) {
                out.add(Diagnostic.of(Code.Q0213, gradeAttrs.get(i + 1).span(), "grade rules after `otherwise` can "
                        + "never apply").withLabel("unreachable").withNote(g.span(), "`otherwise` is here")
                        .withHelp("put `grade " + g.grade().text() + " otherwise` last"));
            }
            Optional<Condition> c = Optional.empty();
            if (g.when().isPresent()) {
                if (criterionScaleRef.isEmpty()) {
                    out.add(Diagnostic.of(Code.Q0215, g.span(), "unit `" + ref + "` grades by its criteria but has no "
                            + "criterion scale").withLabel("ratings on what scale?")
                            .withHelp("add `criterion scale NAME` to the unit"));
                } else if (!criterionScaleUnknown) {
                    c = Conditions.forUnit(g.when().get(), labels, ref, out);
                }
            }
            grades.add(new GradeRule(g.grade().text(), c, Optional.empty()));
        }
        return new Unit(ref, decl.kind().word(), decl.title().value(),
                Values.identifiers(block.all(Attribute.Number.class), out), level,
                credit.map(Range::min), glh, tqt, Values.sections(block.all(Attribute.Section.class), env.out), outcomes,
                criteria, knowledge, leadIns, gradingScale, criterionScale, achievedWhen, grades, groups, decl.span());
    }

    /** A lead-in is the sentence before a list: a unit without that list has nowhere to put it. */
    private Optional<String> leadIn(Block block, Attribute.LeadInTarget target, boolean listed, String ref) {
        Optional<Attribute.LeadIn> given = block.all(Attribute.LeadIn.class).stream()
                .filter(l -> l.target() == target).findFirst();
        if (given.isPresent() && !listed) {
            boolean outcomes = target == Attribute.LeadInTarget.OUTCOMES;
            env.out.add(Diagnostic.of(Code.Q0125, given.get().span(), "unit `" + ref + "` has a lead-in to its "
                    + (outcomes ? "outcomes" : "knowledge items") + " but no "
                    + (outcomes ? "outcomes" : "knowledge items"))
                    .withLabel("leads in to nothing")
                    .withHelp(outcomes ? "add the unit's `performance outcome` or `learning outcome` lines, or remove "
                            + "the lead-in" : "add the unit's `knowledge` lines, or remove the lead-in"));
            return Optional.empty();
        }
        return given.map(l -> l.text().value());
    }

    private Unit.Criterion criterion(Attribute.Criterion c, Ids ids) {
        ids.add(c.ref());
        Block body = new Block(c.body(), Block.Context.CRITERION, env.out);
        return new Unit.Criterion(c.ref().text(), c.text().value(), Values.sections(body.all(Attribute.Section.class), env.out));
    }

    private void needsCriteria(Span span, boolean hasScale, boolean noCriteria, String ref, String what) {
        if (!hasScale) {
            env.out.add(Diagnostic.of(Code.Q0212, span, what + " of unit `" + ref + "` reads criterion ratings, but the "
                    + "unit has no criterion scale").withLabel("ratings on what scale?")
                    .withHelp("add `criterion scale NAME` to the unit"));
        } else if (noCriteria) {
            env.out.add(Diagnostic.of(Code.Q0212, span, what + " of unit `" + ref + "` reads criterion ratings, but the "
                    + "unit has no criteria").withLabel("no criteria to rate")
                    .withHelp("add `criterion 1.1 \"...\"` entries, or remove the rule"));
        }
    }

    private Optional<Scale> scale(Name name) {
        Scale s = env.scales.get(name.text());
        if (s != null) {
            return Optional.of(s);
        }
        if (!env.decls.scales.containsKey(name.text())) {
            Diagnostic d = Diagnostic.of(Code.Q0107, name.span(), "unknown scale `" + name.text() + "`")
                    .withLabel("not declared");
            env.out.add(DidYouMean.suggest(name.text(), env.decls.scales.keySet())
                    .map(n -> d.withHelp("did you mean `" + n + "`?"))
                    .orElse(d.withHelp("declare it: `scale " + name.text() + " { ... }`")));
        }
        return Optional.empty();
    }

    /** Ids that must be unique within a unit: criteria, outcomes, knowledge items. */
    private static final class Ids {
        private final String what;
        private final String unit;
        private final Diagnostics out;
        private final Map<String, Name> seen = new HashMap<>();

        Ids(String what, String unit, Diagnostics out) {
            this.what = what;
            this.unit = unit;
            this.out = out;
        }

        void add(Name id) {
            Name first = seen.putIfAbsent(id.text(), id);
            if (first != null) {
                out.add(Diagnostic.of(Code.Q0105, id.span(), what + " `" + id.text() + "` appears twice in unit `" + unit
                        + "`").withLabel("repeated").withNote(first.span(), "first here")
                        .withHelp("ids are how candidates' ratings name them; give each " + what + " its own"));
            }
        }
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}
