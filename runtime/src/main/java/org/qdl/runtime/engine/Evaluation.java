package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Assignment;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.GradeCount;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;

/**
 * One candidate against one qualification: is there a valid combination of their units; if so, which is the
 * best (it is the one graded); if not, what is the least that would complete one.
 */
final class Evaluation {
    /** Objective weight of one more counted unit, below that of one point (in thousandths). */
    private static final long PER_UNIT = Problem.PER_UNIT;
    private static final long POINTS_FACTOR = 1L << 16;

    private final CompiledQualification q;
    private final Candidate candidate;
    private final EvaluationOptions options;
    private final Judgement judgement;
    private final long[] credit;
    private final int[] available;
    /** The exact search's steps for this candidate, shared by every solve its evaluation needs. */
    private SearchBudget budget;
    /** The thread's working memory, for this evaluation only. */
    private final Scratch scratch;

    Evaluation(CompiledQualification q, Candidate candidate, EvaluationOptions options, Scratch scratch) {
        this.q = q;
        this.candidate = candidate;
        this.options = options;
        this.scratch = scratch;
        this.judgement = new Judgement(q, candidate, options.whatIf(), options.on(), scratch);
        this.credit = judgement.credit;
        // the usable units in increasing order: the listed ones, sorted (a candidate lists a few of many units)
        int[] usable = new int[judgement.usableCount];
        if (q.units.length <= Long.SIZE) {
            // few units: sorted as the bits of a word, lowest first
            long bits = 0;
            for (int u : judgement.order) {
                bits |= judgement.usable[u] ? 1L << u : 0L;
            }
            for (int k = 0; bits != 0; k++) {
                usable[k] = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
            }
        } else {
            int k = 0;
            for (int u : judgement.order) {
                if (judgement.usable[u]) {
                    int i = k++;
                    while (i > 0 && usable[i - 1] > u) {
                        usable[i] = usable[i - 1];
                        i--;
                    }
                    usable[i] = u;
                }
            }
        }
        this.available = usable;
        if (q.hasGradedRules()) {
            this.required = q.required.stream().map(v -> forGrades(v, judgement.usable)).toList();
            this.endorsements = q.endorsements.stream().map(v -> forGrades(v, judgement.usable)).toList();
        } else {
            this.required = q.required;
            this.endorsements = q.endorsements;
        }
    }

    /**
     * The qualification's variants with its rules on graded units (`at least 105 credits graded Pass or above`) as
     * they read for this candidate: the same rules, counting of the candidate's units only those graded so. In the
     * order of the compiled ones ({@link CompiledQualification#required}, {@link CompiledQualification#endorsements}).
     */
    private final List<Variant> required;
    private final List<Variant> endorsements;

    /**
     * Variant v (as compiled) for the candidate holding {@code heldNow}: a unit the candidate holds counts for a rule
     * on graded units when graded so; a unit not held (one a completion adds, or an exempt unit taken again for its
     * credit) when it can be graded so at all, as it may yet be.
     */
    private Variant forGrades(Variant v, boolean[] heldNow) {
        Requirement[] reqs = v.requirements().clone();
        boolean changed = false;
        boolean[] held = new boolean[q.units.length];
        for (int u = 0; u < held.length; u++) {
            held[u] = judgement.usable[u] & heldNow[u];
        }
        for (int i = 0; i < reqs.length; i++) {
            Requirement r = reqs[i];
            if (r.graded != null) {
                boolean[] gradedSo = new boolean[q.units.length];
                for (int u = 0; u < gradedSo.length; u++) {
                    gradedSo[u] = held[u] && graded(u, r.graded.label(), r.graded.direction());
                }
                reqs[i] = r.forGrades(held, gradedSo);
                changed = true;
            }
        }
        return changed ? new Variant(v.id(), v.title(), v.endorsement(), reqs, q.units.length) : v;
    }

    /**
     * The variant as compiled that this one (maybe read for the candidate's grades) stands for: by position, since
     * a qualification with gates has several variants of one id.
     */
    private Variant compiled(Variant v) {
        for (int i = 0; i < required.size(); i++) {
            if (required.get(i) == v) {
                return q.required.get(i);
            }
        }
        for (int i = 0; i < endorsements.size(); i++) {
            if (endorsements.get(i) == v) {
                return q.endorsements.get(i);
            }
        }
        return v;
    }

    /**
     * Variant v for these units: a rule about units passed (or counted but not passed) keeps the units it is about,
     * a unit held with a result recorded but not passed being not passed and a unit added being passed. Variant v
     * itself when no rule is about passing.
     */
    private Variant judged(Variant v, Held held) {
        if (!q.outcomeRules) {
            return v;
        }
        boolean ownUnits = held == own();
        if (ownUnits && judgedOwn == null) {
            judgedOwn = new java.util.IdentityHashMap<>(2);
        }
        if (ownUnits) {
            Variant known = judgedOwn.get(v);
            if (known != null) {
                return known;
            }
        }
        boolean[] notPassed = new boolean[q.units.length];
        for (int u = 0; u < notPassed.length; u++) {
            notPassed[u] = held.usable()[u] && judgement.notPassed(u) && !held.isRetaken(u);
        }
        Requirement[] reqs = v.requirements().clone();
        for (int i = 0; i < reqs.length; i++) {
            reqs[i] = reqs[i].judged(notPassed);
        }
        Variant out = new Variant(v.id(), v.title(), v.endorsement(), reqs, q.units.length);
        if (ownUnits) {
            judgedOwn.put(v, out);
        }
        return out;
    }

    /**
     * The variants judged for the candidate's own units, by the compiled variant; made when first needed (only
     * where some rule is about passing).
     */
    private java.util.Map<Variant, Variant> judgedOwn;

    /** Whether the advice for these units depends on more than the units held: some counts without a pass. */
    boolean countsUnpassed() {
        return q.outcomeRules && judgement.anyNotPassed();
    }

