package org.qdl.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.lower.Lowering;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;
import org.qdl.model.Rule;
import org.qdl.model.Sites;
import org.qdl.model.Unit;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.engine.UndecidedException;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.syntax.Span;

/**
 * Proves that the structure can be achieved at all, by running the engine on the lowered rules: a candidate
 * holding every unit of the qualification achieves it exactly when some combination of its units meets every
 * rule, since the engine finds a valid combination whenever one exists. First each rule alone, then the common
 * rules together, then each pathway's and endorsement's rules with them. When the engine says no, the smallest
 * set of rules that cannot hold together is found (again by the engine) and {@link ConflictWords} explains it;
 * the explanation never judges on its own.
 */
public final class StructureProof {
    private final Qualification q;
    private final Sites sites;
    private final List<Diagnostic> out = new ArrayList<>();
    /** The candidates holding every unit that the proof tries ({@link #proofCandidates}). */
    private List<Candidate> everyUnit;
    /** Whether the candidates' "no" is a proof for rules together ({@link #gradesOnlyHelp}). */
    private boolean exact;

    private StructureProof(Qualification q, Sites sites) {
        this.q = q;
        this.sites = sites;
    }

    /**
     * A candidate holding every unit: listed with nothing else; or, where some rule counts only units graded so
     * (`at least 105 credits graded Pass or above`), each unit with a grading scale at its highest grade, which meets
     * every rule asking for a grade or above. It holds what the qualification requires beside its units too
     * (`requires`), so that it achieves what the proof proved. The first of {@link #proofCandidates}.
     */
    public static Candidate holdingEveryUnit(IrDocument lowered) {
        return holdingEveryUnit(lowered, 0);
    }

    /**
     * The candidates the proof tries, each holding every unit: the first with each graded unit at its highest grade
     * ({@link #holdingEveryUnit(IrDocument)}). Where some rule asks for a grade at or below a label, or exactly a
     * label, or for units not passed, the highest grades are not the easiest, so every unit is tried at each grade
     * of its scale too, all at the same place from the top: the second highest, the third, and so on. For one rule
     * alone these are enough (one grade that rule counts, given to every unit, counts every unit it can); for
     * rules together they may not be ({@link #gradesOnlyHelp}).
     */
    public static List<Candidate> proofCandidates(IrDocument lowered) {
        List<Candidate> all = new ArrayList<>();
        all.add(holdingEveryUnit(lowered, 0));
        if (!gradesOnlyHelp(lowered)) {
            int most = lowered.scales().stream().mapToInt(s -> s.labels().size()).max().orElse(0);
            for (int below = 1; below < most; below++) {
                all.add(holdingEveryUnit(lowered, below));
            }
        }
        return all;
    }

    /**
     * Whether a higher grade never makes a rule harder to meet: every rule on grades asks for a grade or above, and
     * none asks for units not passed. Then the candidate at the highest grades meets the rules whenever any grades
     * do, and its "no" is a proof.
     */
    static boolean gradesOnlyHelp(IrDocument lowered) {
        List<org.qdl.runtime.ir.IrRule> rules = new ArrayList<>(lowered.rules());
        lowered.pathways().forEach(p -> rules.addAll(p.rules()));
        lowered.smallerQualifications().forEach(s -> rules.addAll(s.rules()));
        return rules.stream().allMatch(r -> (r.graded() == null || upward(r.graded(), lowered))
                && r.outcome() != org.qdl.runtime.ir.IrRule.Outcome.NOT_PASSED);
    }

    /** A grade or above; or exactly a grade that is the highest of every scale that has it (`graded D`). */
    private static boolean upward(org.qdl.runtime.ir.IrRule.IrGraded graded, IrDocument lowered) {
        return switch (graded.op()) {
            case GE -> true;
            case LE -> false;
            case EQ -> lowered.scales().stream().filter(s -> s.labels().contains(graded.label()))
                    .allMatch(s -> s.labels().get(s.labels().size() - 1).equals(graded.label()));
        };
    }

