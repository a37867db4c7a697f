package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.candidate.Status;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.UnitResult;
import org.qdl.runtime.text.Days;
import org.qdl.runtime.text.IsoDate;
import org.qdl.runtime.text.Spelling;

/**
 * What a candidate's listed units amount to, unit by unit: achieved or not (and why), the unit's grade, its
 * status, the credit it brings. Problems with the input (unknown units, duplicates, unknown labels) are collected
 * here and never stop the evaluation.
 */
final class Judgement {
    static final String[] STATUS_WORDS = java.util.Arrays.stream(Status.values()).map(Status::word)
            .toArray(String[]::new);

    /** Counts in this evaluation (achieved, or planned in what-if mode). */
    final boolean[] usable;
    /** Per unit: {@link #LISTED} and {@link #CERTIFIABLE} (achieved outright, so certificated on its own). */
    private final byte[] flags;
    private static final byte LISTED = 1;
    private static final byte CERTIFIABLE = 2;
    private static final byte EXEMPT = 4;
    /** Per unit: counted though not passed (a recorded result such as U); null until some unit is. */
    private boolean[] notPassed;
    /** Per unit its grade; null until some unit has one. */
    private String[] grade;
    /**
     * Per unit: the credit it brings, exempt units none; a unit not achieved would bring its full credit. The
     * qualification's own array (not to be written) until an exempt unit needs a copy.
     */
    long[] credit;
    /** Unit indices in the order the candidate first listed them. */
    final int[] order;
    /** How many units are usable. */
    final int usableCount;
    /** Problems with the input, in the order found; null until there is one (most candidates have none). */
    private List<Problem> problems;
    /** Per listed unit, in {@link #order}: the unit as the engine understood it (a {@code UnitResult}). */
    final Object[] unitResults;

    /**
     * The day the candidate met the end-point assessment's gateway: the last of the days its items were held (each
     * item on its earliest dated row that meets it), or {@link Days#NONE} when no item held is dated. An item held on
     * a row with no date is not held against the candidate.
     */
    final long gatewayDay;

    /** What the rules on time and attempts made of the candidate's attempts; null when the spec has none. */
    org.qdl.runtime.result.Timing timing;

    /**
     * Per unit: why it is closed to the learner (no further attempt at it could be allowed), for a unit they do not hold
     * outright; null until some unit is (most learners have none).
     */
    private org.qdl.runtime.result.ClosedUnit[] closed;

    /** Unit u, which the learner does not hold outright, can never be taken (again): {@code why}. */
    void close(int u, org.qdl.runtime.result.ClosedUnit why) {
        if (closed == null) {
            closed = new org.qdl.runtime.result.ClosedUnit[q.units.length];
        }
        closed[u] = why;
    }

    /** Whether unit u is closed to the learner: it can be neither added nor taken again. */
    boolean closed(int u) {
        return closed != null && closed[u] != null;
    }

    /** Why unit u is closed, or null. */
    org.qdl.runtime.result.ClosedUnit closedWhy(int u) {
        return closed == null ? null : closed[u];
    }

    /** Whether some unit is closed to the learner. */
    boolean anyClosed() {
        return closed != null;
    }

    /**
     * Whether the learner holds unit u outright, so that it is never a further unit: it counts, with its credit, and
     * passed where some rule is about passing (not held exempt, nor counted without a pass where that matters).
     */
    boolean heldOutright(int u) {
        return usable[u] && !(credit[u] == 0 && q.nominalCredit[u] > 0) && !(q.outcomeRules && notPassed(u));
    }

    private final CompiledQualification q;
    private final boolean whatIf;
    private int[] listedOrder;
    private int listedCount;

    /** Judges the candidate's units in the thread's working memory (which must be clean: see {@link Scratch}). */
    Judgement(CompiledQualification q, Candidate candidate, boolean whatIf, Scratch scratch) {
        this(q, candidate, whatIf, null, scratch);
    }

