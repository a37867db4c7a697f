package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrAttempts;
import org.qdl.runtime.result.Attempt;
import org.qdl.runtime.result.ClosedUnit;
import org.qdl.runtime.result.Timing;
import org.qdl.runtime.result.UnitResult;
import org.qdl.runtime.text.Days;

/**
 * A candidate's attempt history read against the qualification's rules on time and attempts: each unit's entries
 * are its attempts, in the order sat (by attempt number when every entry has one, else by date when every entry has
 * one, else as listed), numbered as given but always up (an entry with no number, or one not after the number before
 * it, is the next number). An attempt is allowed unless it is dated after the evaluation date, is a resit beyond the
 * most allowed, follows an achieved attempt where there is no resit once achieved, falls outside the registration
 * period or after the certification end date, was taken before the end-point assessment's gateway was met, comes
 * after the window the last allowed attempt before it opened (a refused attempt opens none), or the learner was
 * registered after the registration closed; a resit above the cap counts at the cap. The best
 * allowed attempt (see {@link Judgement#better}) stands for the unit: the engine then chooses among units as ever.
 * A unit's attempts affect no other unit, so the best attempt of each is part of a best combination: a better grade
 * never makes a combination worse (the same order decides which of two entries of a unit counts without such rules).
 */
final class AttemptHistory {
    private final Judgement judgement;
    private final IrAttempts rules;
    private final Candidate candidate;
    private final long on;
    private final long registered;
    /** The registration's last day, or {@link Days#NONE}. */
    private final long registrationEnd;
    /** The qualification's last registration date, or {@link Days#NONE}. */
    private final long registrationCloses;
    /** The qualification's certification end date, or {@link Days#NONE}. */
    private final long certificationEnds;

    AttemptHistory(Judgement judgement, IrAttempts rules, Candidate candidate, String on) {
        this.judgement = judgement;
        this.rules = rules;
        this.candidate = candidate;
        this.on = Days.of(on);
        this.registered = Days.of(candidate.registered());
        this.registrationEnd = registered == Days.NONE || rules.registrationValid() == null ? Days.NONE
                : after(registered, rules.registrationValid()) - 1;
        this.registrationCloses = Days.of(rules.registrationCloses());
        this.certificationEnds = Days.of(rules.certificationEnds());
    }

    /** Whether the learner was registered after the qualification's registration closed: no attempt counts. */
    private boolean registeredLate() {
        return registered != Days.NONE && registrationCloses != Days.NONE && registered > registrationCloses;
    }

    /** Judges every unit by its attempts; what became of each attempt, for the result. */
    Timing read() {
        Map<Integer, List<Achievement>> byUnit = new LinkedHashMap<>();
        for (Achievement a : candidate.achievements()) {
            int u = judgement.unitOf(a);
            if (u < 0) {
                judgement.unknownUnit(a);
            } else {
                byUnit.computeIfAbsent(u, k -> new ArrayList<>(2)).add(a);
            }
        }
        // today is the evaluation date, or at least the latest attempt that has happened: an attempt after the end
        // shows the end has passed, so the learner is not told that more units would do
        long now = on != Days.NONE ? on : latestSat();
        List<Attempt> attempts = new ArrayList<>();
        List<ClosedUnit> closedUnits = new ArrayList<>(0);
        for (Map.Entry<Integer, List<Achievement>> e : byUnit.entrySet()) {
            unit(e.getKey(), e.getValue(), attempts, now, closedUnits);
        }
        boolean ended = on != Days.NONE && registrationEnd != Days.NONE && on > registrationEnd;
        Timing.Closed closed = null;
        long closedOn = Days.NONE;
        if (registeredLate()) {
            closed = Timing.Closed.REGISTRATION_CLOSED;
            closedOn = registrationCloses;
        } else if (now != Days.NONE && certificationEnds != Days.NONE && now > certificationEnds) {
            closed = Timing.Closed.CERTIFICATION_ENDED;
            closedOn = certificationEnds;
        } else if (now != Days.NONE && registrationEnd != Days.NONE && now > registrationEnd) {
            closed = Timing.Closed.REGISTRATION_ENDED;
            closedOn = registrationEnd;
        }
        return new Timing(registered == Days.NONE ? null : Days.iso(registered),
                registrationEnd == Days.NONE ? null : Days.iso(registrationEnd), ended, attempts, closed,
                closed == null ? null : Days.iso(closedOn), on != Days.NONE, closedUnits);
    }

