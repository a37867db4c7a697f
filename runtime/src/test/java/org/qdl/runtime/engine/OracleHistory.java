package org.qdl.runtime.engine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrAttempts;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrRequisite;

/**
 * The brute-force oracle's reading of a candidate's entries, unit by unit, from docs/SEMANTICS.md's words alone ("Time
 * and attempts", "The gateway to assessment", and E002 for a unit listed twice): which entry stands for each unit, what
 * became of each attempt, whether the qualification is closed to the learner, and which units are closed on their own
 * (SEMANTICS.md, "A unit closed on its own"). It shares nothing with the engine's {@code AttemptHistory}: dates are
 * {@link LocalDate}s, periods the JDK's calendar arithmetic, and every rule is checked on its own, not in a chain.
 */
final class OracleHistory {

    /** How one entry comes out on its own (SEMANTICS.md section 1). */
    record Judged(boolean counts, boolean passed, boolean credit, String grade, boolean planned) {
        static final Judged NOTHING = new Judged(false, false, false, null, false);

        Judged at(String cap) {
            return new Judged(counts, passed, credit, cap, planned);
        }
    }

    /** Judges one entry of unit u. */
    interface Judge {
        Judged judge(int u, Achievement a);
    }

    /** What became of one attempt, as the result's {@code timing.attempts} should say. */
    record Seen(String unit, int number, String date, boolean allowed, boolean used, String grade) {
        @Override
        public String toString() {
            return unit + "#" + number + (date == null ? "" : "@" + date) + (allowed ? "" : " refused")
                    + (used ? " used" : "") + (grade == null ? "" : " " + grade);
        }
    }

    /** The timing a result should carry (with rules on attempts). */
    record Expected(String registered, String registrationEnds, boolean registrationEnded, String closed,
            String closedOn, List<Seen> attempts) {
    }

    /** Why the whole qualification is closed to the learner (SEMANTICS.md, "When no unit can count any more"). */
    enum Closing { REGISTRATION_CLOSED, CERTIFICATION_ENDED, REGISTRATION_ENDED }

    private final IrDocument ir;
    private final IrAttempts rules;
    private final BruteForceOracle.UnitNames names;
    private final Judge judge;
    private final boolean whatIf;
    private final LocalDate on;
    private final LocalDate registered;
    private final LocalDate registrationLastDay;
    private final LocalDate gatewayDay;
    private final LocalDate today;

    /** The entry that stands for each unit (null: none listed). */
    final Judged[] standing;
    /** Units closed on their own: no further attempt at them could be allowed (bit per unit). */
    long closedUnits;
    final Closing closing;
    final LocalDate closedOn;
    final List<Seen> seen = new ArrayList<>();

    /** One entry of a unit, with its place in the listing, its date, and how it came out on its own. */
    private record Entry(Achievement a, int listed, LocalDate day, Judged judged) {
    }