    /**
     * Judges the candidate's units on the evaluation date {@code on} (ISO, or null): with rules on attempts, each
     * unit's entries are its attempts, and the best one the rules allow stands for it.
     */
    Judgement(CompiledQualification q, Candidate candidate, boolean whatIf, String on, Scratch scratch) {
        this.q = q;
        this.whatIf = whatIf;
        usable = scratch.usable;
        flags = scratch.flags;
        credit = q.nominalCredit;
        // gathered in the thread's memory: the result copies them into its own list
        unitResults = scratch.items(Scratch.UNIT_RESULTS, candidate.achievements().size());
        listedOrder = new int[candidate.achievements().size()];
        // registered before any entry is written, so that the memory is given back clean whatever happens
        scratch.listed(listedOrder);
        if (!candidate.problems().isEmpty()) {
            problems = new ArrayList<>(candidate.problems());
        }
        List<Achievement> achievements = candidate.achievements();
        gatewayDay = q.hasGateway ? gatewayDay(achievements) : Days.NONE;
        if (q.attempts == null) {
            for (int i = 0; i < achievements.size(); i++) {
                judge(achievements.get(i));
            }
        } else {
            timing = new AttemptHistory(this, q.attempts, candidate, on).read();
        }
        order = listedCount == listedOrder.length ? listedOrder : java.util.Arrays.copyOf(listedOrder, listedCount);
        int count = 0;
        for (int u : order) {
            count += usable[u] ? 1 : 0;
        }
        usableCount = count;
    }

    /**
     * Per requisite of the qualification (a prerequisite qualification, a co-requisite component): the best the
     * candidate's rows hold, {@link RequisiteInfo#NOT_HELD}, {@link RequisiteInfo#NO_LEVEL} or a level's rank; null
     * until a row names one (most qualifications have none).
     */
    private int[] requisitesHeld;

    /** What the candidate holds of requisite i. */
    int requisiteHeld(int i) {
        return requisitesHeld == null ? RequisiteInfo.NOT_HELD : requisitesHeld[i];
    }

    /** A row naming a requisite rather than a unit: held (a planned one only in what-if mode), at the level it gives. */
    private void requisite(int i, Achievement a) {
        RequisiteInfo r = q.requisites.get(i);
        if (!counts(a)) {
            return;
        }
        if (a.date().isPresent() && !a.date().get().isBlank() && !IsoDate.isDate(a.date().get().trim())) {
            problem(new Problem(Problem.Kind.INVALID_DATE, r.id(), null, a.date().get(), List.of(), null), a);
        }
        int level = levelGiven(r, a);
        if (r.needsLevel() && level == RequisiteInfo.NO_LEVEL) {
            String given = a.result().map(String::trim).orElse("");
            problem(given.isEmpty() ? Problem.of(Problem.Kind.REQUISITE_LEVEL_MISSING, r.id())
                    : new Problem(Problem.Kind.REQUISITE_LEVEL_UNKNOWN, r.id(), null, given, r.levelLabels(), null), a);
        }
        if (requisitesHeld == null) {
            requisitesHeld = new int[q.requisites.size()];
            java.util.Arrays.fill(requisitesHeld, RequisiteInfo.NOT_HELD);
        }
        requisitesHeld[i] = Math.max(requisitesHeld[i], level);
    }

    /** The day the gateway was met, from the rows naming its items (see {@link #gatewayDay}). */
    private long gatewayDay(List<Achievement> achievements) {
        int n = q.requisites.size();
        long[] earliest = new long[n];
        java.util.Arrays.fill(earliest, Long.MAX_VALUE);
        boolean[] undated = new boolean[n];
        for (Achievement a : achievements) {
            int i = unitOf(a) >= 0 ? -1 : q.requisite(a.unit() == null ? "" : a.unit().trim());
            if (i < 0 || !q.requisites.get(i).gateway() || !counts(a)) {
                continue;
            }
            RequisiteInfo r = q.requisites.get(i);
            if (!r.metAt(levelGiven(r, a))) {
                continue;
            }
            long day = Days.of(a.date().orElse(null));
            if (day == Days.NONE) {
                undated[i] = true;
            } else {
                earliest[i] = Math.min(earliest[i], day);
            }
        }
        long met = Days.NONE;
        for (int i = 0; i < n; i++) {
            if (!undated[i] && earliest[i] != Long.MAX_VALUE) {
                met = Math.max(met, earliest[i]);
            }
        }
        return met;
    }