    /**
     * Why no further attempt at a unit could be allowed, or null: the learner's next attempt (after every one that has
     * happened: not planned, not dated after the evaluation date), taken today or later, would be over the resit
     * limit, or a resit on or after the day the window opened by the last attempt the rules allowed has passed (as the
     * table reads a resit's window: a refused attempt opens none). An undated attempt is not held against the learner,
     * nor is the window checked when today is not known.
     *
     * @param sat the unit's attempts in the order sat; {@code numbers} their numbers, {@code reasons} why each did not
     *     stand
     */
    private ClosedUnit closing(UnitInfo unit, List<Achievement> sat, int[] numbers, Attempt.Reason[] reasons,
            long now) {
        int last = -1;
        int next = 1;
        for (int i = 0; i < sat.size(); i++) {
            if (reasons[i] != Attempt.Reason.AFTER_EVALUATION_DATE && !planned(sat.get(i))) {
                last = i;
                next = Math.max(next, numbers[i] + 1);
            }
        }
        if (last < 0) {
            return null;
        }
        if (rules.resitsPerUnit() != null && next - 1 > rules.resitsPerUnit()) {
            return new ClosedUnit(unit.ref, ClosedUnit.Why.RESITS_USED_UP, String.valueOf(rules.resitsPerUnit()));
        }
        // the window a resit is judged by runs from the last attempt the rules allowed (a refused one opens none)
        int opened = -1;
        for (int i = last; i >= 0 && opened < 0; i--) {
            if ((reasons[i] == null || reasons[i] == Attempt.Reason.CAPPED) && !planned(sat.get(i))) {
                opened = i;
            }
        }
        long latest = opened < 0 ? Days.NONE : Days.of(sat.get(opened).date().orElse(null));
        if (rules.resitWithin() != null && next > 1 && latest != Days.NONE && now != Days.NONE
                && now >= after(latest, rules.resitWithin())) {
            return new ClosedUnit(unit.ref, ClosedUnit.Why.RESIT_WINDOW_CLOSED,
                    Days.iso(after(latest, rules.resitWithin()) - 1));
        }
        return null;
    }

    /** Whether an entry is planned: not an attempt that has happened. */
    private static boolean planned(Achievement a) {
        return a.status().flatMap(org.qdl.runtime.candidate.Status::parse)
                .filter(s -> s == org.qdl.runtime.candidate.Status.PLANNED).isPresent();
    }

    /** The latest date of an attempt at a unit that has happened (not one planned), or {@link Days#NONE}. */
    private long latestSat() {
        long latest = Days.NONE;
        for (Achievement a : candidate.achievements()) {
            boolean planned = planned(a);
            long day = Days.of(a.date().orElse(null));
            if (!planned && day != Days.NONE && judgement.unitOf(a) >= 0) {
                latest = Math.max(latest, day);
            }
        }
        return latest;
    }

    /** The day a period after {@code day} (the first day outside a window that opens on {@code day}). */
    static long after(long day, IrAttempts.IrPeriod p) {
        return switch (p.unit()) {
            case DAYS -> Days.plusDays(day, p.count());
            case WEEKS -> Days.plusDays(day, 7L * p.count());
            case MONTHS -> Days.plusMonths(day, p.count());
            case YEARS -> Days.plusMonths(day, 12L * p.count());
        };
    }

