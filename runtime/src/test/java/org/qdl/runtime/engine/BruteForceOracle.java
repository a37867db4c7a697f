package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrRequisite;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Result;

/**
 * The semantics of SEMANTICS.md said as plainly as possible, to check the engine against: every subset of the
 * qualification's units is tried, and for each every assignment of its units to the rules that take units (or
 * to none), and every rule is checked on it. It reads the IR directly and shares nothing with the engine's
 * solvers, so a mistake in one shows up as a disagreement with the other. Exponential: small structures only.
 *
 * <p>Candidates are judged by their results and statuses only (criterion ratings are refused): a result counts
 * when its label is one the unit's scale says is achieved (passed) or recorded (counted without a pass), and is then
 * the unit's grade; `exempt` brings no credit; `planned` counts only in what-if mode. A rule about passing looks
 * only at the units passed (or only at those counted without a pass); a unit not held is passed when added, and a
 * unit held without a pass may be taken again (one further unit) to pass it.
 *
 * <p>Which entry stands for a unit listed more than once, under rules on attempts or not, and what the gateway to
 * assessment and the qualification's dates make of them, is read by {@link OracleHistory}; {@link #on} gives the
 * evaluation date. A qualification closed to the learner leaves them not achieved with no further unit needed
 * (unless they achieved it in time and may keep it).
 */
final class BruteForceOracle implements Cloneable {
    static final int MAX_UNITS = 16;
    private static final long MILLI = 1000;

    private final IrDocument ir;
    private final int n;
    private final Map<String, Integer> index = new HashMap<>();
    /** Credits of each unit in thousandths, as the IR gives them (not yet achieved units bring these). */
    private final long[] nominal;
    /** Each unit's guided learning hours and total qualification time, in thousandths (0 where it gives none). */
    private final long[] glh;
    private final long[] tqt;
    private final List<List<String>> gradeOrder = new ArrayList<>();
    private final Map<String, IrScale> scales = new HashMap<>();
    private final long[] equivalents;
    private final List<Variant> required = new ArrayList<>();
    private final List<Variant> endorsements = new ArrayList<>();
    /** The smaller qualifications of the suite, largest first; a variant's title is the smaller one's id. */
    private final List<Variant> smaller = new ArrayList<>();
    /** Their gradings, in the same order (null: ungraded). */
    private final List<IrGrading> smallerGradings = new ArrayList<>();
    private final boolean hasPathways;
    /** The evaluation date (`--on`, ISO) the candidates are judged on, or null: see {@link #on}. */
    private String on;
    /**
     * Whether a unit closed on its own (its resits used up, its resit window passed) is left out of the
     * further units and of the units taken again (SEMANTICS.md, "A unit closed on its own").
     */
    private final boolean closedUnitsLeftOut;

    /** The units by reference, and each unit's grades in order: what {@link OracleHistory} reads entries by. */
    interface UnitNames {
        /** The unit a reference names, or -1. */
        int unit(String ref);

        List<String> gradeOrder(int u);
    }

    /** A rule with its units as bit masks: its pool (closed under equivalence, then filtered by level). */
    private record Rule(IrRule ir, boolean assigned, long pool, long[] inclusions, int[] inclusionMins) {
    }

    private record Variant(String title, List<Rule> rules) {
        List<Rule> slots() {
            return rules.stream().filter(Rule::assigned).toList();
        }
    }

    /** What the oracle decides for a candidate. {@code unitsNeeded} is -1 when no combination could ever do. */
    record Verdict(boolean achieved, int unitsNeeded, String grade, List<String> endorsements, String smaller,
            String smallerGrade) {
        Verdict(boolean achieved, int unitsNeeded, String grade, List<String> endorsements) {
            this(achieved, unitsNeeded, grade, endorsements, null, null);
        }

        Verdict(boolean achieved, int unitsNeeded, String grade, List<String> endorsements, String[] smaller) {
            this(achieved, unitsNeeded, grade, endorsements, smaller == null ? null : smaller[0],
                    smaller == null ? null : smaller[1]);
        }
    }

    /** The candidate's units: which count, what each brings, its grade, and which count without a pass. */
    private record Units(long usable, long[] credit, String[] grade, long notPassed, long closed) {
    }