    /** Only whether the qualification is achieved: no grade, no report. */
    boolean achieved() {
        if (!requisitesMissing().isEmpty()) {
            return false;
        }
        for (Variant v : required()) {
            if (q.gradeRequired ? graded(v, q.grades) : feasible(v, available)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some valid combination of variant v meets some grade of a grading (`otherwise not achieved`). */
    private boolean graded(Variant v, CompiledQualification.Grades grades) {
        for (GradeRule rule : grades.rules()) {
            if (best(v, rule, grades).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the learner must hold beside the units and does not (a prerequisite qualification, a co-requisite
     * component, or one held below the level asked), in the order written.
     */
    private List<Shortfall> requisitesMissing() {
        if (q.requisites.isEmpty()) {
            return List.of();
        }
        List<Shortfall> out = new ArrayList<>(1);
        for (int i = 0; i < q.requisites.size(); i++) {
            RequisiteInfo r = q.requisites.get(i);
            int held = judgement.requisiteHeld(i);
            if (!r.metAt(held)) {
                boolean levelShort = held != RequisiteInfo.NOT_HELD && held != RequisiteInfo.NO_LEVEL;
                out.add(Shortfall.requisite(r.id(), levelShort ? r.label(held) : null));
            }
        }
        return out;
    }

    /**
     * The result; marked undecided, with the reason as a problem, when the search cannot decide within the
     * candidate's budget (no partial answer: what was found before the budget ran out may not be the best).
     */
    Result run() {
        Result r = decideOrNot();
        return judgement.timing == null ? r : r.withTiming(judgement.timing).closed();
    }

    private Result decideOrNot() {
        try {
            Result r = decide();
            List<Shortfall> missing = requisitesMissing();
            if (!missing.isEmpty()) {
                r = r.withRequisitesMissing(missing);
            }
            return r.achieved() || q.smaller.isEmpty() ? r : r.withSmaller(smaller());
        } catch (UndecidedException e) {
            List<org.qdl.runtime.result.Problem> problems = new ArrayList<>(judgement.problems());
            problems.add(new org.qdl.runtime.result.Problem(org.qdl.runtime.result.Problem.Kind.UNDECIDED, "", null,
                    String.valueOf(e.steps()), List.of(), null));
            return result(false, null, credits(0), List.of(), List.of(), List.of(), 0, List.of(), problems, true,
                    null, List.of(), null, List.of());
        }
    }

    private Result decide() {
        List<Variant> required = required();
        if (required.size() == 1 && q.gradeRules.isEmpty() && q.points == null && q.tariff == null
                && q.graded == null) {
            // nothing to grade: the nearest combination (fewest missing units, then most achieved units) is, when
            // it needs no missing unit, a best combination of achieved units; so one solve answers both questions
            Nearest nearest = nearest(required.get(0));
            if (nearest != null && nearest.missing() == 0) {
                return achieved(required, new Chosen(nearest.variant().requirements(), nearest.problem(),
                        nearest.solution()));
            }
            return notAchieved(nearest);
        }
        List<Variant> met = new ArrayList<>();
        Chosen ungraded = null;
        for (Variant v : required) {
            if (q.gradeRules.isEmpty() && q.graded == null && (met.isEmpty() || v.id().equals(met.get(0).id()))) {
                // with no grading, the best combination of the first variant met (over the readings of its gates) is
                // the one reported: finding it also says whether the variant is met, in one solve instead of two
                Optional<Chosen> best = best(v, null);
                if (best.isPresent()) {
                    met.add(v);
                    ungraded = ungraded == null || best.get().worth() > ungraded.worth() ? best.get() : ungraded;
                }
            } else if (feasible(v, available)) {
                met.add(v);
            }
        }
        if (met.isEmpty()) {
            return notAchieved(required);
        }
        return achieved(met, ungraded);
    }

    /**
     * The largest smaller qualification of the suite (the first written) the candidate's units make, with its grade
     * when it has a grading of its own (the first grade some valid combination of its rules meets); or null. One whose
     * grading says `otherwise not achieved` is made only at one of its grades.
     */
    private Result.Smaller smaller() {
        for (int i = 0; i < q.smaller.size(); ) {
            String id = q.smaller.get(i).id();
            int end = i;
            while (end < q.smaller.size() && q.smaller.get(end).id().equals(id)) {
                end++;
            }
            // the variants of one smaller qualification: one, or one per reading of its gates
            List<Variant> variants = q.smaller.subList(i, end);
            CompiledQualification.Grades grades = q.smallerGrades.get(id);
            boolean made = false;
            for (Variant v : variants) {
                made |= feasible(v, available);
            }
            if (made && grades != null) {
                for (GradeRule rule : grades.rules()) {
                    for (Variant v : variants) {
                        // the qualification's own choice of credits to grade from is not the smaller one's
                        if (withoutSelection(() -> best(v, rule, grades)).isPresent()) {
                            return new Result.Smaller(id, variants.get(0).title(), rule.grade());
                        }
                    }
                }
                made = !grades.required();
            }
            if (made) {
                return new Result.Smaller(id, variants.get(0).title());
            }
            i = end;
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------- achieved

    private Result achieved(List<Variant> met, Chosen ungraded) {
        Chosen chosen = ungraded;
        String grade = null;
        for (GradeRule rule : q.gradeRules) {
            Optional<Chosen> c = bestReading(met, v -> best(v, rule, q.grades));
            if (c.isPresent()) {
                chosen = c.get();
                grade = rule.grade();
                break;
            }
        }
        if (grade == null && q.gradeRequired) {
            return belowEveryGrade(met);
        }
        boolean gradedFromCombination = true;
        if (chosen == null) {
            Optional<Chosen> any = bestReading(met, v -> best(v, null));
            if (any.isEmpty()) {
                // no valid combination within the credits the grade may be taken from: no grade, and the best
                // combination reported as if the grading chose no credits
                any = withoutSelection(() -> bestReading(met, v -> best(v, null)));
                gradedFromCombination = false;
            }
            chosen = any.orElseThrow();
        }
        List<String> earnedTitles = List.of();
        List<Assignment> assignments = List.of();
        if (!q.pathways.isEmpty() || !this.endorsements.isEmpty()) {
            List<String> earned = new ArrayList<>();
            List<Assignment> behind = new ArrayList<>();
            // one variant per pathway or endorsement earned: with gates, several variants share an id
            List<Variant> all = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Variant v : q.pathways.isEmpty() ? List.<Variant>of() : met) {
                if (ids.add(v.id())) {
                    all.add(v);
                }
            }
            for (Variant e : this.endorsements) {
                if (!ids.contains(e.id()) && feasible(e, available)) {
                    ids.add(e.id());
                    all.add(e);
                }
            }
            for (Variant v : all) {
                earned.add(v.title());
                // the best combination of this pathway or endorsement alone: the one behind it
                // (units it counts for no rule of its own, only because nothing bars them, are left out)
                withoutSelection(() -> best(v, null)).ifPresent(c -> behind.add(new Assignment(v.id(), v.title(), v.endorsement(),
                        tally(c).counted().stream().filter(x -> !x.requirement().isEmpty())
                                .toList())));
            }
            earnedTitles = List.copyOf(earned);
            assignments = List.copyOf(behind);
        }
        Tally tally = tally(chosen);
        this.gradedFrom = gradedFromCombination ? gradedCredits(chosen) : List.of();
        return result(true, grade, credits(tally.credits()), tally.counted(), tally.surplus(), List.of(), 0,
                earnedTitles, tariff(chosen), notCounted(chosen, tally), null, assignments);
    }

    /**
     * Units that meet the rules but none of the grades, where the grading says `otherwise not achieved`: not achieved.
     * What counts so far is the best valid combination (the most points, of the credits graded when the grading
     * chooses them); the shortfall names the lowest grade and what that combination is worth. No number of further
     * units is named: better grades are what is missing.
     */
    private Result belowEveryGrade(List<Variant> met) {
        Chosen best = null;
        BigDecimal bestPoints = null;
        for (Variant v : met) {
            Optional<Chosen> c = best(v, null);
            BigDecimal worth = c.isPresent() ? points(c.get()) : null;
            if (c.isPresent() && (best == null || worth.compareTo(bestPoints) > 0)) {
                best = c.get();
                bestPoints = worth;
            }
        }
        if (best == null) {
            // no valid combination within the credits the grade may be taken from (`taken from at most 120
            // credits`): nothing is graded, and the best combination is reported as if the grading chose no credits
            best = withoutSelection(() -> best(met.get(0), null)).orElseThrow();
            bestPoints = BigDecimal.ZERO;
        }
        Chosen chosen = best;
        BigDecimal points = q.points == null ? null : bestPoints;
        Shortfall shortfall = Shortfall.belowGrade(q.gradeRules.get(q.gradeRules.size() - 1).grade(), points);
        Tally tally = tally(chosen);
        return result(false, null, credits(tally.credits()), tally.counted(), tally.surplus(), List.of(shortfall), 0,
                List.of(), null, notCounted(chosen, tally), null, List.of());
    }

    /**
     * The points of a combination's counted units the grade looks at (with the best so many credits graded, of
     * those credits, a proportion of one unit priced by its credits); 0 without a points table.
     */
    private BigDecimal points(Chosen chosen) {
        if (q.points == null) {
            return BigDecimal.ZERO;
        }
        if (selection() != null && selection().choosesBest()) {
            long[] taken = creditsGraded(chosen);
            BigDecimal total = BigDecimal.ZERO;
            for (int u = 0; u < taken.length; u++) {
                if (taken[u] > 0) {
                    total = total.add(BigDecimal.valueOf(q.points.milliPerCredit(q.units[u], judgement.grade(u)))
                            .multiply(BigDecimal.valueOf(taken[u])));
                }
            }
            BigDecimal value = total.divide(BigDecimal.valueOf(q.creditScale).multiply(PointsTable.MILLI))
                    .stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0) : value;
        }
        long[] worth = worth(q.points);
        int[] units = chosen.problem().units;
        long milli = 0;
        for (int i = 0; i < units.length; i++) {
            if (chosen.solution().assignment[i] != Solution.UNUSED) {
                milli += worth[units[i]];
            }
        }
        return milli(milli);
    }

    /** Thousandths of a point as a plain number of points (144, not 1.44E+2). */
    private static BigDecimal milli(long milli) {
        BigDecimal value = BigDecimal.valueOf(milli).divide(PointsTable.MILLI).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Why each listed unit did not count in the chosen combination (null: none was found), and each exempt unit
     * that counted without its credit, in the order listed.
     */
    private List<NotCounted> notCounted(Chosen chosen, Tally tally) {
        if (tally != null && tally.everyListedCounted() && credit == q.nominalCredit) {
            // the commonest case, every listed unit achieved and counted with its credit: nothing to say (a unit the
            // combination takes again is not counted in the tally, and with every credit nominal none is exempt)
            return List.of();
        }
        // gathered in the thread's memory (at most one a listed unit) for a list the result keeps without copying
        Object[] out = scratch.items(Scratch.NOT_COUNTED, judgement.order.length);
        int count = 0;
        for (int i = 0; i < judgement.order.length; i++) {
            int u = judgement.order[i];
            UnitResult unit = (UnitResult) judgement.unitResults[i];
            if (!judgement.usable[u]) {
                out[count++] = unit.reason() == UnitResult.Reason.PLANNED
                        ? new NotCounted(unit.unit(), NotCounted.Reason.PLANNED, null, List.of(), unit)
                        : new NotCounted(unit.unit(), NotCounted.Reason.NOT_ACHIEVED, null, List.of(), unit,
                                judgement.closedWhy(u));
                continue;
            }
            boolean counted = chosen != null && counts(chosen, u);
            // held as exempt and, in the nearest combination, taken again for its credit (see the advice)
            boolean retaken = chosen != null && chosen.problem().units == q.allUnits && chosen.problem().virtual[u];
            if (retaken && judgement.notPassed(u)) {
                // held not passed, and to be passed: the nearest combination needs it passed
                out[count++] = new NotCounted(unit.unit(), NotCounted.Reason.NOT_ACHIEVED, null, List.of(),
                        new UnitResult(unit.unit(), false, unit.grade(), unit.status(),
                                UnitResult.Reason.RESULT_NOT_ACHIEVED));
            } else if ((counted || retaken) && credit[u] == 0 && q.nominalCredit[u] > 0) {
                out[count++] = new NotCounted(unit.unit(), NotCounted.Reason.EXEMPT, null, List.of(), unit,
                        judgement.closedWhy(u));
            } else if (!counted && chosen != null) {
                out[count++] = leftOut(chosen, u, unit);
            }
        }
        return GatheredList.of(out, count);
    }

    private boolean counts(Chosen chosen, int u) {
        int[] units = chosen.problem().units;
        int i = units == q.allUnits ? u : Arrays.binarySearch(units, u);
        return i >= 0 && chosen.solution().assignment[i] != Solution.UNUSED && !chosen.problem().virtual[i];
    }

    /**
     * Why an achieved unit was left out: the first maximum (a cap, a bar, an equivalence) that counting it would
     * pass, with the counted units that fill it; else it was not needed.
     */
    private NotCounted leftOut(Chosen chosen, int u, UnitResult unit) {
        for (Requirement r : chosen.requirements()) {
            if (r.hi == Requirement.NO_MAX || r.weight(u, credit[u]) <= 0) {
                continue;
            }
            long sum = 0;
            List<String> filling = new ArrayList<>();
            for (int w = 0; w < q.units.length; w++) {
                if (w != u && r.weight(w, credit[w]) != 0 && counts(chosen, w)) {
                    sum += r.weight(w, credit[w]);
                    filling.add(q.units[w].ref);
                }
            }
            if (sum + r.weight(u, credit[u]) > r.hi) {
                NotCounted.Reason reason = r.kind == Counted.Kind.EQUIVALENCE ? NotCounted.Reason.EQUIVALENT
                        : q.bars.contains(r.id) ? NotCounted.Reason.BARRED : NotCounted.Reason.OVER_MAXIMUM;
                return new NotCounted(unit.unit(), reason, r.kind == Counted.Kind.EQUIVALENCE ? null : r.id,
                        reason == NotCounted.Reason.OVER_MAXIMUM ? List.of() : filling, unit);
            }
        }
        return new NotCounted(unit.unit(), NotCounted.Reason.SURPLUS, null, List.of(), unit);
    }

    /** The tariff of a combination's counted units (exempt units bring no credit, so no tariff); null without one. */
    private BigDecimal tariff(Chosen chosen) {
        if (q.tariff == null) {
            return null;
        }
        int[] units = chosen.problem().units;
        long milli = 0;
        for (int i = 0; i < units.length; i++) {
            int u = units[i];
            if (judgement.usable[u] && judgement.credit[u] != 0 && chosen.solution().assignment[i] != Solution.UNUSED) {
                milli += q.tariff.milliPoints(q.units[u], judgement.grade(u));
            }
        }
        return milli(milli);
    }

    /**
     * What a combination makes of the candidate's units: counted (each with its requirement), surplus, credit; and
     * whether every listed unit counted, so that nothing was left out ({@link #notCounted} need not look).
     */
    private record Tally(List<Counted> counted, List<String> surplus, long credits, boolean everyListedCounted) {
    }

    /**
     * Counted units in the order listed, each with the requirement it counted for; the other achieved are surplus. The
     * units are the candidate's own as judged, whatever units a nearest combination adds; one it has the candidate take
     * again to pass it is in neither list.
     */
    private Tally tally(Chosen chosen) {
        Problem problem = chosen.problem();
        int[] units = problem.units;
        boolean overEveryUnit = units == q.allUnits;
        boolean[] virtual = problem.virtual;
        int[] assignment = chosen.solution().assignment;
        Requirement[] reqs = chosen.requirements();
        // the rule a unit counted freely counts for, worked out once with the plan when the chosen requirements are its
        FlowPlan plan = problem.knownPlan();
        int[] freeRule = plan != null && problem.requirements == reqs ? plan.freeRule : null;
        int[] order = judgement.order;
        boolean[] held = judgement.usable;
        long[] credit = judgement.credit;
        // a unit held not passed that the nearest combination takes again is not counted yet: it is to be passed
        boolean anyNotPassed = judgement.anyNotPassed();
        UnitInfo[] info = q.units;
        Object[] counted = scratch.items(Scratch.COUNTED, order.length);
        Object[] surplus = scratch.items(Scratch.SURPLUS, order.length);
        int countedCount = 0;
        int surplusCount = 0;
        long credits = 0;
        for (int u : order) {
            // positions are unit indices when the problem has every unit; otherwise units are in increasing order
            int i = overEveryUnit ? u : Arrays.binarySearch(units, u);
            boolean toPass = anyNotPassed && i >= 0 && virtual[i] && judgement.notPassed(u);
            int a = i < 0 || !held[u] || toPass ? Solution.UNUSED : assignment[i];
            if (a == Solution.UNUSED) {
                if (held[u] && !toPass) {
                    surplus[surplusCount++] = info[u].ref;
                }
                continue;
            }
            Requirement r = a >= 0 ? reqs[a] : freeRule != null ? at(reqs, freeRule[u]) : sumCounting(reqs, u);
            counted[countedCount++] = r == null ? new Counted(info[u].ref, "", Counted.Kind.RULE)
                    : r.counted(u, info[u].ref);
            credits += credit[u];
        }
        return new Tally(GatheredList.of(counted, countedCount), GatheredList.of(surplus, surplusCount), credits,
                countedCount == order.length);
    }

    /**
     * A combination found, with what it is worth to the search that found it ({@code worth}: the solution's value, the
     * graded points first, then the units; comparable between the readings of one variant's gates).
     */
    private record Chosen(Requirement[] requirements, Problem problem, Solution solution, long worth) {
        Chosen(Requirement[] requirements, Problem problem, Solution solution) {
            this(requirements, problem, solution, solution.value);
        }
    }

    /**
     * The best combination of the first variant met that {@code search} finds one for, over every reading of its gates
     * (variants sharing its id): the one worth the most, never the first reading's (the open reading need not be the
     * better one: counting the gated units may take the room a better unit needs under a cap).
     */
    private static Optional<Chosen> bestReading(List<Variant> met, java.util.function.Function<Variant,
            Optional<Chosen>> search) {
        Chosen best = null;
        String id = null;
        for (Variant v : met) {
            if (id != null && !v.id().equals(id)) {
                continue;
            }
            Optional<Chosen> c = search.apply(v);
            if (c.isPresent() && (best == null || c.get().worth() > best.worth())) {
                best = c.get();
                id = v.id();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The best combination of variant v that meets the grade rule (or any, when rule is null). */
    private Optional<Chosen> best(Variant compiled, GradeRule rule) {
        return best(compiled, rule, q.grades);
    }

    /**
     * The best combination of variant v that meets the grade rule of a grading (the qualification's, or a smaller
     * qualification's), or any when rule is null: the most points by the grading's table (or tariff). Only the
     * qualification's own grading selects the credits it grades from.
     */
    private Optional<Chosen> best(Variant compiled, GradeRule rule, CompiledQualification.Grades grading) {
        Variant v = judged(compiled, own());
        if (grading == q.grades && selection() != null && selection().choosesBest()) {
            return bestOfGradedCredits(v, rule);
        }
        List<Requirement> extra = new ArrayList<>(0);
        int[] units = available;
        if (selection() != null && selection().cap != Requirement.NO_MAX) {
            extra.add(Requirement.sum("graded-from", credit.clone(), 0, selection().cap));
        }
        if (rule != null) {
            for (GradeRule.Atom atom : rule.atoms()) {
                switch (atom.kind()) {
                    case EVERY_UNIT -> units = Arrays.stream(units).filter(u -> !looksAt(u) || graded(u, atom))
                            .toArray();
                    case SOME_UNITS -> extra.add(someUnits(atom));
                    case SOME_CREDITS -> extra.add(someCredits(atom));
                    case UNIT_GRADED -> extra.add(unitGraded(atom));
                    case POINTS -> extra.add(Requirement.sum("grade-points", pointsPerUnit(atom, grading.points()),
                            atom.points().multiply(PointsTable.MILLI).setScale(0, RoundingMode.CEILING)
                                    .longValueExact(), Requirement.NO_MAX));
                    case EVERY_CRITERION, SOME_CRITERIA -> {
                        // about one unit's criteria: IrValidator refuses them in the qualification's grading
                    }
                }
            }
        }
        boolean asVariant = extra.isEmpty();
        Requirement[] all = v.requirements();
        if (!asVariant) {
            all = Arrays.copyOf(all, all.length + extra.size());
            for (int i = 0; i < extra.size(); i++) {
                all[v.requirements().length + i] = extra.get(i);
            }
        }
        Requirement[] requirements = all;
        // the best combination: the most points, or with no points table the most tariff points
        PointsTable objective = grading.points() != null ? grading.points() : grading.tariff();
        long[] points = objective == null ? null : worth(objective, objective != grading.points());
        long[] value = new long[units.length];
        for (int i = 0; i < units.length; i++) {
            value[i] = PER_UNIT + (points == null ? 0 : points[units[i]] * POINTS_FACTOR);
        }
        Problem problem = new Problem(requirements, asVariant ? v.plan() : null, units, new boolean[units.length],
                credit, value, false);
        return solve(problem).map(s -> new Chosen(requirements, problem, s));
    }

    /** Whether the grade looks at unit u when it counts: every unit, or those of `grade from units at level 5`. */
    private boolean looksAt(int u) {
        return selection() == null || selection().looksAt(q.units[u]);
    }

    /** The credits the grade is worked out from; null for every counted one, or while they are set aside. */
    private GradedCredits selection() {
        return selectionOff ? null : q.graded;
    }

    private boolean selectionOff;

    /** A best combination found as if the grading chose no credits (for a pathway's assignment, say). */
    private <T> T withoutSelection(java.util.function.Supplier<T> search) {
        boolean was = selectionOff;
        selectionOff = true;
        try {
            return search.get();
        } finally {
            selectionOff = was;
        }
    }

    /**
     * The best combination of variant v meeting the rule when the best so many credits are graded. Given a
     * combination, its graded credits are its included units', then its units at the level with the most points per
     * credit first, a proportion of one unit making up the total; their points are then rN + the sum over the graded
     * units above rate r of (rate - r) x credit, where r is the rate of the unit the total falls in. That is linear
     * in which units count once r is fixed, with two sums saying r is where the total falls, so one exact solve per
     * rate (and one where every graded credit fits, one where the included units alone fill the total) finds the
     * combination whose graded credits are worth the most: never the units listed first, never the best units of a
     * combination chosen first.
     */
    private Optional<Chosen> bestOfGradedCredits(Variant v, GradeRule rule) {
        GradedCredits sel = q.graded;
        int n = q.units.length;
        long[] rate = new long[n];
        boolean[] included = new boolean[n];
        boolean[] eligible = new boolean[n];
        java.util.TreeSet<Long> rates = new java.util.TreeSet<>();
        long most = 0;
        long maxRate = 0;
        for (int u : available) {
            included[u] = sel.included[u];
            eligible[u] = !included[u] && sel.atLevel(q.units[u]);
            if (included[u] || eligible[u]) {
                rate[u] = q.points.milliPerCredit(q.units[u], judgement.grade(u));
                most = Math.addExact(most, credit[u]);
                maxRate = Math.max(maxRate, Math.abs(rate[u]));
                if (eligible[u]) {
                    rates.add(rate[u]);
                }
            }
        }
        long scale = q.creditScale * PointsTable.MILLI.longValueExact();
        Long needed = null;   // in thousandths of a point times the credit scale
        if (rule != null) {
            for (GradeRule.Atom atom : rule.atoms()) {
                if (atom.kind() == org.qdl.runtime.ir.IrCondition.Kind.POINTS) {
                    long p = atom.points().multiply(BigDecimal.valueOf(scale)).setScale(0, RoundingMode.CEILING)
                            .longValueExact();
                    needed = needed == null ? p : Math.max(needed, p);
                }
            }
        }
        // objective: the graded points first, then as many counted units as the rules allow (when it fits a long)
        long bound = Math.multiplyExact(maxRate, Math.addExact(most, sel.best) + 1);
        boolean unitsToo = bound < (Long.MAX_VALUE >> 18);
        long factor = unitsToo ? POINTS_FACTOR : 1;
        long perUnit = unitsToo ? PER_UNIT : 0;
        List<long[]> cases = new ArrayList<>();   // {kind, r}: 0 the total falls at rate r, 1 all fit, 2 included fill
        for (long r : rates.descendingSet()) {
            cases.add(new long[] {0, r});
        }
        cases.add(new long[] {1, 0});
        cases.add(new long[] {2, 0});
        Chosen best = null;
        long bestTotal = Long.MIN_VALUE;
        for (long[] c : cases) {
            long r = c[1];
            long[] worth = new long[n];
            long[] above = new long[n];
            long[] from = new long[n];
            for (int u : available) {
                boolean aboveR = included[u] || c[0] == 0 && eligible[u] && rate[u] > r || c[0] == 1 && eligible[u];
                boolean fromR = included[u] || c[0] == 0 && eligible[u] && rate[u] >= r;
                worth[u] = aboveR ? Math.multiplyExact(rate[u] - (c[0] == 0 ? r : 0), credit[u]) : 0;
                above[u] = aboveR ? credit[u] : 0;
                from[u] = fromR ? credit[u] : 0;
            }
            long constant = c[0] == 0 ? Math.multiplyExact(r, sel.best) : 0;
            List<Requirement> extra = new ArrayList<>(4);
            if (c[0] == 2) {
                extra.add(Requirement.sum("graded-included", from, sel.best, Requirement.NO_MAX));
            } else {
                extra.add(Requirement.sum("graded-above", above, 0, sel.best));
                if (c[0] == 0) {
                    extra.add(Requirement.sum("graded-from", from, sel.best, Requirement.NO_MAX));
                }
            }
            if (sel.cap != Requirement.NO_MAX) {
                extra.add(Requirement.sum("graded-taken-from", credit.clone(), 0, sel.cap));
            }
            if (needed != null) {
                extra.add(Requirement.sum("grade-points", worth.clone(), needed - constant, Requirement.NO_MAX));
            }
            Requirement[] all = Arrays.copyOf(v.requirements(), v.requirements().length + extra.size());
            for (int i = 0; i < extra.size(); i++) {
                all[v.requirements().length + i] = extra.get(i);
            }
            long[] value = new long[available.length];
            for (int i = 0; i < available.length; i++) {
                value[i] = perUnit + worth[available[i]] * factor;
            }
            Problem problem = new Problem(all, null, available, new boolean[available.length], credit, value, false);
            Optional<Solution> s = solve(problem);
            if (s.isPresent()) {
                long total = s.get().value + constant * factor;
                if (best == null || total > bestTotal) {
                    best = new Chosen(all, problem, s.get(), total);
                    bestTotal = total;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The credits a combination's grade is worked out from, in the order listed: every counted unit the grade looks
     * at; with a number of credits, its included units', then the most points per credit first up to the number, a
     * proportion of the unit the total falls in. Empty without a selection.
     */
    private List<org.qdl.runtime.result.GradedCredit> gradedCredits(Chosen chosen) {
        if (q.graded == null) {
            return List.of();
        }
        long[] taken = creditsGraded(chosen);
        List<org.qdl.runtime.result.GradedCredit> out = new ArrayList<>();
        for (int u : judgement.order) {
            if (taken[u] > 0) {
                out.add(new org.qdl.runtime.result.GradedCredit(q.units[u].ref, credits(taken[u])));
            }
        }
        return List.copyOf(out);
    }

    /** Per unit index, how many of its credits a combination's grade is worked out from (see {@link #gradedCredits}). */
    private long[] creditsGraded(Chosen chosen) {
        long[] taken = new long[q.units.length];
        List<Integer> candidates = new ArrayList<>();
        long left = q.graded.choosesBest() ? q.graded.best : Long.MAX_VALUE;
        for (int u : judgement.order) {
            if (!judgement.usable[u] || !counts(chosen, u) || !looksAt(u)) {
                continue;
            }
            if (q.graded.included[u] || !q.graded.choosesBest()) {
                taken[u] = credit[u];
                left -= q.graded.choosesBest() ? credit[u] : 0;
            } else {
                candidates.add(u);
            }
        }
        long[] rate = new long[q.units.length];
        for (int u : candidates) {
            rate[u] = q.points.milliPerCredit(q.units[u], judgement.grade(u));
        }
        candidates.sort((a, b) -> Long.compare(rate[b], rate[a]));   // stable: as listed within a rate
        for (int u : candidates) {
            long t = Math.max(0, Math.min(credit[u], left));
            taken[u] = t;
            left -= t;
        }
        return taken;
    }

    private boolean graded(int u, GradeRule.Atom atom) {
        return graded(u, atom.label(), atom.direction());
    }

    /** Whether the candidate's unit u is graded at the label, or above or below it, by the unit's own grades. */
    private boolean graded(int u, String label, Direction direction) {
        String g = judgement.grade(u);
        if (g == null) {
            return false;
        }
        UnitInfo unit = q.units[u];
        int rank = unit.gradeRank(g);
        int bound = unit.gradeRank(label);
        if (rank < 0 || bound < 0) {
            return direction != Direction.LE && g.equals(label);
        }
        return direction.test(rank, bound);
    }

    private Requirement someUnits(GradeRule.Atom atom) {
        long[] weights = new long[q.units.length];
        long lo;
        if (atom.percent()) {
            // at least p% of counted units: sum over counted units of (100 if graded so, else 0) - p >= 0
            long p = atom.count().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.CEILING).longValueExact();
            for (int u = 0; u < weights.length; u++) {
                weights[u] = looksAt(u) ? (graded(u, atom) ? 10_000 : 0) - p : 0;
            }
            lo = 0;
        } else {
            for (int u = 0; u < weights.length; u++) {
                weights[u] = looksAt(u) && graded(u, atom) ? 1 : 0;
            }
            lo = atom.count().setScale(0, RoundingMode.CEILING).longValueExact();
        }
        return Requirement.sum("grade-units", weights, lo, Requirement.NO_MAX);
    }

    /** At least so many credits of counted units graded so (at the level): a sum of their credits. */
    private Requirement someCredits(GradeRule.Atom atom) {
        long[] weights = new long[q.units.length];
        for (int u = 0; u < weights.length; u++) {
            weights[u] = looksAt(u) && graded(u, atom) && atom.atLevel(q.units[u].levelRank) ? credit[u] : 0;
        }
        long lo = atom.count().multiply(BigDecimal.valueOf(q.creditScale)).setScale(0, RoundingMode.CEILING)
                .longValueExact();
        return Requirement.sum("grade-credits", weights, lo, Requirement.NO_MAX);
    }

    /** The named unit counted, graded so: a sum of one over that unit alone, or nothing to count when it is not. */
    private Requirement unitGraded(GradeRule.Atom atom) {
        long[] weights = new long[q.units.length];
        weights[atom.unit()] = graded(atom.unit(), atom) ? 1 : 0;
        return Requirement.sum("grade-unit", weights, 1, Requirement.NO_MAX);
    }

    /** What each unit brings to a points condition: its points by the table, when it is in the condition's pool. */
    private long[] pointsPerUnit(GradeRule.Atom atom, PointsTable table) {
        long[] points = table == null ? new long[q.units.length] : worth(table, false);
        for (int u = 0; u < points.length; u++) {
            points[u] = atom.inPool(u) ? points[u] : 0;
        }
        return points;
    }

    /** What each unit is worth under a table, in thousandths (nothing when not usable, or exempt under a tariff). */
    private long[] worth(PointsTable table) {
        return worth(table, table == q.tariff && table != q.points);
    }

    /** Likewise; {@code tariff}: the table is a tariff, so an exempt unit (no credit) is worth nothing. */
    private long[] worth(PointsTable table, boolean tariff) {
        long[] points = new long[q.units.length];
        for (int u = 0; u < points.length; u++) {
            boolean noCredit = tariff && judgement.credit[u] == 0;
            boolean notGraded = table == q.points && !looksAt(u);
            points[u] = judgement.usable[u] && !noCredit && !notGraded
                    ? table.milliPoints(q.units[u], judgement.grade(u)) : 0;
        }
        return points;
    }

    /** Requirement r of reqs, or null for -1 (none). */
    private static Requirement at(Requirement[] reqs, int r) {
        return r < 0 ? null : reqs[r];
    }

    /** The requirement a unit counted freely for: the first minimum it adds to, else the first sum it is in. */
    private Requirement sumCounting(Requirement[] reqs, int u) {
        Requirement fallback = null;
        for (Requirement r : reqs) {
            if (!r.hasSum() || r.weights != null || r.weight(u, Math.max(1, credit[u])) <= 0) {
                continue;
            }
            if (r.lo > 0) {
                return r;
            }
            if (fallback == null) {
                fallback = r;
            }
        }
        return fallback;
    }

    // ----------------------------------------------------------------------------------------- not achieved

    /** The combination that needs the fewest units not yet achieved, then counts the most achieved units. */
    record Nearest(Variant variant, Problem problem, Solution solution, int missing, Held held) {
    }

    private Nearest nearest(Variant v) {
        return nearest(v, own());
    }

    /** The candidate's own units, as the search for what is missing sees them. */
    Held own() {
        if (own == null) {
            own = new Held(judgement.usable, credit, available);
        }
        return own;
    }

    private Held own;

    /** The nearest combination of variant v for these units (null when no combination exists). */
    Nearest nearest(Variant v, Held held) {
        int n = q.units.length;
        if (q.hasGradedRules()) {
            for (int u = 0; u < n; u++) {
                if (judgement.usable[u] && !held.usable()[u]) {
                    // an exempt unit taken again: it may yet be graded so, as any unit not held
                    v = forGrades(compiled(v), held.usable());
                    break;
                }
            }
        }
        // then, of the units held, those not passed are not passed, those taken again will be
        v = judged(v, held);
        int[] av = held.available();
        // every unit virtual (a copy of an array of trues: the thread's, for the first nearest combination), but the
        // held ones
        boolean[] virtual = scratch.virtualMarks(q.everyUnitTrue);
        long heldBits = 0;
        for (int u : av) {
            virtual[u] = false;
            heldBits |= 1L << u;
        }
        // positions are unit indices, so the achieved positions are the achieved units (the virtual ones, the
        // others, are only worked out when some unit is missing)
        v = withoutClosed(v, held);
        Problem p = new Problem(v.requirements(), v.plan(), q.allUnits, virtual, held.credit(), null, false)
                .withAchievedPositions(av);
        if (n <= Long.SIZE) {
            p.withVirtualBits((n == Long.SIZE ? -1L : (1L << n) - 1) & ~heldBits);
        }
        Solution s = solution(p);
        if (s == null) {
            return null;
        }
        // how many units the combination adds: matching counts them as it adds them
        int missing = s.virtualUsed;
        if (missing == Solution.NOT_COUNTED) {
            missing = 0;
            for (int u = 0; u < n; u++) {
                missing += virtual[u] & s.uses(u) ? 1 : 0;
            }
        }
        return new Nearest(v, p, s, missing, held);
    }

    /**
     * Variant v where no unit closed to the learner can be a further unit: one more rule, at most 0 of the closed units
     * not held (as a bar would say it), so that the least number of further units is taken from the open units only.
     * Variant v itself when no unit is closed, or while closings are set aside ({@link #ignoringClosed}).
     */
    private Variant withoutClosed(Variant v, Held held) {
        if (!anyClosed()) {
            return v;
        }
        long[] weights = new long[q.units.length];
        boolean any = false;
        for (int u = 0; u < weights.length; u++) {
            if (closed(u) && !held.usable()[u]) {
                weights[u] = 1;
                any = true;
            }
        }
        if (!any) {
            return v;
        }
        Requirement[] reqs = Arrays.copyOf(v.requirements(), v.requirements().length + 1);
        reqs[reqs.length - 1] = Requirement.sum(CLOSED, weights, 0, 0);
        return new Variant(v.id(), v.title(), v.endorsement(), reqs, q.units.length);
    }

    /** The id of the rule that keeps closed units out of the nearest combination (never a shortfall's). */
    private static final String CLOSED = "units-closed";

    /**
     * Whether unit u is closed to the learner (see {@link Judgement#closed}) as the search now reads it: never while
     * closings are set aside ({@link #ignoringClosed}).
     */
    boolean closed(int u) {
        return !ignoreClosed && judgement.closed(u);
    }

    /** Whether some unit is closed to the learner, as the search now reads it. */
    boolean anyClosed() {
        return !ignoreClosed && judgement.anyClosed();
    }

    /** Per unit, whether it is closed to the learner; null when none is. */
    boolean[] closedUnits() {
        if (!judgement.anyClosed()) {
            return null;
        }
        boolean[] out = new boolean[q.units.length];
        for (int u = 0; u < out.length; u++) {
            out[u] = judgement.closed(u);
        }
        return out;
    }

    private boolean ignoreClosed;

    /** A search as if no unit were closed: what the learner would need were the closed units open. */
    private <T> T ignoringClosed(java.util.function.Supplier<T> search) {
        boolean was = ignoreClosed;
        ignoreClosed = true;
        try {
            return search.get();
        } finally {
            ignoreClosed = was;
        }
    }

    /** The nearest combination over every variant that makes the qualification. */
    Nearest nearest(Held held) {
        Nearest best = null;
        for (Variant v : required()) {
            Nearest near = nearest(v, held);
            if (near != null && (best == null || near.solution().value > best.solution().value)) {
                best = near;
            }
        }
        return best;
    }

    private List<Variant> required() {
        return required;
    }

    /**
     * The nearest combination when a unit may also be taken again (an exempt unit for its credit, a unit counted
     * without a pass to pass it; each taken again is one further unit): the best over every choice of such units,
     * exactly. A choice whose nearest combination leaves one of its units out is no better than the choice without
     * it (held and left out, the unit costs nothing), so a best choice is one whose units are all counted, each one
     * further unit: a choice of more units than the best so far needs cannot do better. Units alike (of one type,
     * held alike) can take each other's place, so a choice is how many of each kind to take again (the first ones).
     * Choices are tried by increasing size, each charged to the candidate's search budget, so that a learner with
     * very many units to take again is reported undecided rather than searched without end.
     */
    private Nearest nearestTakingAgain(Nearest withoutRetaking) {
        int[] again = retakable(own());
        if (again.length == 0) {
            return withoutRetaking;
        }
        int[][] kinds = alike(again);
        int units = 0;
        for (int[] kind : kinds) {
            units += kind.length;
        }
        Nearest best = withoutRetaking;
        int[] take = new int[kinds.length];
        for (int k = 1; k <= units && (best == null || k <= best.missing()); k++) {
            best = takingAgain(kinds, take, 0, k, k, best);
        }
        return best;
    }

    /**
     * The best of {@code best} and every choice of {@code size} units that takes {@code left} more again from kinds
     * {@code kind} onwards ({@code take}: how many of each earlier kind), while no larger than the best so far needs.
     */
    private Nearest takingAgain(int[][] kinds, int[] take, int kind, int size, int left, Nearest best) {
        if (best != null && size > best.missing()) {
            return best;
        }
        if (kind == kinds.length) {
            if (left > 0) {
                return best;
            }
            spend(q.units.length);
            Held held = own();
            for (int c = 0; c < kinds.length; c++) {
                for (int i = 0; i < take[c]; i++) {
                    held = held.retaking(kinds[c][i], q.nominalCredit[kinds[c][i]]);
                }
            }
            Nearest near = nearest(held);
            return near != null && (best == null || near.solution().value > best.solution().value) ? near : best;
        }
        for (int t = Math.min(left, kinds[kind].length); t >= 0; t--) {
            take[kind] = t;
            best = takingAgain(kinds, take, kind + 1, size, left - t, best);
        }
        take[kind] = 0;
        return best;
    }

    /**
     * The units grouped into kinds that can take each other's place in any choice to take again: of one type (the same
     * place in every rule) and held alike (credit, pass, grade, scale, level, hours, closed or not), each kind in
     * increasing order.
     */
    private int[][] alike(int[] units) {
        java.util.Map<List<Object>, List<Integer>> kinds = new java.util.LinkedHashMap<>();
        int[] type = q.unitTypes();
        for (int u : units) {
            UnitInfo info = q.units[u];
            List<Object> key = Arrays.asList(type[u], credit[u], judgement.notPassed(u), judgement.grade(u),
                    new Same(info.gradingScale), info.gradeOrder, info.levelRank, info.glh,
                    closed(u));
            kinds.computeIfAbsent(key, x -> new ArrayList<>()).add(u);
        }
        int[][] out = new int[kinds.size()][];
        int k = 0;
        for (List<Integer> kind : kinds.values()) {
            out[k++] = kind.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    /** An object compared by identity (a unit's scale: two scales alike in their labels may still differ). */
    private record Same(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    /**
     * When no units added can complete the qualification because the candidate's own units are graded too low for
     * a rule on graded units (a learner whose units are all held, short of Distinctions), that rule and by how much
     * at least: what its units graded so and the units not held could bring together, however the rest is counted.
     * Units held cannot be taken again for a better grade here, so nothing is offered.
     */
    private List<Shortfall> gradesShort() {
        List<Shortfall> out = new ArrayList<>();
        if (!q.hasGradedRules()) {
            return out;
        }
        for (Variant v : required()) {
            for (Requirement r : v.requirements()) {
                if (r.graded == null || r.lo <= 0 || r.weights != null) {
                    continue;
                }
                long most = 0;
                for (int u : r.pool) {
                    most += Math.max(0, r.weight(u, judgement.usable[u] ? credit[u] : q.nominalCredit[u]));
                }
                if (most < r.lo && out.stream().noneMatch(s -> s.requirement().equals(r.id))) {
                    out.add(gradesShort(r, r.lo - most));
                }
            }
        }
        if (out.isEmpty()) {
            // no rule on graded units is out of reach alone, but with the others: what they lack in the nearest
            // combination that asks nothing of them
            for (Variant v : required()) {
                Requirement[] relaxed = v.requirements().clone();
                for (int i = 0; i < relaxed.length; i++) {
                    relaxed[i] = relaxed[i].graded != null && relaxed[i].lo > 0 ? relaxed[i].withoutMinimum() : relaxed[i];
                }
                Nearest near = nearest(new Variant(v.id(), v.title(), v.endorsement(), relaxed, q.units.length), own());
                if (near == null) {
                    continue;
                }
                int[] a = near.solution().assignment;
                for (Requirement r : v.requirements()) {
                    if (r.graded == null || r.lo <= 0 || r.weights != null) {
                        continue;
                    }
                    long have = 0;
                    for (int u : r.pool) {
                        boolean counts = a[u] >= 0 | judgement.usable[u] & a[u] == Solution.FREE;
                        have += counts ? r.weight(u, judgement.usable[u] ? credit[u] : q.nominalCredit[u]) : 0;
                    }
                    if (have < r.lo) {
                        out.add(gradesShort(r, r.lo - have));
                    }
                }
                break;
            }
        }
        return out;
    }

    /** A rule on graded units short by {@code missing} (units, credits or hours), with no unit to offer. */
    private Shortfall gradesShort(Requirement r, long missing) {
        if (r.hoursOf != null) {
            return new Shortfall(r.id, Shortfall.Kind.MORE, 0, BigDecimal.ZERO, List.of(), credits(missing), r.hoursOf);
        }
        return new Shortfall(r.id, Shortfall.Kind.MORE, r.weighs() ? 0 : (int) missing,
                r.weighs() ? credits(missing) : BigDecimal.ZERO, List.of());
    }

    /**
     * Units that taking again could help: those held as exempt, and those counted without a pass where some rule
     * is about passing (taken again, a unit is passed).
     */
    private int[] retakable(Held held) {
        int[] out = exemptUnits(held);
        if (anyClosed()) {
            // a closed unit cannot be taken again
            out = Arrays.stream(out).filter(u -> !closed(u)).toArray();
        }
        if (countsUnpassed()) {
            for (int u : held.available()) {
                if (judgement.notPassed(u) && !(held.credit()[u] == 0 && q.nominalCredit[u] > 0)
                        && !closed(u)) {
                    out = Arrays.copyOf(out, out.length + 1);
                    out[out.length - 1] = u;
                }
            }
        }
        return out;
    }

    /** Units held as exempt whose credit they do not bring: taking one again would bring it. */
    int[] exemptUnits(Held held) {
        if (held.credit() == q.nominalCredit) {
            // every unit brings its full credit (the qualification's own array, never written)
            return NONE;
        }
        int[] out = NONE;
        for (int u : held.available()) {
            if (held.credit()[u] == 0 && q.nominalCredit[u] > 0) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = u;
            }
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    private Result notAchieved(List<Variant> required) {
        return notAchieved(nearest(own()));
    }

    private Result notAchieved(Nearest found) {
        Nearest nearest = nearestTakingAgain(found);
        List<Shortfall> shortfalls;
        if (nearest == null && judgement.anyClosed()) {
            // no combination of held and open units: when one would do were the closed units open, they are in the way
            Nearest open = ignoringClosed(() -> nearestTakingAgain(nearest(own())));
            List<org.qdl.runtime.result.ClosedUnit> inTheWay = closedInTheWay(open);
            if (!inTheWay.isEmpty()) {
                // what counts so far: the candidate's own units in that combination; no number of units would do
                Chosen chosen = new Chosen(open.variant().requirements(), open.problem(), open.solution());
                Tally tally = tally(chosen);
                return result(false, null, credits(tally.credits()), tally.counted(), tally.surplus(),
                        List.of(Shortfall.unitsClosed(inTheWay)), 0, List.of(), null, notCounted(chosen, tally), null,
                        List.of());
            }
        }
        if (nearest == null) {
            List<Shortfall> grades = gradesShort();
            shortfalls = !grades.isEmpty() ? grades
                    : List.of(new Shortfall("", Shortfall.Kind.UNREACHABLE, 0, BigDecimal.ZERO, List.of()));
            return result(false, null, credits(0), List.of(), List.of(), shortfalls, 0, List.of(), null,
                    notCounted(null, null), null, List.of());
        }
        // the nearest combination with the candidate's own units claimed before missing ones: the shortfalls read
        // it, and what counts so far names each own unit's rule from it
        // (of the units not held, only those a rule claims are read: matching lists them)
        int[] notHeld = nearest.solution().virtualClaimed != null ? nearest.solution().virtualClaimed
                : nearest.problem().virtualPositions();
        Solution claimed = Shortfalls.ownUnitsClaimed(nearest.held(), notHeld, nearest.variant().requirements(),
                nearest.solution());
        shortfalls = Shortfalls.describe(q, nearest.held(), notHeld,
                nearest.variant().requirements(), nearest.solution(), claimed.assignment, closedUnits(), scratch);
        Completions completions = q.completions(this, nearest, shortfalls, options.advise());
        shortfalls = completions.offeredOnly(shortfalls, q);
        // what counts so far: the candidate's own units in the nearest combination, each for the rule the shortfalls
        // count it for (an own unit counted freely is claimed by a rule that would otherwise need a further unit)
        Chosen chosen = new Chosen(nearest.variant().requirements(), nearest.problem(), claimed);
        Tally tally = tally(chosen);
        return result(false, null, credits(tally.credits()), tally.counted(), tally.surplus(), shortfalls,
                nearest.missing(), List.of(), null, notCounted(chosen, tally), completions.advice(), List.of());
    }

    /**
     * When no combination of held and open units meets the rules, the nearest combination were the closed units open
     * ({@code open}, null when there is none): the closed units it needs (added, or taken again), in the order listed;
     * empty when the closings are not what stands in the way.
     */
    private List<org.qdl.runtime.result.ClosedUnit> closedInTheWay(Nearest open) {
        List<org.qdl.runtime.result.ClosedUnit> out = new ArrayList<>(1);
        if (open == null) {
            return out;
        }
        // the closed units that combination needs, and those that could take their place (of the same type: in the
        // same rules with the same credit), so that a closed alternative is named as well
        int[] type = q.unitTypes();
        boolean[] typeNeeded = new boolean[q.units.length];
        for (int u = 0; u < q.units.length; u++) {
            if (judgement.closed(u) && !open.held().usable()[u] && open.solution().uses(u)) {
                typeNeeded[type[u]] = true;
            }
        }
        for (int u : judgement.order) {
            if (judgement.closed(u) && typeNeeded[type[u]]) {
                out.add(judgement.closedWhy(u));
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------- solving

    private boolean feasible(Variant compiled, int[] units) {
        Variant v = judged(compiled, own());
        long[] value = new long[units.length];
        Problem p = new Problem(v.requirements(), v.plan(), units, new boolean[units.length], credit, value, true);
        return solve(p).isPresent();
    }

    /** Matching when it decides the problem exactly, else the type search within the candidate's budget. */
    private Optional<Solution> solve(Problem problem) {
        return Optional.ofNullable(solution(problem));
    }

    /** {@link #solve}, with null for no solution. */
    private Solution solution(Problem problem) {
        Problem p = NonBindingMaximums.drop(problem);
        if (FlowSolver.applies(p)) {
            return FlowSolver.solution(p, scratch);
        }
        return SearchSolver.solve(p, budget()).orElse(null);
    }

    /** The candidate's search budget, made when first needed: matching decides most learners and takes no steps. */
    private SearchBudget budget() {
        if (budget == null) {
            budget = new SearchBudget(options.searchSteps());
        }
        return budget;
    }

    /** Charges {@code steps} to the candidate's budget (a search beyond it leaves the candidate undecided). */
    private void spend(long steps) {
        budget().spend(steps);
    }

    private BigDecimal credits(long scaled) {
        return q.credits(scaled);
    }

    private Result result(boolean achieved, String grade, BigDecimal credits, List<Counted> counted,
            List<String> surplus, List<Shortfall> shortfalls, int unitsNeeded, List<String> endorsements,
            BigDecimal tariff, List<NotCounted> notCounted, Advice advice, List<Assignment> assignments) {
        return result(achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded, endorsements,
                judgement.problems(), false, tariff, notCounted, advice,
                assignments);
    }

    private Result result(boolean achieved, String grade, BigDecimal credits, List<Counted> counted,
            List<String> surplus, List<Shortfall> shortfalls, int unitsNeeded, List<String> endorsements,
            List<org.qdl.runtime.result.Problem> problems, boolean undecided, BigDecimal tariff,
            List<NotCounted> notCounted, Advice advice, List<Assignment> assignments) {
        Object[] certificate = scratch.items(Scratch.CERTIFICATE, judgement.order.length);
        int certified = 0;
        for (int u : judgement.order) {
            if (judgement.certifiable(u)) {
                certificate[certified++] = q.units[u].ref;
            }
        }
        return new Result(candidate.id(), achieved, grade, credits, counted, surplus, shortfalls, unitsNeeded,
                problems, GatheredList.of(certificate, certified), endorsements,
                GatheredList.of(judgement.unitResults, judgement.order.length), options.whatIf(), undecided, tariff, notCounted,
                advice, assignments, profile(counted), null, achieved ? gradedFrom : List.of());
    }

    /** The credits graded in the achieved result (see {@link #gradedCredits}). */
    private List<org.qdl.runtime.result.GradedCredit> gradedFrom = List.of();

    /** Counted units and credits at each grade, highest grade first (by the units' own scales), then as met. */
    private List<GradeCount> profile(List<Counted> counted) {
        if (!judgement.anyGrade()) {
            // no listed unit has a grade (the commonest case): no profile, and no lookup per counted unit
            return List.of();
        }
        List<String> grades = null;
        List<long[]> tallies = null;   // {rank, units, credits}
        for (Counted c : counted) {
            int u = q.refTable.get(c.unit());
            String g = u < 0 ? null : judgement.grade(u);
            if (g == null) {
                continue;
            }
            if (grades == null) {
                grades = new ArrayList<>(4);
                tallies = new ArrayList<>(4);
            }
            int at = grades.indexOf(g);
            if (at < 0) {
                grades.add(g);
                tallies.add(new long[] {q.units[u].gradeRank(g), 0, 0});
                at = grades.size() - 1;
            }
            tallies.get(at)[1]++;
            tallies.get(at)[2] += judgement.credit[u];
        }
        if (grades == null) {
            return List.of();
        }
        List<long[]> byGrade = tallies;
        Integer[] order = new Integer[grades.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(byGrade.get(b)[0], byGrade.get(a)[0]));   // stable: ties as met
        List<GradeCount> profile = new ArrayList<>(order.length);
        for (int i : order) {
            profile.add(new GradeCount(grades.get(i), credits(tallies.get(i)[2]), (int) tallies.get(i)[1]));
        }
        return List.copyOf(profile);
    }
}