    private void unit(int u, List<Achievement> given, List<Attempt> out, long now, List<ClosedUnit> closedUnits) {
        UnitInfo unit = judgement.unitInfo(u);
        List<Achievement> sat = inOrder(given);
        int n = sat.size();
        Judgement.Outcome[] outcomes = new Judgement.Outcome[n];
        Attempt.Reason[] reasons = new Attempt.Reason[n];
        String[] limits = new String[n];
        int[] numbers = new int[n];
        int achievedAt = 0;
        // the date of the last attempt the rules allowed (a refused one opens no window), NONE when it has none
        long previous = Days.NONE;
        int previousNumber = 0;
        for (int i = 0; i < n; i++) {
            Achievement a = sat.get(i);
            Judgement.Outcome o = Judgement.isPlain(a) ? unit.plainOutcome : judgement.outcome(unit, a);
            // numbers go up in the order sat: one not given, or not after the previous one's, is the next number
            int number = Math.max(a.attempt(), previousNumber + 1);
            previousNumber = number;
            long day = Days.of(a.date().orElse(null));
            boolean resit = number > 1;
            Attempt.Reason reason = null;
            String limit = null;
            if (on != Days.NONE && day != Days.NONE && day > on) {
                reason = Attempt.Reason.AFTER_EVALUATION_DATE;
                limit = Days.iso(on);
            } else if (registeredLate()) {
                reason = Attempt.Reason.REGISTERED_AFTER_CLOSE;
                limit = Days.iso(registrationCloses);
            } else if (resit && rules.resitsPerUnit() != null && number - 1 > rules.resitsPerUnit()) {
                reason = Attempt.Reason.OVER_RESIT_LIMIT;
                limit = String.valueOf(rules.resitsPerUnit());
            } else if (resit && rules.noResitOnceAchieved() && achievedAt > 0) {
                reason = Attempt.Reason.RESIT_ONCE_ACHIEVED;
                limit = String.valueOf(achievedAt);
            } else if (day != Days.NONE && registered != Days.NONE && day < registered) {
                reason = Attempt.Reason.BEFORE_REGISTRATION;
                limit = Days.iso(registered);
            } else if (day != Days.NONE && registrationEnd != Days.NONE && day > registrationEnd) {
                reason = Attempt.Reason.AFTER_REGISTRATION;
                limit = Days.iso(registrationEnd);
            } else if (day != Days.NONE && certificationEnds != Days.NONE && day > certificationEnds) {
                reason = Attempt.Reason.AFTER_CERTIFICATION_END;
                limit = Days.iso(certificationEnds);
            } else if (judgement.beforeGateway(a)) {
                reason = Attempt.Reason.BEFORE_GATEWAY;
                limit = Days.iso(judgement.gatewayDay);
                if (o.usable()) {
                    judgement.takenBeforeGateway(unit, a);
                }
            } else if (resit && rules.resitWithin() != null && day != Days.NONE && previous != Days.NONE
                    && day >= after(previous, rules.resitWithin())) {
                reason = Attempt.Reason.RESIT_TOO_LATE;
                limit = Days.iso(after(previous, rules.resitWithin()) - 1);
            } else if (resit && rules.resitCap() != null && o.achieved()) {
                int cap = unit.gradeRank(rules.resitCap());
                if (cap >= 0 && unit.gradeRank(o.grade()) > cap) {
                    reason = Attempt.Reason.CAPPED;
                    limit = rules.resitCap();
                    o = o.atGrade(rules.resitCap());
                }
            }
            if ((reason == null || reason == Attempt.Reason.CAPPED) && o.achieved() && achievedAt == 0) {
                achievedAt = number;
            }
            if (reason == null || reason == Attempt.Reason.CAPPED) {
                previous = day;
            }
            outcomes[i] = o;
            reasons[i] = reason;
            limits[i] = limit;
            numbers[i] = number;
        }
        int best = -1;
        boolean refusedUsable = false;
        // whether every attempt refused that would have counted was refused for coming before the gateway
        boolean onlyGateway = true;
        for (int i = 0; i < n; i++) {
            boolean allowed = reasons[i] == null || reasons[i] == Attempt.Reason.CAPPED;
            if (allowed && (best < 0 || Judgement.better(unit, outcomes[i], outcomes[best]))) {
                best = i;
            }
            if (!allowed && outcomes[i].usable()) {
                refusedUsable = true;
                onlyGateway &= reasons[i] == Attempt.Reason.BEFORE_GATEWAY;
            }
        }
        if (best >= 0 && (outcomes[best].usable() || !refusedUsable)) {
            judgement.record(u, unit, outcomes[best], null);
        } else {
            // no allowed attempt counts, and one the rules refused would have: say so rather than the last result
            Judgement.Outcome last = best >= 0 ? outcomes[best] : outcomes[n - 1];
            UnitResult.Reason why = !refusedUsable ? last.reason()
                    : onlyGateway ? UnitResult.Reason.BEFORE_GATEWAY : UnitResult.Reason.NOT_ALLOWED;
            judgement.record(u, unit, last.notCounted(why), null);
        }
        ClosedUnit closing = judgement.heldOutright(u) ? null : closing(unit, sat, numbers, reasons, now);
        if (closing != null) {
            judgement.close(u, closing);
            closedUnits.add(closing);
        }
        for (int i = 0; i < n; i++) {
            Attempt.Reason reason = reasons[i];
            if (reason == null) {
                reason = i == best && outcomes[i].usable() ? Attempt.Reason.STANDS
                        : outcomes[i].usable() ? Attempt.Reason.BETTER_ATTEMPT : Attempt.Reason.NOT_ACHIEVED;
            }
            Achievement a = sat.get(i);
            out.add(new Attempt(unit.ref, numbers[i], a.date().orElse(null), a.result().orElse(null),
                    outcomes[i].grade(), i == best, reason, limits[i]));
        }
    }

    /** A unit's entries in the order sat: by attempt number, else by date, else as listed (a stable sort). */
    private static List<Achievement> inOrder(List<Achievement> given) {
        if (given.size() == 1) {
            return given;
        }
        boolean numbered = given.stream().allMatch(a -> a.attempt() > 0);
        boolean dated = given.stream().allMatch(a -> Days.of(a.date().orElse(null)) != Days.NONE);
        List<Achievement> sat = new ArrayList<>(given);
        if (numbered) {
            sat.sort(java.util.Comparator.comparingInt(Achievement::attempt));
        } else if (dated) {
            sat.sort(java.util.Comparator.comparingLong(a -> Days.of(a.date().orElse(null))));
        }
        return sat;
    }
}