    /** Whether a row counts in this evaluation: not planned, or planned in what-if mode. */
    private boolean counts(Achievement a) {
        Optional<Status> status = a.status().flatMap(Status::parse);
        return status.isEmpty() || status.get() != Status.PLANNED || whatIf;
    }

    /** The level a requisite's row gives ({@link RequisiteInfo#NO_LEVEL} when it needs none or gives none it knows). */
    private static int levelGiven(RequisiteInfo r, Achievement a) {
        if (!r.needsLevel()) {
            return RequisiteInfo.NO_LEVEL;
        }
        String given = a.result().map(String::trim).orElse("");
        return given.isEmpty() ? RequisiteInfo.NO_LEVEL : r.rankOf(given);
    }

    /**
     * Whether an entry is dated before the day the gateway was met: an assessment taken before the gateway does not
     * count (an entry with no date is not held against the candidate).
     */
    boolean beforeGateway(Achievement a) {
        if (gatewayDay == Days.NONE) {
            return false;
        }
        long day = Days.of(a.date().orElse(null));
        return day != Days.NONE && day < gatewayDay;
    }

    /** The problem E020 for a unit's entry that would have counted but was taken before the gateway. */
    void takenBeforeGateway(UnitInfo unit, Achievement a) {
        problem(new Problem(Problem.Kind.BEFORE_GATEWAY, unit.ref, null, a.date().map(String::trim).orElse(null),
                List.of(Days.iso(gatewayDay)), null, a.line()));
    }

    /** A problem with the entry {@code a}, at its row or record in the input. */
    private void problem(Problem p, Achievement a) {
        problem(p.at(a.line()));
    }

    private void problem(Problem p) {
        if (problems == null) {
            problems = new ArrayList<>(2);
        }
        problems.add(p);
    }

    UnitInfo unitInfo(int u) {
        return q.units[u];
    }