    /** Variant v for these units: a rule about passing keeps only the units it is about. */
    private Variant judged(Variant v, Units units) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : v.rules()) {
            long pool = r.pool();
            if (r.ir().outcome() != null) {
                pool &= switch (r.ir().outcome()) {
                    case PASSED -> ~units.notPassed();
                    case NOT_PASSED -> units.notPassed();
                };
            }
            rules.add(new Rule(r.ir(), r.assigned(), pool, r.inclusions(), r.inclusionMins()));
        }
        return new Variant(v.title(), rules);
    }

    /** Whether the candidate holds a unit counted without a pass (the advice is then not compared with the oracle). */
    boolean holdsUnpassed(Candidate candidate, boolean whatIf) {
        return judge(candidate, whatIf).notPassed() != 0;
    }

    /**
     * How many of the candidate's units could be taken again (held as exempt without their credit, or counted without
     * a pass): each choice of them is a search of its own, so tests look for learners with many.
     */
    int retakable(Candidate candidate, boolean whatIf) {
        Units units = judge(candidate, whatIf);
        long again = units.notPassed() & units.usable();
        for (int u = 0; u < n; u++) {
            if ((units.usable() & bit(u)) != 0 && units.credit()[u] == 0 && nominal[u] > 0) {
                again |= bit(u);
            }
        }
        return Long.bitCount(again);
    }

    /** The oracle, a unit closed on its own never added (as the engine does). */
    BruteForceOracle(IrDocument ir) {
        this(ir, true);
    }

    /** The oracle; {@code closedUnitsLeftOut}: whether a unit closed on its own can be added (SEMANTICS.md, "A unit closed on its own"). */
    BruteForceOracle(IrDocument ir, boolean closedUnitsLeftOut) {
        this.closedUnitsLeftOut = closedUnitsLeftOut;
        this.ir = ir;
        this.n = ir.units().size();
        if (n > MAX_UNITS) {
            throw new IllegalArgumentException("the oracle tries every subset: at most " + MAX_UNITS + " units");
        }
        for (IrScale s : ir.scales()) {
            scales.put(s.id(), s);
        }
        nominal = new long[n];
        glh = new long[n];
        tqt = new long[n];
        for (int u = 0; u < n; u++) {
            IrUnit unit = ir.units().get(u);
            index.put(unit.ref(), u);
            nominal[u] = milli(unit.credit());
            glh[u] = milli(unit.glh());
            tqt[u] = milli(unit.tqt());
            List<String> order = unit.gradeOrder();
            if (order.isEmpty() && unit.gradingScale() != null) {
                order = scales.get(unit.gradingScale()).labels();
            }
            gradeOrder.add(order);
        }
        equivalents = new long[ir.equivalents().size()];
        for (int c = 0; c < equivalents.length; c++) {
            equivalents[c] = mask(ir.equivalents().get(c));
        }
        List<Rule> core = rules(ir.rules());
        hasPathways = ir.pathways().stream().anyMatch(p -> p.kind() == IrPathway.Kind.PATHWAY);
        if (!hasPathways) {
            required.add(new Variant(ir.qualification().title(), core));
        }
        ir.smallerQualifications().forEach(s -> {
            smaller.add(new Variant(s.id(), rules(s.rules())));
            smallerGradings.add(s.grading());
        });
        for (IrPathway p : ir.pathways()) {
            List<Rule> all = new ArrayList<>(core);
            all.addAll(rules(p.rules()));
            (p.kind() == IrPathway.Kind.PATHWAY ? required : endorsements).add(new Variant(p.title(), all));
        }
    }

    // ----------------------------------------------------------------------------------------- the verdict

    /**
     * The verdict on the units, then what the qualification {@code requires} beside them (SEMANTICS.md,
     * "Prerequisites and co-requisites"): a learner whose units would do but who lacks a prerequisite qualification
     * or a co-requisite component (or holds it below the level asked) is not achieved, no further unit needed, with no
     * grade or endorsement; a learner short of units stays as short. Either way a smaller qualification of the suite,
     * judged by its own rules alone (it requires nothing of its own in the IR), may be made instead.
     */
    Verdict evaluate(Candidate candidate, boolean whatIf) {
        Verdict byUnits = evaluateUnits(candidate, whatIf);
        Verdict verdict = !byUnits.achieved() || holdsEveryRequisite(candidate, whatIf) ? byUnits
                : new Verdict(false, 0, null, List.of(), smaller(judge(candidate, whatIf)));
        OracleHistory history = history(candidate, whatIf);
        if (history.closing == null || history.keepsAchieved() && verdict.achieved()) {
            return verdict;
        }
        // SEMANTICS.md, "When no unit can count any more": not achieved, no further unit can do; what was achieved in
        // time is kept (a smaller qualification made) unless evaluated after the certification end or registered late
        boolean keeps = history.keepsAchieved();
        return new Verdict(false, 0, null, List.of(), keeps ? verdict.smaller() : null,
                keeps ? verdict.smallerGrade() : null);
    }

    /** The same oracle judging candidates on the evaluation date {@code date} (ISO; null for none). */
    BruteForceOracle on(String date) {
        try {
            BruteForceOracle o = (BruteForceOracle) clone();
            o.on = date;
            return o;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** What the result's timing should say (null without rules on attempts). */
    OracleHistory.Expected timing(Candidate candidate, boolean whatIf) {
        return history(candidate, whatIf).expected();
    }

    /** The units closed to the candidate on their own (SEMANTICS.md, "A unit closed on its own"), as references. */
    List<String> closedUnits(Candidate candidate, boolean whatIf) {
        long closed = history(candidate, whatIf).closedUnits & ~judge(candidate, whatIf).usable();
        List<String> out = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            if ((closed & bit(u)) != 0) {
                out.add(ref(u));
            }
        }
        return out;
    }

    private OracleHistory history(Candidate candidate, boolean whatIf) {
        return new OracleHistory(ir, names(), (u, a) -> judgeEntry(u, a, whatIf), candidate, whatIf, on);
    }

    private UnitNames names() {
        return new UnitNames() {
            @Override
            public int unit(String ref) {
                Integer u = index.get(ref);
                return u == null ? -1 : u;
            }

            @Override
            public List<String> gradeOrder(int u) {
                return gradeOrder.get(u);
            }
        };
    }

    /** Whether the candidate's rows hold everything the qualification requires beside its units. */
    boolean holdsEveryRequisite(Candidate candidate, boolean whatIf) {
        for (IrRequisite r : ir.requisites()) {
            if (!holds(r, candidate, whatIf)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A requisite is held when a row names it, as written or ignoring case and runs of spaces (a planned row only in
     * what-if mode); at a level, the highest level any such row's result names must meet it. A result names a level
     * when it is the level's label or ends in it as its last words ("5", "SCQF level 5", "Level 5"), the longest label
     * it ends in being the one it names; a result naming no level of the framework holds the component at no level.
     */
    private static boolean holds(IrRequisite r, Candidate candidate, boolean whatIf) {
        boolean named = false;
        Integer best = null;
        for (Achievement a : candidate.achievements()) {
            if (!names(r, a, whatIf)) {
                continue;
            }
            named = true;
            if (r.level() == null) {
                continue;
            }
            Integer rank = levelNamed(r, a.result().orElse(""));
            if (rank != null && (best == null || rank > best)) {
                best = rank;
            }
        }
        if (!named) {
            return false;
        }
        return r.level() == null || best != null && r.level().op().test(best, r.level().rank());
    }

    /** Whether a row names the requisite and counts (a planned one only in what-if mode). */
    private static boolean names(IrRequisite r, Achievement a, boolean whatIf) {
        if (!a.unit().equals(r.id()) && !plain(a.unit()).equals(plain(r.id()))) {
            return false;
        }
        String status = a.status().map(x -> x.trim().toLowerCase(Locale.ROOT)).orElse("achieved");
        return !status.equals("planned") || whatIf;
    }

    /** Whether a row holds the requisite by itself: it names it, and at a level when one is asked. */
    static boolean holdsRow(IrRequisite r, Achievement a, boolean whatIf) {
        if (!names(r, a, whatIf)) {
            return false;
        }
        if (r.level() == null) {
            return true;
        }
        Integer rank = levelNamed(r, a.result().orElse(""));
        return rank != null && r.level().op().test(rank, r.level().rank());
    }

    private static Integer levelNamed(IrRequisite r, String result) {
        String said = plain(result);
        Integer rank = null;
        int longest = -1;
        for (org.qdl.runtime.ir.IrLevel l : r.frameworkLevels()) {
            String label = plain(l.label());
            boolean names = said.equals(label) || said.endsWith(" " + label);
            if (names && label.length() > longest) {
                longest = label.length();
                rank = l.rank();
            }
        }
        return rank;
    }

    /** Lower case, trimmed, each run of spaces one space. */
    private static String plain(String s) {
        return s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Verdict evaluateUnits(Candidate candidate, boolean whatIf) {
        Units units = judge(candidate, whatIf);
        long all = (1L << n) - 1;
        List<boolean[]> valid = new ArrayList<>();
        List<Variant> met = new ArrayList<>();
        List<boolean[]> metValid = new ArrayList<>();
        int needed = -1;
        for (Variant v : required) {
            boolean[] table = validTable(v, units);
            valid.add(table);
            boolean achieved = false;
            for (long s = 0; s <= all; s++) {
                if (table[(int) s] && (s & ~units.usable & units.closed) == 0) {
                    int missing = Long.bitCount(s & ~units.usable);
                    needed = needed < 0 ? missing : Math.min(needed, missing);
                    achieved |= missing == 0;
                }
            }
            if (achieved) {
                met.add(v);
                metValid.add(table);
            }
        }
        if (met.isEmpty()) {
            return new Verdict(false, neededTakingExemptAgain(units, needed), null, List.of(), smaller(units));
        }
        String grade = null;
        grading:
        for (IrGradeRule rule : gradeRules()) {
            for (boolean[] table : metValid) {
                for (long s = 0; s <= all; s++) {
                    if (table[(int) s] && (s & ~units.usable) == 0 && meets(rule, s, units)) {
                        grade = rule.grade();
                        break grading;
                    }
                }
            }
        }
        if (grade == null && ir.grading() != null && ir.grading().requiresGrade() && !gradeRules().isEmpty()) {
            // `otherwise not achieved`: the rules are met but no grade is; better grades are missing, not units
            return new Verdict(false, 0, null, List.of(), smaller(units));
        }
        List<String> earned = new ArrayList<>();
        if (hasPathways) {
            met.forEach(v -> earned.add(v.title()));
        }
        for (Variant e : endorsements) {
            boolean[] table = validTable(e, units);
            for (long s = 0; s <= all; s++) {
                if (table[(int) s] && (s & ~units.usable) == 0) {
                    earned.add(e.title());
                    break;
                }
            }
        }
        return new Verdict(true, 0, grade, earned);
    }

    /**
     * The first smaller qualification of the suite whose rules alone some combination of the units meets, and its
     * grade by its own grading: the first grade some such combination meets; one whose grading says `otherwise not
     * achieved` is made only at a grade. {id, grade}, or null.
     */
    private String[] smaller(Units units) {
        for (int i = 0; i < smaller.size(); i++) {
            Variant v = smaller.get(i);
            IrGrading grading = smallerGradings.get(i);
            boolean[] table = validTable(v, units);
            boolean made = false;
            for (long s = 0; s < table.length; s++) {
                made |= table[(int) s] && (s & ~units.usable) == 0;
            }
            if (!made) {
                continue;
            }
            if (grading == null) {
                return new String[] {v.title(), null};
            }
            for (IrGradeRule rule : grading.rules()) {
                for (long s = 0; s < table.length; s++) {
                    if (table[(int) s] && (s & ~units.usable) == 0 && meets(rule, s, units, grading)) {
                        return new String[] {v.title(), rule.grade()};
                    }
                }
            }
            if (!grading.requiresGrade() || grading.rules().isEmpty()) {
                return new String[] {v.title(), null};
            }
        }
        return null;
    }

    /**
     * Why the combination the engine reported (its counted units, each with the requirement it counted for) is
     * not a valid combination of the candidate's units meeting the grade it reported, or empty if it is. A unit
     * reported against a rule that takes units is taken as assigned to it; any other unit counts freely.
     */
    Optional<String> checkCombination(Candidate candidate, boolean whatIf, Result result) {
        Units units = judge(candidate, whatIf);
        Reported reported;
        try {
            reported = reported(result, units);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        long credits = credits(reported.units(), units);
        if (result.credits().compareTo(BigDecimal.valueOf(credits, 3)) != 0) {
            return Optional.of("credits " + result.credits() + " are not the counted units' "
                    + BigDecimal.valueOf(credits, 3).stripTrailingZeros().toPlainString());
        }
        IrGrading.IrPoints tariff = ir.grading() == null ? null : ir.grading().tariff();
        BigDecimal expectedTariff = tariff == null ? null : worth(tariff, reported.units(), units);
        if (expectedTariff == null ? result.tariff() != null
                : result.tariff() == null || result.tariff().compareTo(expectedTariff) != 0) {
            return Optional.of("tariff " + result.tariff() + " is not the counted units' " + expectedTariff);
        }
        List<String> why = new ArrayList<>();
        for (Variant v : required) {
            Optional<String> problem = broken(v, reported, units);
            if (problem.isEmpty()) {
                return gradeProblem(result.grade(), reported.units(), units);
            }
            why.add(v.title() + ": " + problem.get());
        }
        return Optional.of(String.join("; ", why));
    }

    /**
     * Why the reported combination is not the best one (SEMANTICS.md: the most points, then as many units as the
     * rules allow) among the valid combinations meeting its grade, or empty if it is. With pathways it need only
     * be the best of a pathway it is valid for.
     */
    Optional<String> checkBest(Candidate candidate, boolean whatIf, Result result) {
        Units units = judge(candidate, whatIf);
        Reported reported = reported(result, units);
        IrGradeRule rule = result.grade() == null ? null : firstMet(units, result.grade());
        long[] value = value(reported.units(), units);
        List<String> better = new ArrayList<>();
        for (Variant v : required) {
            if (broken(v, reported, units).isPresent()) {
                continue;
            }
            long[] best = value;
            boolean[] table = validTable(v, units);
            for (int s = 0; s < table.length; s++) {
                if (table[s] && (s & ~units.usable) == 0 && withinCap(s, units)
                        && (rule == null || meets(rule, s, units))) {
                    long[] other = value(s, units);
                    if (other[0] > best[0] || other[0] == best[0] && other[1] > best[1]) {
                        best = other;
                    }
                }
            }
            if (best == value) {
                return Optional.empty();
            }
            better.add(v.title() + " has a combination with " + BigDecimal.valueOf(best[0], 3).toPlainString()
                    + " points and " + best[1] + " units");
        }
        return Optional.of("the reported combination has " + BigDecimal.valueOf(value[0], 3).toPlainString()
                + " points and " + value[1] + " units; " + String.join("; ", better));
    }

    /** The reported combination: its units, and the requirement each says it counted for. */
    private record Reported(long units, Map<Integer, String> requirementOf) {
    }

    private Reported reported(Result result, Units units) {
        long s = 0;
        Map<Integer, String> requirementOf = new HashMap<>();
        for (Counted c : result.counted()) {
            Integer u = index.get(c.unit());
            if (u == null) {
                throw new IllegalArgumentException("counted unit " + c.unit() + " is not in the qualification");
            }
            if ((s & bit(u)) != 0) {
                throw new IllegalArgumentException("unit " + c.unit() + " is counted twice");
            }
            if ((units.usable & bit(u)) == 0) {
                throw new IllegalArgumentException("unit " + c.unit() + " is counted but has not been achieved");
            }
            s |= bit(u);
            requirementOf.put(u, c.requirement());
        }
        return new Reported(s, requirementOf);
    }

    /** Why the reported combination breaks variant v, taking each unit as assigned to the rule it names. */
    private Optional<String> broken(Variant compiled, Reported reported, Units units) {
        Variant v = judged(compiled, units);
        List<Rule> slots = v.slots();
        int[] assign = new int[n];
        java.util.Arrays.fill(assign, -1);
        for (Map.Entry<Integer, String> e : reported.requirementOf().entrySet()) {
            for (int j = 0; j < slots.size(); j++) {
                if (slots.get(j).ir().id().equals(e.getValue())) {
                    if ((slots.get(j).pool() & bit(e.getKey())) == 0) {
                        return Optional.of("unit " + ref(e.getKey()) + " counted for " + e.getValue()
                                + ", which does not take it");
                    }
                    assign[e.getKey()] = j;
                }
            }
        }
        return broken(v, reported.units(), assign, units);
    }

    /** The first grade rule (in order) some valid combination of the candidate's units meets: the one graded. */
    private IrGradeRule firstMet(Units units, String grade) {
        long all = (1L << n) - 1;
        for (IrGradeRule rule : gradeRules()) {
            for (Variant v : required) {
                boolean[] table = validTable(v, units);
                for (long s = 0; s <= all; s++) {
                    if (table[(int) s] && (s & ~units.usable) == 0 && meets(rule, s, units)) {
                        if (!rule.grade().equals(grade)) {
                            throw new IllegalStateException("grade " + grade + " is not the first met");
                        }
                        return rule;
                    }
                }
            }
        }
        throw new IllegalStateException("no grade rule is met");
    }

    /**
     * The points (in thousandths) and the number of units of a combination: by the points table, or, with none,
     * by the tariff (SEMANTICS.md: the best combination is then the one worth the most tariff points).
     */
    private long[] value(long s, Units units) {
        BigDecimal points = gradedPoints(s, units);
        IrGrading.IrPoints tariff = ir.grading() == null ? null : ir.grading().tariff();
        if ((ir.grading() == null || ir.grading().points() == null) && tariff != null) {
            points = worth(tariff, s, units);
        }
        return new long[] {points.multiply(BigDecimal.valueOf(MILLI)).longValue(), Long.bitCount(s)};
    }

    /** A tariff's worth of a combination: per credit each unit brings (an exempt unit brings none). */
    private BigDecimal worth(IrGrading.IrPoints tariff, long s, Units units) {
        BigDecimal total = BigDecimal.ZERO;
        for (int u = 0; u < n; u++) {
            BigDecimal each = (s & bit(u)) == 0 ? null : entry(tariff, u, units.grade[u]);
            if (each != null) {
                total = total.add(each.multiply(BigDecimal.valueOf(units.credit[u], 3)));
            }
        }
        return total;
    }

    private Optional<String> gradeProblem(String grade, long s, Units units) {
        if (grade == null) {
            return Optional.empty();
        }
        // several rules may give one grade (a grade table's rows): the counted units meet one of them
        boolean any = false;
        for (IrGradeRule rule : gradeRules()) {
            if (rule.grade().equals(grade)) {
                any = true;
                if (meets(rule, s, units)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(any ? "the counted units do not meet grade " + grade
                : "grade " + grade + " is not one of the grading rules");
    }

    /**
     * SEMANTICS.md: a unit held as exempt brings no credit; taking it again (for its credit) is one further unit. So
     * the least number of further units is the least over every choice of exempt units to take again.
     */
    private int neededTakingExemptAgain(Units units, int needed) {
        long exempt = 0;
        for (int u = 0; u < n; u++) {
            if ((units.usable() & bit(u)) != 0 && units.credit()[u] == 0 && nominal[u] > 0) {
                exempt |= bit(u);
            }
        }
        // a unit counted without a pass may be taken again, to pass it; a unit closed on its own may not
        exempt |= units.notPassed() & units.usable();
        exempt &= ~units.closed();
        long all = (1L << n) - 1;
        for (long again = exempt; again != 0; again = (again - 1) & exempt) {
            long[] credit = units.credit().clone();
            for (int u = 0; u < n; u++) {
                if ((again & bit(u)) != 0) {
                    credit[u] = nominal[u];
                }
            }
            Units retaken = new Units(units.usable() & ~again, credit, units.grade(), units.notPassed() & ~again,
                    units.closed());
            for (Variant v : required) {
                boolean[] table = validTable(v, retaken);
                for (long s = 0; s <= all; s++) {
                    if (table[(int) s] && (s & ~retaken.usable() & retaken.closed()) == 0) {
                        int missing = Long.bitCount(s & ~retaken.usable());
                        needed = needed < 0 ? missing : Math.min(needed, missing);
                    }
                }
            }
        }
        return needed;
    }

    /**
     * Whether the rule {@code ruleId}'s minimums (units and credits) are met in a reported combination of the
     * candidate's own units: by the units counted for it when it claims, by every counted unit of its pool when it
     * bounds. Levels are in the pool already.
     */
    boolean meetsInCombination(Candidate candidate, boolean whatIf, String ruleId, Set<String> countedForIt,
            Set<String> counted) {
        Units units = judge(candidate, whatIf);
        for (Variant compiled : required) {
            Variant v = judged(compiled, units);
            for (Rule r : v.rules()) {
                if (!r.ir().id().equals(ruleId)) {
                    continue;
                }
                long mine = 0;
                for (int u = 0; u < n; u++) {
                    String ref = ir.units().get(u).ref();
                    boolean in = r.assigned() ? countedForIt.contains(ref)
                            : counted.contains(ref) && (pool(r, units) & bit(u)) != 0;
                    mine |= in ? bit(u) : 0;
                }
                long credits = weighed(r.ir(), mine, units);
                IrRule.IrBounds ub = r.ir().units();
                IrRule.IrBounds cb = weighedBounds(r.ir());
                boolean unitsMet = ub == null || ub.min() == null || Long.bitCount(mine) >= ub.min().doubleValue();
                boolean creditsMet = cb == null || cb.min() == null
                        || credits >= milli(cb.min());
                return unitsMet && creditsMet;
            }
        }
        return true;
    }

    /**
     * The minimal completions, from SEMANTICS.md alone: the sets of units the candidate does not count (never one
     * held as exempt) whose addition makes a valid combination with the fewest such units. Each as unit refs.
     */
    Set<Set<String>> minimalCompletions(Candidate candidate, boolean whatIf) {
        Units units = judge(candidate, whatIf);
        long all = (1L << n) - 1;
        int least = Integer.MAX_VALUE;
        Set<Long> sets = new HashSet<>();
        for (Variant v : required) {
            boolean[] table = validTable(v, units);
            for (long s = 0; s <= all; s++) {
                if (table[(int) s] && (s & ~units.usable() & units.closed()) == 0) {
                    long added = s & ~units.usable();
                    int missing = Long.bitCount(added);
                    if (missing < least) {
                        least = missing;
                        sets.clear();
                    }
                    if (missing == least) {
                        sets.add(added);
                    }
                }
            }
        }
        Set<Set<String>> out = new HashSet<>();
        for (long added : sets) {
            Set<String> refs = new HashSet<>();
            for (int u = 0; u < n; u++) {
                if ((added & bit(u)) != 0) {
                    refs.add(ir.units().get(u).ref());
                }
            }
            out.add(refs);
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------- the candidate

    /**
     * The candidate's units: the entry that stands for each (SEMANTICS.md: without rules on attempts the better of two
     * entries, with them the best attempt they allow, never one before the gateway: {@link OracleHistory}), and,
     * when the switch is on, the units closed on their own.
     */
    private Units judge(Candidate candidate, boolean whatIf) {
        OracleHistory history = history(candidate, whatIf);
        long usable = 0;
        long[] credit = nominal.clone();
        String[] grade = new String[n];
        long notPassed = 0;
        for (int u = 0; u < n; u++) {
            OracleHistory.Judged j = history.standing[u];
            if (j == null) {
                continue;
            }
            grade[u] = j.grade();
            if (j.counts()) {
                usable |= bit(u);
                notPassed |= j.passed() ? 0 : bit(u);
                credit[u] = j.credit() ? nominal[u] : 0;
            }
        }
        return new Units(usable, credit, grade, notPassed & usable, closedUnitsLeftOut ? history.closedUnits : 0);
    }

    /** One entry of unit u on its own: whether it counts, passes, brings the unit's credit, and its grade. */
    private OracleHistory.Judged judgeEntry(int u, Achievement a, boolean whatIf) {
        if (!a.criteria().isEmpty()) {
            throw new IllegalArgumentException("the oracle does not judge criterion ratings");
        }
        String status = a.status().orElse("achieved").trim().toLowerCase(Locale.ROOT);
        boolean counts = switch (status) {
            case "achieved", "rpl", "exempt" -> true;
            case "planned" -> whatIf;
            default -> false;
        };
        IrUnit unit = ir.units().get(u);
        String grade = null;
        boolean passed = true;
        if (a.result().isPresent()) {
            IrScale scale = unit.gradingScale() == null ? null : scales.get(unit.gradingScale());
            String label = markLabel(scale, a.result().get());
            counts &= scale != null && scale.isRecorded(label);
            grade = scale != null && scale.labels().contains(label) ? label : null;
            passed = counts && scale.achieved().contains(label);
        }
        return new OracleHistory.Judged(counts, counts && passed, !status.equals("exempt"), grade,
                status.equals("planned"));
    }

    /**
     * A result on a scale of marks (`32`, `71%`) as the label it gives: the highest whose least mark it reaches;
     * a mark out of range is no label; any other result is itself.
     */
    private static String markLabel(IrScale scale, String given) {
        if (scale == null || scale.marks() == null) {
            return given;
        }
        String s = given.trim();
        boolean percent = s.endsWith("%");
        BigDecimal mark;
        try {
            mark = new BigDecimal(percent ? s.substring(0, s.length() - 1).trim() : s);
        } catch (NumberFormatException e) {
            return given;
        }
        if (percent) {
            mark = mark.multiply(scale.marks()).divide(BigDecimal.valueOf(100));
        }
        if (mark.signum() < 0 || mark.compareTo(scale.marks()) > 0) {
            return "";
        }
        String label = scale.labels().get(0);
        for (String l : scale.labels()) {
            BigDecimal from = scale.from().get(l);
            if (from != null && mark.compareTo(from) >= 0) {
                label = l;
            }
        }
        return label;
    }

    // ----------------------------------------------------------------------------------------- validity

    /** For every subset of the units (as a bit mask), whether it is a valid combination of variant v. */
    private boolean[] validTable(Variant compiled, Units units) {
        Variant v = judged(compiled, units);
        boolean[] table = new boolean[1 << n];
        List<Rule> slots = v.slots();
        for (int s = 0; s < table.length; s++) {
            table[s] = totalsHold(v, s, units) && assignable(slots, s, units);
        }
        return table;
    }

    /** Everything that does not depend on the assignment: sums over all counted units, maxima, equivalents. */
    private boolean totalsHold(Variant v, long s, Units units) {
        for (Rule r : v.rules()) {
            if (r.ir().gate() != null && (s & gated(r.ir().gate())) == 0) {
                // a gate asks nothing of a combination that counts none of the units it gates
                continue;
            }
            long counted = s & pool(r, units);
            long count = Long.bitCount(counted);
            long credits = weighed(r.ir(), counted, units);
            IrRule.IrBounds u = r.ir().units();
            IrRule.IrBounds c = weighedBounds(r.ir());
            if (u != null && u.max() != null && count > u.max().longValueExact()
                    || c != null && c.max() != null && credits > milli(c.max())) {
                return false;
            }
            if (!r.assigned()) {
                if (u != null && u.min() != null && count < u.min().longValueExact()
                        || c != null && c.min() != null && credits < milli(c.min())) {
                    return false;
                }
                for (int i = 0; i < r.inclusions().length; i++) {
                    if (Long.bitCount(counted & r.inclusions()[i]) < r.inclusionMins()[i]) {
                        return false;
                    }
                }
            }
        }
        for (long cls : equivalents) {
            if (Long.bitCount(s & cls) > 1) {
                return false;
            }
        }
        return true;
    }

    /** Whether the units of s can be assigned to the slots (each unit to at most one) so that every slot is met. */
    private boolean assignable(List<Rule> slots, long s, Units units) {
        int[] assign = new int[n];
        java.util.Arrays.fill(assign, -1);
        int[] order = new int[Long.bitCount(s)];
        int k = 0;
        for (int u = 0; u < n; u++) {
            if ((s & bit(u)) != 0) {
                order[k++] = u;
            }
        }
        return place(slots, order, 0, assign, units);
    }

    /**
     * Tries every assignment of order[k..] (to each slot whose pool has the unit, or to none). Stops early when
     * the assignment so far already meets every slot, and gives up on a branch when the units left could not
     * meet some slot's minimum even if all were assigned to it.
     */
    private boolean place(List<Rule> slots, int[] order, int k, int[] assign, Units units) {
        if (slotsMet(slots, assign, units)) {
            return true;
        }
        if (k == order.length) {
            return false;
        }
        long rest = 0;
        for (int i = k; i < order.length; i++) {
            rest |= bit(order[i]);
        }
        for (int j = 0; j < slots.size(); j++) {
            if (!couldStillMeet(slots.get(j), j, assign, rest, units)) {
                return false;
            }
        }
        int u = order[k];
        for (int j = 0; j < slots.size(); j++) {
            if ((slots.get(j).pool() & bit(u)) != 0) {
                assign[u] = j;
                if (place(slots, order, k + 1, assign, units)) {
                    return true;
                }
            }
        }
        assign[u] = -1;
        return place(slots, order, k + 1, assign, units);
    }

    private boolean slotsMet(List<Rule> slots, int[] assign, Units units) {
        for (int j = 0; j < slots.size(); j++) {
            if (!slotMet(slots.get(j), mine(j, assign), units)) {
                return false;
            }
        }
        return true;
    }

    private boolean couldStillMeet(Rule slot, int j, int[] assign, long rest, Units units) {
        return slotMet(slot, mine(j, assign) | rest & slot.pool(), units);
    }

    private boolean slotMet(Rule slot, long assigned, Units units) {
        IrRule.IrBounds u = slot.ir().units();
        IrRule.IrBounds c = weighedBounds(slot.ir());
        if (u != null && u.min() != null && Long.bitCount(assigned) < u.min().longValueExact()) {
            return false;
        }
        if (c != null && c.min() != null && weighed(slot.ir(), assigned, units) < milli(c.min())) {
            return false;
        }
        for (int i = 0; i < slot.inclusions().length; i++) {
            if (Long.bitCount(assigned & slot.inclusions()[i]) < slot.inclusionMins()[i]) {
                return false;
            }
        }
        return true;
    }

    private long mine(int j, int[] assign) {
        long m = 0;
        for (int u = 0; u < n; u++) {
            if (assign[u] == j) {
                m |= bit(u);
            }
        }
        return m;
    }

    /** Why combination s with this assignment (slot index per unit, -1 for none) breaks variant v, if it does. */
    private Optional<String> broken(Variant v, long s, int[] assign, Units units) {
        if (!totalsHold(v, s, units)) {
            return Optional.of("a total, maximum, level rule, barred set or equivalence does not hold");
        }
        List<Rule> slots = v.slots();
        for (int j = 0; j < slots.size(); j++) {
            if (!slotMet(slots.get(j), mine(j, assign) & s, units)) {
                return Optional.of("rule " + slots.get(j).ir().id() + " is not met by the units counted for it");
            }
        }
        return Optional.empty();
    }

    /** The units at a gate's level: they count only in a combination that meets the gate's rule. */
    private long gated(IrRule.IrLevelFilter gate) {
        long m = 0;
        for (int u = 0; u < n; u++) {
            IrUnit unit = ir.units().get(u);
            if (unit.level() != null && gate.op().test(unit.level().rank(), gate.rank())) {
                m |= bit(u);
            }
        }
        return m;
    }

    // ----------------------------------------------------------------------------------------- grades

    private List<IrGradeRule> gradeRules() {
        return ir.grading() == null ? List.of() : ir.grading().rules();
    }

    private boolean meets(IrGradeRule rule, long s, Units units) {
        return meets(rule, s, units, null);
    }

    /**
     * Whether combination s meets a grade rule: of the qualification's grading (smallerGrading null: with its choice of
     * the credits graded), or of a smaller qualification's own, over every unit of s.
     */
    private boolean meets(IrGradeRule rule, long s, Units units, IrGrading smallerGrading) {
        if (smallerGrading == null && !withinCap(s, units)) {
            return false;
        }
        IrGrading grading = smallerGrading == null ? ir.grading() : smallerGrading;
        if (rule.when() == null) {
            return true;
        }
        long looked = smallerGrading == null ? lookedAt(s) : s;
        int size = Long.bitCount(looked);
        for (IrCondition.IrAtom atom : rule.when().all()) {
            int graded = 0;
            long credits = 0;   // thousandths, of units graded so at the atom's level
            // a points condition over a pool counts the pool's looked-at units (the validator keeps pools from the
            // best so many credits); without one, the points the grade is worked out from
            BigDecimal points = atom.pool() != null ? BigDecimal.ZERO : smallerGrading == null ? gradedPoints(s, units)
                    : allPoints(s, units, smallerGrading);
            for (int u = 0; u < n; u++) {
                if ((looked & bit(u)) != 0) {
                    graded += graded(u, atom, units) ? 1 : 0;
                    credits += graded(u, atom, units) && atLevel(u, atom.level()) ? units.credit[u] : 0;
                    points = atom.pool() != null && inPool(u, atom) ? points.add(points(u, units.grade[u], grading))
                            : points;
                }
            }
            boolean ok = switch (atom.kind()) {
                case EVERY_UNIT -> graded == size;
                case SOME_UNITS -> atom.percent()
                        ? BigDecimal.valueOf(graded * 100L).compareTo(atom.count().multiply(BigDecimal.valueOf(size))) >= 0
                        : BigDecimal.valueOf(graded).compareTo(atom.count()) >= 0;
                case SOME_CREDITS -> BigDecimal.valueOf(credits, 3).compareTo(atom.count()) >= 0;
                case POINTS -> points.compareTo(atom.points()) >= 0;
                case UNIT_GRADED -> {
                    int u = index.get(atom.unit());
                    yield (s & bit(u)) != 0 && graded(u, atom, units);
                }
                case EVERY_CRITERION, SOME_CRITERIA -> throw new IllegalArgumentException("not a grade condition: "
                        + atom.kind());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The points of every unit of s by a grading's table (a smaller qualification's). */
    private BigDecimal allPoints(long s, Units units, IrGrading grading) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int u = 0; u < n; u++) {
            if ((s & bit(u)) != 0) {
                sum = sum.add(points(u, units.grade[u], grading));
            }
        }
        return sum;
    }

    /** Whether unit u's points count for a points atom: it is in the atom's pool, or equivalent to a unit there. */
    private boolean inPool(int u, IrCondition.IrAtom atom) {
        if (atom.pool() == null) {
            return true;
        }
        String ref = ir.units().get(u).ref();
        if (atom.pool().contains(ref)) {
            return true;
        }
        return ir.equivalents().stream().anyMatch(cls -> cls.contains(ref) && cls.stream().anyMatch(atom.pool()::contains));
    }

    // ----------------------------------------------------------------------------------------- credits graded

    private IrGrading.IrSelection selection() {
        return ir.grading() == null ? null : ir.grading().selection();
    }

    /** SEMANTICS.md: a combination is graded only when it has at most the selection's credits. */
    private boolean withinCap(long s, Units units) {
        IrGrading.IrSelection sel = selection();
        return sel == null || sel.cap() == null || credits(s, units) <= milli(sel.cap());
    }

    /** The units of s the grade looks at: those at the selection's level, and those it includes. */
    private long lookedAt(long s) {
        IrGrading.IrSelection sel = selection();
        if (sel == null) {
            return s;
        }
        long out = 0;
        for (int u = 0; u < n; u++) {
            if ((s & bit(u)) != 0 && (atLevel(u, sel.level()) || sel.including().contains(ref(u)))) {
                out |= bit(u);
            }
        }
        return out;
    }

    /**
     * The points the grade is worked out from. Without a number of credits: every looked-at unit's points. With
     * one: the most, over every choice of looked-at units graded whole (the included ones always) and at most one
     * more graded in part, whose credits come to the number (or all they have, if fewer).
     */
    private BigDecimal gradedPoints(long s, Units units) {
        IrGrading.IrSelection sel = selection();
        long looked = lookedAt(s);
        if (sel == null || sel.best() == null) {
            BigDecimal points = BigDecimal.ZERO;
            for (int u = 0; u < n; u++) {
                if ((looked & bit(u)) != 0) {
                    points = points.add(points(u, units.grade[u]));
                }
            }
            return points;
        }
        long forced = 0;
        for (int u = 0; u < n; u++) {
            if ((looked & bit(u)) != 0 && sel.including().contains(ref(u))) {
                forced |= bit(u);
            }
        }
        long free = looked & ~forced;
        BigDecimal base = BigDecimal.ZERO;
        for (int u = 0; u < n; u++) {
            if ((forced & bit(u)) != 0) {
                base = base.add(perCredit(u, units).multiply(BigDecimal.valueOf(units.credit[u], 3)));
            }
        }
        long best = milli(sel.best());
        long room = best - credits(forced, units);
        if (room <= 0) {
            return base;
        }
        long all = credits(free, units);
        BigDecimal top = null;
        for (long t = free; ; t = (t - 1) & free) {
            long whole = credits(t, units);
            if (whole <= room) {
                BigDecimal value = base;
                for (int u = 0; u < n; u++) {
                    if ((t & bit(u)) != 0) {
                        value = value.add(perCredit(u, units).multiply(BigDecimal.valueOf(units.credit[u], 3)));
                    }
                }
                // the rest of the room, from one unit not graded whole (or none, when every credit fits)
                long left = Math.min(room, all) - whole;
                BigDecimal bestPart = left == 0 ? BigDecimal.ZERO : null;
                for (int u = 0; u < n; u++) {
                    if ((free & ~t & bit(u)) != 0 && units.credit[u] >= left) {
                        BigDecimal part = perCredit(u, units).multiply(BigDecimal.valueOf(left, 3));
                        bestPart = bestPart == null || part.compareTo(bestPart) > 0 ? part : bestPart;
                    }
                }
                if (bestPart != null) {
                    value = value.add(bestPart);
                    top = top == null || value.compareTo(top) > 0 ? value : top;
                }
            }
            if (t == 0) {
                break;
            }
        }
        return top == null ? base : top;
    }

    /** The table's points for one credit of unit u at its grade (a table per credit). */
    private BigDecimal perCredit(int u, Units units) {
        BigDecimal each = entry(ir.grading().points(), u, units.grade[u]);
        return each == null ? BigDecimal.ZERO : each;
    }

    /** The credits graded as the result lists them: each a listed, counted, looked-at unit, at most its credit. */
    Optional<String> checkGraded(Candidate candidate, boolean whatIf, Result result) {
        IrGrading.IrSelection sel = selection();
        if (sel == null || !result.achieved()) {
            return result.graded().isEmpty() ? Optional.empty() : Optional.of("credits graded without a selection");
        }
        Units units = judge(candidate, whatIf);
        Reported reported = reported(result, units);
        if (!withinCap(reported.units(), units)) {
            return result.graded().isEmpty() ? Optional.empty()
                    : Optional.of("credits graded from a combination over the selection's cap");
        }
        long looked = lookedAt(reported.units());
        if (sel.best() == null) {
            // every looked-at counted unit that brings credit, whole
            Map<String, BigDecimal> expected = new HashMap<>();
            for (int u = 0; u < n; u++) {
                if ((looked & bit(u)) != 0 && units.credit[u] > 0) {
                    expected.put(ref(u), BigDecimal.valueOf(units.credit[u], 3));
                }
            }
            Map<String, BigDecimal> got = new HashMap<>();
            result.graded().forEach(g -> got.put(g.unit(), g.credits()));
            boolean same = expected.keySet().equals(got.keySet())
                    && expected.entrySet().stream().allMatch(e -> e.getValue().compareTo(got.get(e.getKey())) == 0);
            return same ? Optional.empty() : Optional.of("graded " + got + ", expected " + expected);
        }
        BigDecimal points = BigDecimal.ZERO;
        long total = 0;
        for (org.qdl.runtime.result.GradedCredit g : result.graded()) {
            Integer u = index.get(g.unit());
            if (u == null || (looked & bit(u)) == 0) {
                return Optional.of("unit " + g.unit() + " is graded but not a counted unit the grade looks at");
            }
            long c = milli(g.credits());
            if (c <= 0 || c > units.credit[u]) {
                return Optional.of("unit " + g.unit() + " is graded for " + g.credits() + " credits");
            }
            total += c;
            points = points.add(sel.best() == null ? points(u, units.grade[u])
                    : perCredit(u, units).multiply(g.credits()));
        }
        if (sel.best() != null && total != Math.min(Math.max(milli(sel.best()), credits(lookedAtIncluded(looked), units)),
                credits(looked, units))) {
            return Optional.of("the graded credits come to " + BigDecimal.valueOf(total, 3).toPlainString());
        }
        BigDecimal expected = gradedPoints(reported.units(), units);
        return points.compareTo(expected) == 0 ? Optional.empty()
                : Optional.of("the graded credits are worth " + points + ", not the best " + expected);
    }

    private long lookedAtIncluded(long looked) {
        long out = 0;
        for (int u = 0; u < n; u++) {
            if ((looked & bit(u)) != 0 && selection().including().contains(ref(u))) {
                out |= bit(u);
            }
        }
        return out;
    }

    private boolean atLevel(int u, IrRule.IrLevelFilter level) {
        IrUnit unit = ir.units().get(u);
        return level == null || unit.level() != null && level.op().test(unit.level().rank(), level.rank());
    }

    private boolean graded(int u, IrCondition.IrAtom atom, Units units) {
        String g = units.grade[u];
        List<String> order = gradeOrder.get(u);
        if (g == null || atom.label() == null || !order.contains(g) || !order.contains(atom.label())) {
            return false;
        }
        int rank = order.indexOf(g);
        int bound = order.indexOf(atom.label());
        return (atom.direction() == null ? IrComparison.EQ : atom.direction()).test(rank, bound);
    }

    /** A row for the unit's level (or GLH) that has the grade, else a row for any unit; per credit or per unit. */
    private BigDecimal points(int u, String grade) {
        return points(u, grade, ir.grading());
    }

    private BigDecimal points(int u, String grade, IrGrading grading) {
        IrGrading.IrPoints table = grading == null ? null : grading.points();
        BigDecimal each = table == null ? null : entry(table, u, grade);
        if (each == null) {
            return BigDecimal.ZERO;
        }
        IrUnit unit = ir.units().get(u);
        BigDecimal credit = unit.credit() == null ? BigDecimal.ZERO : unit.credit();
        return table.per() == IrGrading.IrPoints.Per.CREDIT ? each.multiply(credit) : each;
    }

    /** The table's entry for unit u at a grade: its level's (or GLH's) row first, then a row with no key. */
    private BigDecimal entry(IrGrading.IrPoints table, int u, String grade) {
        if (grade == null) {
            return null;
        }
        IrUnit unit = ir.units().get(u);
        BigDecimal each = null;
        for (IrGrading.IrPointsRow row : table.rows()) {
            boolean keyed = row.levelRank() != null || row.glh() != null;
            boolean level = row.levelRank() == null || unit.level() != null && unit.level().rank() == row.levelRank();
            boolean glh = row.glh() == null || unit.glh() != null && unit.glh().compareTo(row.glh()) == 0;
            if (keyed && level && glh && each == null) {
                each = entry(row, grade);
            }
        }
        for (IrGrading.IrPointsRow row : table.rows()) {
            if (row.levelRank() == null && row.glh() == null && each == null) {
                each = entry(row, grade);
            }
        }
        return each;
    }

    private static BigDecimal entry(IrGrading.IrPointsRow row, String grade) {
        return row.entries().stream().filter(e -> e.grade().equals(grade)).map(IrGrading.IrPointsEntry::points)
                .findFirst().orElse(null);
    }

    // ----------------------------------------------------------------------------------------- building

    private List<Rule> rules(List<IrRule> irRules) {
        List<Rule> out = new ArrayList<>();
        for (IrRule r : irRules) {
            long pool = r.pool() == null ? (1L << n) - 1 : mask(r.pool());
            pool = closed(pool);
            if (r.level() != null) {
                for (int u = 0; u < n; u++) {
                    IrUnit unit = ir.units().get(u);
                    boolean at = unit.level() != null && r.level().op().test(unit.level().rank(), r.level().rank());
                    if (!at) {
                        pool &= ~bit(u);
                    }
                }
            }
            if (r.unitCredits() != null) {
                for (int u = 0; u < n; u++) {
                    BigDecimal credit = ir.units().get(u).credit() == null ? BigDecimal.ZERO : ir.units().get(u).credit();
                    if (r.unitCredits().stream().noneMatch(size -> size.compareTo(credit) == 0)) {
                        pool &= ~bit(u);
                    }
                }
            }
            long[] incl = new long[r.including().size()];
            int[] mins = new int[incl.length];
            for (int i = 0; i < incl.length; i++) {
                incl[i] = closed(mask(r.including().get(i).anyOf()));
                mins[i] = r.including().get(i).min();
            }
            out.add(new Rule(r, r.counting() == IrRule.Counting.CLAIMS, pool, incl, mins));
        }
        return out;
    }

    /**
     * The units a rule counts for this candidate: its pool, and for a rule on graded units only those graded so —
     * the candidate's units by their grades, a unit not held by whether it could be achieved at such a grade at all.
     */
    private long pool(Rule r, Units units) {
        IrRule.IrGraded g = r.ir().graded();
        if (g == null) {
            return r.pool();
        }
        long out = 0;
        for (int u = 0; u < n; u++) {
            List<String> order = gradeOrder.get(u);
            int bound = order.indexOf(g.label());
            boolean so;
            if ((units.usable() & bit(u)) != 0) {
                String grade = units.grade()[u];
                so = grade != null && bound >= 0 && order.contains(grade) && g.op().test(order.indexOf(grade), bound);
            } else {
                so = false;
                for (int rank = 0; rank < order.size() && bound >= 0; rank++) {
                    so |= g.op().test(rank, bound);
                }
            }
            out |= so ? bit(u) : 0;
        }
        return r.pool() & out;
    }

    /** Adds to a set of units every unit equivalent to one of them: either satisfies a rule naming the other. */
    private long closed(long units) {
        long out = units;
        for (long cls : equivalents) {
            if ((units & cls) != 0) {
                out |= cls;
            }
        }
        return out;
    }

    private long mask(List<String> refs) {
        long m = 0;
        for (String ref : refs) {
            m |= bit(index.get(ref));
        }
        return m;
    }

    /** A rule's bounds on what it weighs: credits, or guided learning hours, or total qualification time. */
    private static IrRule.IrBounds weighedBounds(IrRule r) {
        return r.credits() != null ? r.credits() : r.glh() != null ? r.glh() : r.tqt();
    }

    /**
     * What the units weigh for a rule: their credits (as judged: an exempt unit brings none), or, for a rule on hours,
     * each unit's own hours as the IR gives them.
     */
    private long weighed(IrRule r, long units, Units judged) {
        long[] hours = r.glh() != null ? glh : r.tqt() != null ? tqt : null;
        if (hours == null) {
            return credits(units, judged);
        }
        long sum = 0;
        for (int u = 0; u < n; u++) {
            if ((units & bit(u)) != 0) {
                sum += hours[u];
            }
        }
        return sum;
    }

    private long credits(long units, Units judged) {
        long sum = 0;
        for (int u = 0; u < n; u++) {
            if ((units & bit(u)) != 0) {
                sum += judged.credit[u];
            }
        }
        return sum;
    }

    private String ref(int u) {
        return ir.units().get(u).ref();
    }

    private static long bit(int u) {
        return 1L << u;
    }

    private static long milli(BigDecimal credits) {
        return credits == null ? 0 : credits.multiply(BigDecimal.valueOf(MILLI)).longValueExact();
    }
}