    /** Every unit, each graded one at the grade {@code below} places under its scale's highest (or its lowest). */
    private static Candidate holdingEveryUnit(IrDocument lowered, int below) {
        boolean graded = below > 0 || lowered.rules().stream().anyMatch(r -> r.graded() != null)
                || lowered.pathways().stream().flatMap(p -> p.rules().stream()).anyMatch(r -> r.graded() != null);
        java.util.Map<String, org.qdl.runtime.ir.IrScale> scales = new java.util.HashMap<>();
        lowered.scales().forEach(s -> scales.put(s.id(), s));
        List<Achievement> all = new ArrayList<>();
        for (org.qdl.runtime.ir.IrUnit u : lowered.units()) {
            org.qdl.runtime.ir.IrScale scale = u.gradingScale() == null ? null : scales.get(u.gradingScale());
            if (graded && scale != null && !scale.labels().isEmpty()) {
                List<String> labels = scale.labels();
                all.add(Achievement.withResult(u.ref(), labels.get(Math.max(0, labels.size() - 1 - below))));
            } else {
                all.add(Achievement.of(u.ref()));
            }
        }
        for (org.qdl.runtime.ir.IrRequisite r : lowered.requisites()) {
            // and what the qualification requires beside its units, at the highest level that meets it (the proof
            // itself ignores these: it is about the rules of combination)
            String level = null;
            for (org.qdl.runtime.ir.IrLevel l : r.frameworkLevels()) {
                if (r.level() != null && r.level().op().test(l.rank(), r.level().rank())) {
                    level = l.label();
                }
            }
            all.add(level == null ? Achievement.of(r.id()) : Achievement.withResult(r.id(), level));
        }
        return new Candidate("every unit", all);
    }

    /** The diagnostics of the proof: errors for rules that can never be met together, warnings besides. */
    public static List<Diagnostic> prove(Qualification q, IrDocument lowered, Sites sites) {
        StructureProof p = new StructureProof(q, sites);
        p.run(lowered);
        return p.out;
    }

    private void run(IrDocument lowered) {
        CompiledQualification whole = CompiledQualification.compile(structureOnly(lowered));
        everyUnit = proofCandidates(lowered);
        exact = gradesOnlyHelp(lowered);
        if (q.rules().isEmpty() && q.pathways().isEmpty()) {
            out.add(Diagnostic.of(Code.Q0311, sites.qualification(q), "qualification `" + q.id() + "` has no rules of "
                    + "combination, so every candidate would achieve it").withLabel("no `rules`")
                    .withHelp("add `rules { all units from group ... }` or the rules the handbook states"));
            return;
        }
        ConflictWords words = new ConflictWords(q);
        List<Rule> all = everyRule();
        boolean incomplete = false;
        for (Rule r : all) {
            List<Diagnostic> found = words.unreadable(r);
            out.addAll(found);
            incomplete |= !found.isEmpty();
        }
        if (incomplete) {
            return; // the engine would count a missing credit or level as nothing
        }
        // a structure the engine achieves needs no more proof: leaving rules out only makes it easier
        // without pathways the lowered IR is the common rules alone: no need to lower them again
        boolean commonAchievable;
        try {
            commonAchievable = q.pathways().isEmpty() ? anyAchieves(whole)
                    : achievable(q.rules());
        } catch (UndecidedException e) {
            out.add(words.unproved(sites.qualification(q), "the rules of `" + q.id() + "`", q.rules(), e));
            return;
        }
        if (!commonAchievable) {
            if (!rulesAlone(all, words)) {
                out.add(exact ? words.together(minimalConflict(q.rules()), List.of(), Code.Q0307,
                        sites.qualification(q), "no combination of the units of `" + q.id() + "` meets all its rules "
                        + "together") : notProvedByGrades(sites.qualification(q), "the rules of `" + q.id() + "`",
                        q.rules()));
            }
            return;
        }
        for (Pathway p : q.pathways()) {
            if (p.kind() == Pathway.Kind.SMALLER) {
                smaller(p, words);
                continue;
            }
            List<Rule> both = new ArrayList<>(q.rules());
            both.addAll(p.rules());
            String kind = p.kind().name().toLowerCase(Locale.ROOT);
            boolean achievable;
            try {
                achievable = achievable(both);
            } catch (UndecidedException e) {
                out.add(words.unproved(p.span(), "the rules of " + kind + " `" + p.name() + "` with the "
                        + "qualification's", both, e));
                continue;
            }
            if (!achievable && !rulesAlone(p.rules(), words)) {
                out.add(exact ? words.together(minimalConflict(both), p.rules(), Code.Q0308, p.span(), kind
                        + " `" + p.name() + "` can never be achieved: no combination of units meets its rules "
                        + "together with the qualification's") : notProvedByGrades(p.span(), "the rules of " + kind
                        + " `" + p.name() + "` with the qualification's", both));
            }
        }
        if (hasErrors()) {
            return;
        }
        new Countable(q, whole, sites, out).run();
        words.equivalentsAlike(out);
    }