    /** Problems with the input, in the order found. */
    List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }

    boolean certifiable(int u) {
        return (flags[u] & CERTIFIABLE) != 0;
    }

    /** Whether some listed unit has a grade. */
    boolean anyGrade() {
        return grade != null;
    }

    /** Whether the unit counts with a result recorded but not passed (compensation), not a pass. */
    boolean notPassed(int u) {
        return notPassed != null && notPassed[u];
    }

    /** Whether some usable unit is counted without being passed. */
    boolean anyNotPassed() {
        return notPassed != null;
    }

    String grade(int u) {
        return grade == null ? null : grade[u];
    }

    /** The unit an entry names (its reference as given, or differing only in case or spacing), or -1. */
    int unitOf(Achievement a) {
        String ref = a.unit() == null ? "" : a.unit().trim();
        int u = q.refTable.get(ref);
        if (u < 0) {
            String folded = q.foldedRefs.get(ScaleInfo.fold(ref));
            if (folded != null) {
                u = q.refTable.get(folded);
            }
        }
        return u;
    }

    /**
     * An entry that names no unit: something held beside the units (a required qualification or component, by its
     * name), or else a unit the qualification does not have (E001).
     */
    void unknownUnit(Achievement a) {
        String ref = a.unit() == null ? "" : a.unit().trim();
        if (q.requisite(ref) >= 0) {
            requisite(q.requisite(ref), a);
            return;
        }
        problem(new Problem(Problem.Kind.UNKNOWN_UNIT, ref, null, null, Spelling.offered(ref, q.unitIndex.keySet()),
                null), a);
    }

    private void judge(Achievement a) {
        int u = unitOf(a);
        if (u < 0) {
            unknownUnit(a);
            return;
        }
        UnitInfo unit = q.units[u];
        boolean plain = isPlain(a);
        Outcome outcome = plain ? unit.plainOutcome : outcome(unit, a);
        if (outcome.usable && beforeGateway(a)) {
            // an assessment taken before the gateway was met does not count
            takenBeforeGateway(unit, a);
            outcome = outcome.notCounted(UnitResult.Reason.BEFORE_GATEWAY);
        }
        if ((flags[u] & LISTED) != 0) {
            boolean better = outcome.usable && (!usable[u] || betterThanHeld(u, unit, outcome));
            problem(Problem.of(better ? Problem.Kind.DUPLICATE_UNIT_LATER_USED : Problem.Kind.DUPLICATE_UNIT,
                    unit.ref), a);
            if (!better) {
                return;
            }
        }
        record(u, unit, outcome, plain ? unit.plainResult : null);
    }

    /**
     * Records how unit u came out ({@code result}: the unit as understood, or null to make it from the outcome),
     * replacing an entry recorded before.
     */
    void record(int u, UnitInfo unit, Outcome outcome, UnitResult result) {
        int position = listedCount;
        if ((flags[u] & LISTED) != 0) {
            position = 0;
            while (listedOrder[position] != u) {
                position++;
            }
        } else {
            listedOrder[listedCount++] = u;
        }
        flags[u] = (byte) (LISTED | (outcome.certifiable ? CERTIFIABLE : 0) | (outcome.exempt ? EXEMPT : 0));
        usable[u] = outcome.usable;
        if (outcome.usable && !outcome.achieved) {
            if (notPassed == null) {
                notPassed = new boolean[q.units.length];
            }
            notPassed[u] = true;
        } else if (notPassed != null) {
            notPassed[u] = false;
        }
        if (outcome.grade != null || grade != null) {
            if (grade == null) {
                grade = new String[q.units.length];
            }
            grade[u] = outcome.grade;
        }
        if (outcome.exempt && outcome.usable) {
            if (credit == q.nominalCredit) {
                credit = q.nominalCredit.clone();
            }
            credit[u] = 0;
        } else if (credit[u] != unit.credit) {
            credit[u] = unit.credit;
        }
        unitResults[position] = result != null ? result
                : new UnitResult(unit.ref, outcome.achieved, outcome.grade, outcome.status, outcome.reason,
                        outcome.shortOf, outcome.mark);
    }

    /**
     * Whether a later entry for a unit held already is the better one, whatever the order they are listed in:
     * one that brings the unit's credit beats an exemption (which brings none), then the higher grade, then an
     * entry achieved outright (certificated on its own) beats one that is not.
     */
    private boolean betterThanHeld(int u, UnitInfo unit, Outcome outcome) {
        boolean heldExempt = (flags[u] & EXEMPT) != 0;
        if (heldExempt != outcome.exempt) {
            return heldExempt;
        }
        int rank = unit.gradeRank(outcome.grade);
        int heldRank = unit.gradeRank(grade(u));
        if (rank != heldRank) {
            return rank > heldRank;
        }
        return outcome.certifiable && !certifiable(u);
    }

    /** How one listed unit came out. */
    record Outcome(boolean achieved, boolean usable, boolean certifiable, boolean exempt, String grade,
            String status, UnitResult.Reason reason, List<UnitResult.Rating> shortOf, String mark) {

        Outcome(boolean achieved, boolean usable, boolean certifiable, boolean exempt, String grade, String status,
                UnitResult.Reason reason, List<UnitResult.Rating> shortOf) {
            this(achieved, usable, certifiable, exempt, grade, status, reason, shortOf, null);
        }

        /** The same outcome at another grade (a resit's, capped). */
        Outcome atGrade(String capped) {
            return new Outcome(achieved, usable, certifiable, exempt, capped, status, reason, shortOf, mark);
        }

        /** The same outcome, not counted for {@code why}. */
        Outcome notCounted(UnitResult.Reason why) {
            return new Outcome(false, false, false, exempt, grade, status, why, List.of(), mark);
        }
    }

    /**
     * Whether outcome a of a unit is better than b: one that counts beats one that does not, one that brings the
     * unit's credit beats an exemption, then the higher grade, then one achieved outright (certificated on its own).
     */
    static boolean better(UnitInfo unit, Outcome a, Outcome b) {
        if (a.usable != b.usable) {
            return a.usable;
        }
        if (a.exempt != b.exempt) {
            return b.exempt;
        }
        int rank = unit.gradeRank(a.grade);
        int other = unit.gradeRank(b.grade);
        if (rank != other) {
            return rank > other;
        }
        return a.certifiable && !b.certifiable;
    }

    /**
     * The outcome of a unit listed with nothing but its reference (no result, ratings, status or date): achieved,
     * with its `otherwise` grade if it has one. The same for every candidate, so worked out once per unit.
     */
    static Outcome plain(UnitInfo unit) {
        String grade = null;
        for (UnitInfo.UnitGradeRule g : unit.grades) {
            if (g.when() == null) {
                grade = g.grade();
                break;
            }
        }
        return new Outcome(true, true, true, false, grade, STATUS_WORDS[Status.ACHIEVED.ordinal()],
                UnitResult.Reason.NONE, List.of());
    }

    static boolean isPlain(Achievement a) {
        return a.result().isEmpty() && a.criteria().isEmpty() && a.status().isEmpty() && a.date().isEmpty();
    }

    Outcome outcome(UnitInfo unit, Achievement a) {
        Status status = Status.ACHIEVED;
        if (a.status().isPresent() && !a.status().get().isBlank()) {
            Optional<Status> parsed = Status.parse(a.status().get());
            if (parsed.isEmpty()) {
                problem(new Problem(Problem.Kind.UNKNOWN_STATUS, unit.ref, null, a.status().get(), List.of(),
                        null), a);
                return new Outcome(false, false, false, false, null, a.status().get(),
                        UnitResult.Reason.UNKNOWN_STATUS, List.of());
            }
            status = parsed.get();
        }
        if (a.date().isPresent() && !a.date().get().isBlank()) {
            if (!IsoDate.isDate(a.date().get().trim())) {
                problem(new Problem(Problem.Kind.INVALID_DATE, unit.ref, null, a.date().get(), List.of(), null), a);
            }
        }
        boolean achieved = true;
        // a result recorded but not passed (U under compensation): the unit counts, not as a pass
        boolean recordedOnly = false;
        String grade = null;
        String mark = null;
        UnitResult.Reason reason = UnitResult.Reason.NONE;
        List<UnitResult.Rating> shortOf = List.of();
        int[] ratings = ratings(unit, a);
        if (a.result().isPresent() && !a.result().get().isBlank()) {
            String result = a.result().get();
            if (unit.gradingScale == null) {
                problem(new Problem(Problem.Kind.RESULT_WITHOUT_SCALE, unit.ref, null, result, List.of(),
                        null), a);
                achieved = false;
                reason = UnitResult.Reason.RESULT_WITHOUT_SCALE;
            } else {
                Optional<java.math.BigDecimal> given = unit.gradingScale.mark(result);
                Optional<Integer> rank = given.isPresent() && unit.gradingScale.inRange(given.get())
                        ? Optional.of(unit.gradingScale.rankOfMark(given.get())) : unit.gradingScale.rank(result);
                if (given.isPresent()) {
                    mark = result.trim();
                }
                if (given.isPresent() && !unit.gradingScale.inRange(given.get())) {
                    problem(new Problem(Problem.Kind.MARK_OUT_OF_RANGE, unit.ref, null, result.trim(),
                            List.of("0", unit.gradingScale.marks.stripTrailingZeros().toPlainString()), null,
                            a.line()));
                    achieved = false;
                    reason = UnitResult.Reason.UNKNOWN_RESULT;
                } else if (rank.isEmpty()) {
                    problem(new Problem(Problem.Kind.UNKNOWN_RESULT, unit.ref, null, result,
                            unit.gradingScale.labels, null), a);
                    achieved = false;
                    reason = UnitResult.Reason.UNKNOWN_RESULT;
                } else {
                    achieved = unit.gradingScale.achieved[rank.get()];
                    recordedOnly = unit.gradingScale.recordedOnly[rank.get()];
                    // the result is the unit's grade, achieved or not ("Not yet passed")
                    grade = unit.gradingScale.labels.get(rank.get());
                    reason = achieved || recordedOnly ? UnitResult.Reason.NONE
                            : UnitResult.Reason.RESULT_NOT_ACHIEVED;
                }
            }
        } else if (ratings != null && unit.achievedWhen != null) {
            achieved = unit.achievedWhen.test(ratings);
            if (!achieved) {
                reason = UnitResult.Reason.CRITERIA_NOT_MET;
                shortOf = shortOf(unit, ratings);
            }
        }
        if (achieved && grade == null && ratings != null) {
            for (UnitInfo.UnitGradeRule g : unit.grades) {
                if (g.when() == null || g.when().test(ratings)) {
                    grade = g.grade();
                    break;
                }
            }
        } else if (achieved && grade == null && a.criteria().isEmpty()) {
            for (UnitInfo.UnitGradeRule g : unit.grades) {
                if (g.when() == null) {
                    grade = g.grade();
                    break;
                }
            }
        }
        boolean planned = status == Status.PLANNED;
        boolean counts = achieved || recordedOnly;
        boolean usableNow = counts && (!planned || whatIf);
        if (counts && planned && !whatIf) {
            reason = UnitResult.Reason.PLANNED;
        }
        boolean certifiableNow = achieved && (status == Status.ACHIEVED || status == Status.RPL);
        return new Outcome(usableNow && achieved, usableNow, certifiableNow, status == Status.EXEMPT, grade, STATUS_WORDS[status.ordinal()],
                reason, shortOf, mark);
    }

    /** The criteria whose ratings keep the unit's achievement rule from holding, and their ratings. */
    private static List<UnitResult.Rating> shortOf(UnitInfo unit, int[] ratings) {
        boolean[] low = unit.achievedWhen.shortOf(ratings);
        List<UnitResult.Rating> out = new ArrayList<>();
        for (int c = 0; c < low.length; c++) {
            if (low[c]) {
                out.add(new UnitResult.Rating(unit.criteria.get(c), unit.criterionScale.labels.get(ratings[c])));
            }
        }
        return out;
    }

    /** Criterion ratings as ranks in the unit's criterion scale, unrated criteria at the default; null if none given. */
    private int[] ratings(UnitInfo unit, Achievement a) {
        Map<String, String> given = a.criteria();
        if (given.isEmpty()) {
            return null;
        }
        if (unit.criterionScale == null) {
            problem(Problem.of(Problem.Kind.RATINGS_WITHOUT_SCALE, unit.ref), a);
            return null;
        }
        int[] ranks = new int[unit.criteria.size()];
        java.util.Arrays.fill(ranks, unit.criterionScale.defaultRank);
        for (Map.Entry<String, String> e : given.entrySet()) {
            Integer c = unit.criterionIndex.get(e.getKey().trim());
            if (c == null) {
                problem(new Problem(Problem.Kind.UNKNOWN_CRITERION, unit.ref, e.getKey(), e.getValue(),
                        Spelling.offered(e.getKey(), unit.criterionIndex.keySet()), null).at(a.lineOf(e.getKey())));
                continue;
            }
            Optional<Integer> rank = unit.criterionScale.rank(e.getValue() == null ? "" : e.getValue());
            if (rank.isEmpty()) {
                problem(new Problem(Problem.Kind.UNKNOWN_RATING, unit.ref, e.getKey(), e.getValue(),
                        unit.criterionScale.labels, unit.criterionScale.labels.get(unit.criterionScale.defaultRank))
                        .at(a.lineOf(e.getKey())));
                continue;
            }
            ranks[c] = rank.get();
        }
        return ranks;
    }
}
