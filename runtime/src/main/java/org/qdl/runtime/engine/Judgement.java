package org.qdl.runtime.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.candidate.Status;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.UnitResult;
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
    final List<Problem> problems = new ArrayList<>();
    /** Per listed unit, in {@link #order}: the unit as the engine understood it. */
    final UnitResult[] unitResults;

    private final CompiledQualification q;
    private final boolean whatIf;
    private int[] listedOrder;
    private int listedCount;

    Judgement(CompiledQualification q, Candidate candidate, boolean whatIf) {
        this.q = q;
        this.whatIf = whatIf;
        int n = q.units.length;
        usable = new boolean[n];
        flags = new byte[n];
        credit = q.nominalCredit;
        unitResults = new UnitResult[candidate.achievements().size()];
        listedOrder = new int[candidate.achievements().size()];
        for (Achievement a : candidate.achievements()) {
            judge(a);
        }
        order = listedCount == listedOrder.length ? listedOrder : java.util.Arrays.copyOf(listedOrder, listedCount);
        int count = 0;
        for (int u : order) {
            count += usable[u] ? 1 : 0;
        }
        usableCount = count;
    }

    boolean certifiable(int u) {
        return (flags[u] & CERTIFIABLE) != 0;
    }

    String grade(int u) {
        return grade == null ? null : grade[u];
    }

    private void judge(Achievement a) {
        String ref = a.unit() == null ? "" : a.unit().trim();
        Integer u = q.refIndex.get(ref);
        if (u == null) {
            String folded = q.foldedRefs.get(ScaleInfo.fold(ref));
            if (folded != null) {
                u = q.refIndex.get(folded);
            }
        }
        if (u == null) {
            String hint = Spelling.question(ref, q.unitIndex.keySet()).map(s -> "; " + s)
                    .orElse("");
            problems.add(new Problem(Problem.UNKNOWN_UNIT, ref, "unit `" + ref + "` is not part of this qualification"
                    + hint));
            return;
        }
        UnitInfo unit = q.units[u];
        boolean plain = isPlain(a);
        Outcome outcome = plain ? unit.plainOutcome : outcome(unit, a);
        if ((flags[u] & LISTED) != 0) {
            problems.add(new Problem(Problem.DUPLICATE_UNIT, unit.ref, "unit `" + unit.ref
                    + "` is listed more than once; it counts once" + (outcome.usable && !usable[u]
                            ? " (the later, achieved entry is used)" : "")));
            if (!outcome.usable || usable[u] && unit.gradeRank(grade(u)) >= unit.gradeRank(outcome.grade)) {
                return;
            }
        }
        int position = listedCount;
        if ((flags[u] & LISTED) != 0) {
            position = 0;
            while (listedOrder[position] != u) {
                position++;
            }
        } else {
            listedOrder[listedCount++] = u;
        }
        flags[u] = (byte) (LISTED | (outcome.certifiable ? CERTIFIABLE : 0));
        usable[u] = outcome.usable;
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
        unitResults[position] = plain ? unit.plainResult
                : new UnitResult(unit.ref, outcome.achieved, outcome.grade, outcome.status, outcome.reason);
    }

    /** How one listed unit came out. */
    record Outcome(boolean achieved, boolean usable, boolean certifiable, boolean exempt, String grade,
            String status, String reason) {
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
        return new Outcome(true, true, true, false, grade, STATUS_WORDS[Status.ACHIEVED.ordinal()], "");
    }

    private static boolean isPlain(Achievement a) {
        return a.result().isEmpty() && a.criteria().isEmpty() && a.status().isEmpty() && a.date().isEmpty();
    }

    private Outcome outcome(UnitInfo unit, Achievement a) {
        Status status = Status.ACHIEVED;
        if (a.status().isPresent() && !a.status().get().isBlank()) {
            Optional<Status> parsed = Status.parse(a.status().get());
            if (parsed.isEmpty()) {
                problems.add(new Problem(Problem.UNKNOWN_STATUS, unit.ref, "unit `" + unit.ref + "` has status `"
                        + a.status().get() + "`; a status is achieved, planned, exempt or rpl"));
                return new Outcome(false, false, false, false, null, a.status().get(), "unknown status");
            }
            status = parsed.get();
        }
        if (a.date().isPresent() && !a.date().get().isBlank()) {
            try {
                LocalDate.parse(a.date().get().trim());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(Problem.INVALID_DATE, unit.ref, "unit `" + unit.ref + "` has date `"
                        + a.date().get() + "`, which is not a date like 2024-06-30; the date is ignored"));
            }
        }
        boolean achieved = true;
        String grade = null;
        String reason = "";
        int[] ratings = ratings(unit, a.criteria());
        if (a.result().isPresent() && !a.result().get().isBlank()) {
            String result = a.result().get();
            if (unit.gradingScale == null) {
                problems.add(new Problem(Problem.UNKNOWN_RESULT, unit.ref, "unit `" + unit.ref
                        + "` has no grading scale, so its result `" + result + "` cannot be judged; it is not counted"));
                achieved = false;
                reason = "result not on a scale";
            } else {
                Optional<Integer> rank = unit.gradingScale.rank(result);
                if (rank.isEmpty()) {
                    problems.add(new Problem(Problem.UNKNOWN_RESULT, unit.ref, "unit `" + unit.ref + "` has result `"
                            + result + "`, which is not on its scale (" + String.join(", ", unit.gradingScale.labels)
                            + "); it is not counted"));
                    achieved = false;
                    reason = "unknown result";
                } else {
                    achieved = unit.gradingScale.achieved[rank.get()];
                    // the result is the unit's grade, achieved or not ("Not yet passed")
                    grade = unit.gradingScale.labels.get(rank.get());
                    reason = achieved ? "" : "result " + grade;
                }
            }
        } else if (ratings != null && unit.achievedWhen != null) {
            achieved = unit.achievedWhen.test(ratings);
            reason = achieved ? "" : "criteria not met: " + unit.achievedWhen.text;
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
        boolean usableNow = achieved && (!planned || whatIf);
        if (achieved && planned && !whatIf) {
            reason = "planned";
        }
        boolean certifiableNow = achieved && (status == Status.ACHIEVED || status == Status.RPL);
        return new Outcome(usableNow, usableNow, certifiableNow, status == Status.EXEMPT, grade, STATUS_WORDS[status.ordinal()],
                reason);
    }

    /** Criterion ratings as ranks in the unit's criterion scale, unrated criteria at the default; null if none given. */
    private int[] ratings(UnitInfo unit, Map<String, String> given) {
        if (given.isEmpty()) {
            return null;
        }
        if (unit.criterionScale == null) {
            problems.add(new Problem(Problem.UNKNOWN_CRITERION, unit.ref, "unit `" + unit.ref
                    + "` has no criterion scale, so its criterion ratings are ignored"));
            return null;
        }
        int[] ranks = new int[unit.criteria.size()];
        java.util.Arrays.fill(ranks, unit.criterionScale.defaultRank);
        for (Map.Entry<String, String> e : given.entrySet()) {
            Integer c = unit.criterionIndex.get(e.getKey().trim());
            if (c == null) {
                String hint = Spelling.question(e.getKey(), unit.criterionIndex.keySet()).map(s -> "; " + s)
                        .orElse("");
                problems.add(new Problem(Problem.UNKNOWN_CRITERION, unit.ref, "unit `" + unit.ref + "` has no criterion `"
                        + e.getKey() + "`; its rating is ignored" + hint));
                continue;
            }
            Optional<Integer> rank = unit.criterionScale.rank(e.getValue() == null ? "" : e.getValue());
            if (rank.isEmpty()) {
                problems.add(new Problem(Problem.UNKNOWN_RATING, unit.ref, "criterion `" + e.getKey() + "` of unit `"
                        + unit.ref + "` is rated `" + e.getValue() + "`, which is not on its scale ("
                        + String.join(", ", unit.criterionScale.labels) + "); it is taken as "
                        + unit.criterionScale.labels.get(unit.criterionScale.defaultRank)));
                continue;
            }
            ranks[c] = rank.get();
        }
        return ranks;
    }
}