    /** A smaller qualification of the suite is made by its own rules alone: they must be achievable together. */
    private void smaller(Pathway p, ConflictWords words) {
        if (p.rules().isEmpty()) {
            out.add(Diagnostic.of(Code.Q0316, p.span(), "smaller qualification `" + p.name() + "` has no rules, so "
                    + "every learner would achieve it").withLabel("no rules")
                    .withHelp("write the rules of combination its handbook states, such as `at least 13 credits "
                            + "from group optional`"));
            return;
        }
        boolean achievable;
        try {
            achievable = achievable(p.rules());
        } catch (UndecidedException e) {
            out.add(words.unproved(p.span(), "the rules of smaller qualification `" + p.name() + "`", p.rules(), e));
            return;
        }
        if (!achievable && !rulesAlone(p.rules(), words)) {
            out.add(exact ? words.together(minimalConflict(p.rules()), p.rules(), Code.Q0316, p.span(), "smaller "
                    + "qualification `" + p.name() + "` can never be achieved: no combination of units meets its "
                    + "rules together") : notProvedByGrades(p.span(), "the rules of smaller qualification `"
                    + p.name() + "`", p.rules()));
        }
    }

    /**
     * Rules that no grades the proof tried meet together, where some rule asks for a grade at or below a label, or
     * for units not passed: lower grades for some units and higher for others might still meet them, and trying
     * every mix of grades would take as long as the units are many, so the rules are neither proved nor refused.
     */
    private static Diagnostic notProvedByGrades(Span span, String what, List<Rule> rules) {
        Diagnostic d = Diagnostic.of(Code.Q0317, span, "could not prove that " + what + " can be met together: no "
                + "grades given alike to every unit meet them").withLabel("not proved either way");
        for (Rule r : rules.stream().filter(StructureProof::counts).limit(5).toList()) {
            d = d.withNote(r.span(), "one of the rules involved");
        }
        return d.withHelp("some rule asks for units graded at or below a grade, or not passed, so a mix of grades "
                + "might meet the rules where no single grade does; check the rules against the handbook, and "
                + "`qdl eval` a learner with the mix of grades you expect");
    }

    /** Reports each of these rules that cannot be met even alone; whether there was any. */
    private boolean rulesAlone(List<Rule> rules, ConflictWords words) {
        boolean any = false;
        for (Rule r : rules) {
            try {
                if (counts(r) && !achievable(List.of(r))) {
                    out.add(words.alone(r));
                    any = true;
                }
            } catch (UndecidedException e) {
                // not proved impossible alone; the conflict of the rules together is reported instead
            }
        }
        return any;
    }

    private boolean hasErrors() {
        return out.stream().anyMatch(Diagnostic::isError);
    }