    OracleHistory(IrDocument ir, BruteForceOracle.UnitNames names, Judge judge, Candidate candidate, boolean whatIf,
            String on) {
        this.ir = ir;
        this.rules = ir.attempts();
        this.names = names;
        this.judge = judge;
        this.whatIf = whatIf;
        this.on = rules == null ? null : day(on);
        this.registered = rules == null ? null : day(candidate.registered());
        this.registrationLastDay = registered == null || rules.registrationValid() == null ? null
                : plus(registered, rules.registrationValid()).minusDays(1);
        this.gatewayDay = gatewayDay(candidate);
        int n = ir.units().size();
        List<List<Entry>> byUnit = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            byUnit.add(new ArrayList<>());
        }
        int listed = 0;
        for (Achievement a : candidate.achievements()) {
            int u = names.unit(a.unit());
            if (u >= 0) {
                byUnit.get(u).add(new Entry(a, listed, day(a.date().orElse(null)), judge.judge(u, a)));
            }
            listed++;
        }
        this.today = rules == null ? null : on != null ? this.on : latestSat(byUnit);
        this.closing = rules == null ? null : closing();
        this.closedOn = closing == null ? null : switch (closing) {
            case REGISTRATION_CLOSED -> day(rules.registrationCloses());
            case CERTIFICATION_ENDED -> day(rules.certificationEnds());
            case REGISTRATION_ENDED -> registrationLastDay;
        };
        standing = new Judged[n];
        for (int u = 0; u < n; u++) {
            List<Entry> entries = byUnit.get(u);
            if (entries.isEmpty()) {
                continue;
            }
            standing[u] = rules == null ? bestEntry(u, entries) : attempts(u, entries);
        }
    }

    /** The timing the result should carry, or null without rules on attempts. */
    Expected expected() {
        if (rules == null) {
            return null;
        }
        return new Expected(iso(registered), iso(registrationLastDay),
                on != null && registrationLastDay != null && on.isAfter(registrationLastDay),
                closing == null ? null : closing.name().toLowerCase(Locale.ROOT).replace('_', '-'), iso(closedOn),
                List.copyOf(seen));
    }

    /**
     * Whether the learner keeps what they achieved in time: the registration ended, or an attempt shows the
     * certification ended without an evaluation date. Evaluated after the certification end, or registered too late, no.
     */
    boolean keepsAchieved() {
        return closing == Closing.REGISTRATION_ENDED || closing == Closing.CERTIFICATION_ENDED && on == null;
    }

    // ----------------------------------------------------------------------------------------- without attempts

    /**
     * Without rules on attempts a second entry is a duplicate (E002) and the better entry counts, whatever the order;
     * an entry dated before the gateway was met does not count (a later entry may).
     */
    private Judged bestEntry(int u, List<Entry> entries) {
        Judged best = null;
        for (Entry e : entries) {
            Judged j = beforeGateway(e) ? Judged.NOTHING : e.judged();
            if (best == null || better(u, j, best)) {
                best = j;
            }
        }
        return best;
    }

    /**
     * SEMANTICS.md: one that counts beats one that does not; then one that achieves the unit; an entry that brings
     * the unit's credit beats an exemption; then the higher grade; then one achieved outright beats a planned one.
     */
    private boolean better(int u, Judged a, Judged b) {
        if (a.counts() != b.counts()) {
            return a.counts();
        }
        if (a.passed() != b.passed()) {
            return a.passed();
        }
        if (a.credit() != b.credit()) {
            return a.credit();
        }
        int ga = rank(u, a.grade());
        int gb = rank(u, b.grade());
        if (ga != gb) {
            return ga > gb;
        }
        return !a.planned() && b.planned();
    }

    private int rank(int u, String grade) {
        return grade == null ? -1 : names.gradeOrder(u).indexOf(grade);
    }

    // ----------------------------------------------------------------------------------------- attempts

    /**
     * SEMANTICS.md's table, rule by rule: the unit's entries in the order sat, each numbered, each checked against every
     * rule on its own; of the allowed ones the best stands (on a tie, the one sat first).
     */
    private Judged attempts(int u, List<Entry> entries) {
        List<Entry> sat = inOrder(entries);
        int[] number = numbers(sat);
        boolean[] allowed = new boolean[sat.size()];
        Judged[] counted = new Judged[sat.size()];
        for (int i = 0; i < sat.size(); i++) {
            Entry e = sat.get(i);
            allowed[i] = allowed(sat, number, allowed, counted, i);
            counted[i] = allowed[i] ? capped(u, e.judged(), number[i]) : e.judged();
        }
        int best = -1;
        for (int i = 0; i < sat.size(); i++) {
            if (allowed[i] && (best < 0 || better(u, counted[i], counted[best]))) {
                best = i;
            }
        }
        for (int i = 0; i < sat.size(); i++) {
            Entry e = sat.get(i);
            seen.add(new Seen(ir.units().get(u).ref(), number[i], iso(e.day()), allowed[i], i == best,
                    allowed[i] ? counted[i].grade() : null));
        }
        if (isClosed(sat, number, allowed)) {
            closedUnits |= 1L << u;
        }
        return best < 0 ? Judged.NOTHING : counted[best];
    }

    /**
     * The order sat: by attempt number when every entry has one, else by date when every entry has one, else as
     * listed (entries that tie keep the order listed).
     */
    private static List<Entry> inOrder(List<Entry> entries) {
        List<Entry> sat = new ArrayList<>(entries);
        if (sat.stream().allMatch(e -> e.a().attempt() > 0)) {
            sat.sort(Comparator.comparingInt(e -> e.a().attempt()));
        } else if (sat.stream().allMatch(e -> e.day() != null)) {
            sat.sort(Comparator.comparing(Entry::day));
        }
        return sat;
    }

    /**
     * Attempt 1 is the first sitting and every later one a resit: an attempt is numbered as given, unless no number is
     * given or the number given is not after the previous attempt's, when it is the next number (numbers go up in the
     * order sat, so no two attempts of a unit share one).
     */
    private static int[] numbers(List<Entry> sat) {
        int[] number = new int[sat.size()];
        int previous = 0;
        for (int i = 0; i < sat.size(); i++) {
            number[i] = Math.max(sat.get(i).a().attempt(), previous + 1);
            previous = number[i];
        }
        return number;
    }

    /** Whether attempt i is allowed: no row of the table refuses it. */
    private boolean allowed(List<Entry> sat, int[] number, boolean[] allowed, Judged[] counted, int i) {
        Entry e = sat.get(i);
        LocalDate d = e.day();
        boolean resit = number[i] > 1;
        if (d != null && on != null && d.isAfter(on)) {
            return false;   // after the evaluation date: it has not happened
        }
        if (resit && rules.resitsPerUnit() != null && number[i] - 1 > rules.resitsPerUnit()) {
            return false;   // over the resit limit
        }
        if (resit && rules.noResitOnceAchieved()) {
            for (int j = 0; j < i; j++) {
                if (allowed[j] && counted[j].passed()) {
                    return false;   // a resit once achieved
                }
            }
        }
        if (d != null && registered != null
                && (d.isBefore(registered) || registrationLastDay != null && d.isAfter(registrationLastDay))) {
            return false;   // outside the registration
        }
        if (d != null && rules.certificationEnds() != null && d.isAfter(day(rules.certificationEnds()))) {
            return false;   // after certification ended
        }
        if (registeredTooLate()) {
            return false;
        }
        if (beforeGateway(e)) {
            return false;
        }
        if (resit && rules.resitWithin() != null && d != null) {
            LocalDate previous = previousAllowedDay(sat, allowed, i);
            if (previous != null && !d.isBefore(plus(previous, rules.resitWithin()))) {
                return false;   // too late
            }
        }
        return true;
    }

    /**
     * The date of the attempt a resit's window runs from: the last allowed attempt sat before it (an attempt the rules
     * refused counts for nothing, so it opens no window); null when there is none or it has no date (not held against
     * the learner).
     */
    private static LocalDate previousAllowedDay(List<Entry> sat, boolean[] allowed, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (allowed[j]) {
                return sat.get(j).day();
            }
        }
        return null;
    }

    /** A resit graded above the cap counts at the cap. */
    private Judged capped(int u, Judged j, int number) {
        if (number <= 1 || rules.resitCap() == null || !j.passed() || j.grade() == null) {
            return j;
        }
        int cap = names.gradeOrder(u).indexOf(rules.resitCap());
        return cap >= 0 && rank(u, j.grade()) > cap ? j.at(rules.resitCap()) : j;
    }

    private boolean registeredTooLate() {
        return registered != null && rules.registrationCloses() != null
                && registered.isAfter(day(rules.registrationCloses()));
    }

    // ----------------------------------------------------------------------------------------- closing

    /** The first of the three reasons that holds, or null. */
    private Closing closing() {
        if (registeredTooLate()) {
            return Closing.REGISTRATION_CLOSED;
        }
        if (today != null && rules.certificationEnds() != null && today.isAfter(day(rules.certificationEnds()))) {
            return Closing.CERTIFICATION_ENDED;
        }
        if (today != null && registrationLastDay != null && today.isAfter(registrationLastDay)) {
            return Closing.REGISTRATION_ENDED;
        }
        return null;
    }

    /** Today without an evaluation date: the latest date of an entry of a unit that is not planned. */
    private static LocalDate latestSat(List<List<Entry>> byUnit) {
        LocalDate latest = null;
        for (List<Entry> entries : byUnit) {
            for (Entry e : entries) {
                if (e.day() != null && !plannedStatus(e.a()) && (latest == null || e.day().isAfter(latest))) {
                    latest = e.day();
                }
            }
        }
        return latest;
    }

    /**
     * SEMANTICS.md, "A unit closed on its own": a unit is closed when the learner's next attempt at it (after every attempt that has happened: not
     * planned, not dated after today), taken today or later, would be refused: over the resit limit, or a resit on or
     * after the window's end (from the last allowed attempt, as the table reads it; no window from one with no date).
     */
    private boolean isClosed(List<Entry> sat, int[] number, boolean[] allowed) {
        int last = -1;
        for (int i = 0; i < sat.size(); i++) {
            Entry e = sat.get(i);
            if (!plannedStatus(e.a()) && (e.day() == null || today == null || !e.day().isAfter(today))) {
                last = i;
            }
        }
        if (last < 0) {
            return false;
        }
        int next = number[last] + 1;
        if (rules.resitsPerUnit() != null && next - 1 > rules.resitsPerUnit()) {
            return true;
        }
        if (rules.resitWithin() != null && today != null) {
            LocalDate previous = null;
            for (int j = last; j >= 0; j--) {
                boolean happened = !plannedStatus(sat.get(j).a());
                if (allowed[j] && happened) {
                    previous = sat.get(j).day();
                    break;
                }
            }
            return previous != null && !today.isBefore(plus(previous, rules.resitWithin()));
        }
        return false;
    }

    private static boolean plannedStatus(Achievement a) {
        return a.status().map(s -> s.trim().toLowerCase(Locale.ROOT).equals("planned")).orElse(false);
    }

    // ----------------------------------------------------------------------------------------- the gateway

    /**
     * SEMANTICS.md: the gateway is met on the last of the days its items were held, each item on its earliest dated
     * row that meets it; an item held on a row with no date sets no day. Null when no item sets one.
     */
    private LocalDate gatewayDay(Candidate candidate) {
        LocalDate met = null;
        for (IrRequisite r : ir.requisites()) {
            if (!r.isGateway()) {
                continue;
            }
            LocalDate earliest = null;
            boolean undated = false;
            for (Achievement a : candidate.achievements()) {
                if (!BruteForceOracle.holdsRow(r, a, whatIf)) {
                    continue;
                }
                LocalDate d = day(a.date().orElse(null));
                if (d == null) {
                    undated = true;
                } else if (earliest == null || d.isBefore(earliest)) {
                    earliest = d;
                }
            }
            if (!undated && earliest != null && (met == null || earliest.isAfter(met))) {
                met = earliest;
            }
        }
        return met;
    }

    /** An entry dated before the day the gateway was met does not count; on the day itself it does. */
    private boolean beforeGateway(Entry e) {
        return gatewayDay != null && e.day() != null && e.day().isBefore(gatewayDay);
    }

    // ----------------------------------------------------------------------------------------- dates

    static LocalDate plus(LocalDate d, IrAttempts.IrPeriod p) {
        return switch (p.unit()) {
            case DAYS -> d.plusDays(p.count());
            case WEEKS -> d.plusWeeks(p.count());
            case MONTHS -> d.plusMonths(p.count());
            case YEARS -> d.plusYears(p.count());
        };
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(iso.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