    /** Barred and equivalent units constrain other rules; alone they can always be met. */
    static boolean counts(Rule r) {
        return r.accept(new Rule.Visitor<Boolean>() {
            @Override
            public Boolean allUnits(Rule.AllUnits rule) {
                return true;
            }

            @Override
            public Boolean amounts(Rule.Amounts rule) {
                return true;
            }

            @Override
            public Boolean barred(Rule.Barred rule) {
                return false;
            }

            @Override
            public Boolean equivalent(Rule.Equivalent rule) {
                return false;
            }
        });
    }

    /**
     * Whether a candidate holding every unit achieves the qualification under these rules. Equivalent units are
     * one unit wherever they are declared (the IR holds them once, for the whole qualification, and the engine
     * applies them to every rule), so every `equivalent` rule takes part, not only those among {@code rules}.
     */
    private boolean achievable(List<Rule> rules) {
        List<Rule> withEquivalents = new ArrayList<>(rules);
        for (Rule r : everyRule()) {
            if (r instanceof Rule.Equivalent && !withEquivalents.contains(r)) {
                withEquivalents.add(r);
            }
        }
        IrDocument ir = Lowering.lower(q, withEquivalents, List.of());
        return anyAchieves(CompiledQualification.compile(structureOnly(ir)));
    }

    private boolean anyAchieves(CompiledQualification compiled) {
        for (Candidate c : everyUnit) {
            if (compiled.isAchieved(c, EvaluationOptions.DEFAULT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The structure without `otherwise not achieved` and without what a learner must hold beside the units
     * (`requires`): the proof is about the rules of combination, and the learner holding every unit it imagines has
     * no grades to meet a grade with, nor qualifications or components outside the units.
     */
    private static IrDocument structureOnly(IrDocument ir) {
        boolean gradeRequired = ir.grading() != null && ir.grading().requiresGrade();
        if (!gradeRequired && ir.requisites().isEmpty()) {
            return ir;
        }
        org.qdl.runtime.ir.IrGrading g = ir.grading();
        return new IrDocument(ir.format(), ir.formatVersion(), ir.qualification(), ir.scales(), ir.units(), ir.groups(),
                ir.rules(), ir.equivalents(), ir.pathways(),
                gradeRequired ? new org.qdl.runtime.ir.IrGrading(g.rules(), g.points(), g.tariff(), null, g.selection()) : g,
                ir.smaller());
    }

    /**
     * A minimal set of rules that cannot hold together: no rule of it can be left out and the rest still
     * conflict (deletion filtering; one engine run a rule).
     */
    private List<Rule> minimalConflict(List<Rule> rules) {
        List<Rule> core = new ArrayList<>(rules);
        for (Rule r : rules) {
            List<Rule> without = new ArrayList<>(core);
            without.remove(r);
            try {
                if (!achievable(without)) {
                    core = without;
                }
            } catch (UndecidedException e) {
                // the rules kept so far still conflict, only perhaps not minimally; one more budget spent per rule
                // would make check as slow as the rules are many
                break;
            }
        }
        return core;
    }

    private List<Rule> everyRule() {
        List<Rule> all = new ArrayList<>(q.rules());
        q.pathways().forEach(p -> all.addAll(p.rules()));
        return all;
    }

    static String list(List<String> units) {
        List<String> shown = units.size() > 5 ? units.subList(0, 5) : units;
        String s = shown.stream().map(u -> "`" + u + "`").reduce((a, b) -> a + ", " + b).orElse("");
        return (units.size() == 1 ? "unit " : "units ") + s + (units.size() > 5 ? " and " + (units.size() - 5)
                + " more" : "");
    }

    static boolean atLevel(Unit u, Rule.LevelFilter f) {
        if (u.level().isEmpty()) {
            return false;
        }
        int rank = u.level().get().rank();
        int bound = f.level().rank();
        return switch (f.direction()) {
            case OR_ABOVE -> rank >= bound;
            case OR_BELOW -> rank <= bound;
            case EXACTLY -> rank == bound;
        };
    }
}
