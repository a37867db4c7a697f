package org.qdl.runtime.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrAttempts;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrRequisite;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrUnit;

/**
 * Random rules on time and attempts and a random end-point assessment gateway for {@link RandomStructures}, with the
 * candidates' histories to match: several attempts at a unit (numbered, unnumbered or mixed, some numbers repeated or
 * skipped; dated, undated or some of each; listed in the order sat or not), registration and evaluation dates, gateway
 * items held, missing, too low, planned or dated, and dates drawn on purpose at the edges: the registration's first
 * and last days, a resit window's last day and the day after, the certification end, the gateway day and the day
 * before, the 31st of a month.
 */
final class RandomHistories {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final List<IrLevel> FRAMEWORK = List.of(new IrLevel("Entry 3", 0), new IrLevel("3", 3),
            new IrLevel("4", 4), new IrLevel("5", 5), new IrLevel("6", 6));
    private static final List<IrAttempts.IrPeriod> VALID = List.of(period(1, IrAttempts.IrPeriod.Unit.YEARS),
            period(18, IrAttempts.IrPeriod.Unit.MONTHS), period(2, IrAttempts.IrPeriod.Unit.YEARS),
            period(400, IrAttempts.IrPeriod.Unit.DAYS), period(60, IrAttempts.IrPeriod.Unit.WEEKS));
    private static final List<IrAttempts.IrPeriod> WITHIN = List.of(period(6, IrAttempts.IrPeriod.Unit.MONTHS),
            period(90, IrAttempts.IrPeriod.Unit.DAYS), period(1, IrAttempts.IrPeriod.Unit.YEARS),
            period(8, IrAttempts.IrPeriod.Unit.WEEKS), period(1, IrAttempts.IrPeriod.Unit.MONTHS));

    private final Random random;
    private final Random gatewaying;
    private final List<IrUnit> units;
    private final IrAttempts attempts;
    private final List<IrRequisite> gateway = new ArrayList<>();
    /** The days at the edges of the current candidate's rules, to draw dates from now and then. */
    private final List<LocalDate> edges = new ArrayList<>();

    RandomHistories(Random timing, Random gatewaying, List<IrUnit> units) {
        this.random = timing;
        this.gatewaying = gatewaying;
        this.units = units;
        this.attempts = random.nextDouble() < 0.3 ? attemptsBlock() : null;
        if (gatewaying.nextDouble() < 0.15) {
            int count = 1 + gatewaying.nextInt(2);
            for (int i = 1; i <= count; i++) {
                IrRule.IrLevelFilter level = gatewaying.nextBoolean() ? null
                        : level(3 + gatewaying.nextInt(3));
                gateway.add(new IrRequisite("gate-" + i, "Gateway item " + i, IrRequisite.Kind.COMPONENT, level,
                        level == null ? null : FRAMEWORK, null, true));
            }
        }
    }

    IrAttempts attempts() {
        return attempts;
    }

    List<IrRequisite> gateway() {
        return gateway;
    }

    /** `attempts { … }` with each rule drawn on its own (maybe none of them). */
    private IrAttempts attemptsBlock() {
        IrAttempts.IrPeriod valid = random.nextBoolean() ? VALID.get(random.nextInt(VALID.size())) : null;
        Integer resits = random.nextBoolean() ? random.nextInt(3) : null;
        IrAttempts.IrPeriod within = random.nextDouble() < 0.45 ? WITHIN.get(random.nextInt(WITHIN.size())) : null;
        String cap = random.nextDouble() < 0.35 ? (random.nextBoolean() ? "Pass" : "Merit") : null;
        boolean once = random.nextDouble() < 0.3;
        String closes = random.nextDouble() < 0.15 ? day(100 + random.nextInt(300)) : null;
        String ends = random.nextDouble() < 0.15 ? day(600 + random.nextInt(700)) : null;
        return new IrAttempts(valid, resits, within, cap, once, null, closes, ends);
    }

    /** The evaluation date of the candidate last given a history: in a third of cases, often at an edge. */
    String evaluationDate() {
        if (attempts == null || random.nextDouble() >= 0.35) {
            return null;
        }
        return edge(0.4).orElse(day(200 + random.nextInt(1100)));
    }

    /** The candidate with a registration date, dated entries, attempts and gateway rows, as the structure has rules. */
    Candidate history(Candidate c) {
        if (attempts == null && gateway.isEmpty()) {
            return c;
        }
        edges.clear();
        List<Achievement> rows = new ArrayList<>();
        gatewayRows(rows);
        String registered = attempts != null && random.nextDouble() < 0.75 ? day(random.nextInt(400)) : null;
        if (registered != null) {
            LocalDate r = LocalDate.parse(registered);
            edges.add(r);
            edges.add(r.minusDays(1));
            if (attempts.registrationValid() != null) {
                LocalDate last = OracleHistory.plus(r, attempts.registrationValid()).minusDays(1);
                edges.add(last);
                edges.add(last.plusDays(1));
            }
        }
        if (attempts != null && attempts.certificationEnds() != null) {
            LocalDate end = LocalDate.parse(attempts.certificationEnds());
            edges.add(end);
            edges.add(end.plusDays(1));
        }
        for (Achievement a : c.achievements()) {
            IrUnit unit = units.stream().filter(u -> u.ref().equals(a.unit())).findFirst().orElse(null);
            if (unit == null) {
                rows.add(a);
            } else if (attempts == null) {
                entriesAroundGateway(a, rows);
            } else {
                attemptsAt(a, unit, rows);
            }
        }
        return new Candidate(c.id(), rows, c.problems(), registered);
    }

    /** Each gateway item: missing now and then, else held on one or two rows, most dated, some too low or planned. */
    private void gatewayRows(List<Achievement> rows) {
        for (IrRequisite g : gateway) {
            if (gatewaying.nextDouble() < 0.1) {
                continue;
            }
            int times = gatewaying.nextDouble() < 0.25 ? 2 : 1;
            for (int t = 0; t < times; t++) {
                String name = gatewaying.nextDouble() < 0.1 ? g.id().toUpperCase(java.util.Locale.ROOT) : g.id();
                String result = g.level() == null ? null : String.valueOf(2 + gatewaying.nextInt(4));
                String date = gatewaying.nextDouble() < 0.75 ? day(gatewaying.nextInt(500)) : null;
                String status = gatewaying.nextDouble() < 0.05 ? "planned" : null;
                rows.add(gatewaying.nextInt(rows.size() + 1), entry(name, result, date, status, 0));
                if (date != null) {
                    LocalDate d = LocalDate.parse(date);
                    edges.add(d);
                    edges.add(d.minusDays(1));
                }
            }
        }
    }

    /** Without rules on attempts: the entry dated or not, and now and then listed twice (E002), around the gateway. */
    private void entriesAroundGateway(Achievement a, List<Achievement> rows) {
        boolean plain = a.status().isEmpty() && a.result().isPresent();
        rows.add(with(a, a.result().orElse(null), gatewaying.nextDouble() < 0.7 ? gatewayDate() : null, 0));
        if (plain && gatewaying.nextDouble() < 0.3) {
            rows.add(gatewaying.nextInt(rows.size() + 1),
                    with(a, result(gatewaying), gatewaying.nextDouble() < 0.8 ? gatewayDate() : null, 0));
        }
    }

    private String gatewayDate() {
        if (!edges.isEmpty() && gatewaying.nextDouble() < 0.35) {
            return edges.get(gatewaying.nextInt(edges.size())).toString();
        }
        return day(gatewaying.nextInt(700));
    }

    /**
     * Under rules on attempts: a unit with a result and no status is sat up to four times in two fifths of cases (the
     * earlier sittings mostly failed), else once; dates and numbers as the class comment says.
     */
    private void attemptsAt(Achievement a, IrUnit unit, List<Achievement> rows) {
        boolean plain = a.status().isEmpty() && a.result().isPresent() && unit.gradingScale() != null;
        if (!plain || random.nextDouble() >= 0.4) {
            // planned entries stay undated: a plan has no day it happened
            String date = a.status().map(s -> s.equals("planned")).orElse(false) || random.nextDouble() >= 0.65 ? null
                    : date(null);
            int number = random.nextDouble() < 0.15 ? 1 + random.nextInt(2) : 0;
            rows.add(rows.isEmpty() ? 0 : random.nextInt(rows.size() + 1), with(a, a.result().orElse(null), date,
                    number));
            return;
        }
        int count = 2 + random.nextInt(3);
        double dated = random.nextDouble();
        double numbered = random.nextDouble();
        List<Achievement> sat = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 1; i <= count; i++) {
            String result = i == count ? a.result().get() : random.nextDouble() < 0.55 ? "Fail" : result(random);
            LocalDate d = previous == null ? LocalDate.parse(date(null)) : LocalDate.parse(date(previous));
            boolean hasDate = dated < 0.6 || dated < 0.8 && random.nextBoolean();
            int number = numbered < 0.4 ? i : numbered < 0.75 ? 0 : random.nextBoolean() ? i : 0;
            if (number > 0 && random.nextDouble() < 0.1) {
                number = Math.max(1, number + random.nextInt(3) - 1);   // a number repeated or skipped
            }
            sat.add(with(a, result, hasDate ? d.toString() : null, number));
            previous = d;
        }
        if (random.nextDouble() < 0.4) {
            Collections.shuffle(sat, random);
        }
        for (Achievement x : sat) {
            rows.add(random.nextInt(rows.size() + 1), x);
        }
    }

    /**
     * A day to sit on: after {@code previous} (a resit: often on its window's last day or the day after, or the same
     * day), else from the whole range; now and then an edge of the rules or the 31st of a month.
     */
    private String date(LocalDate previous) {
        if (previous != null) {
            double k = random.nextDouble();
            if (attempts.resitWithin() != null && k < 0.35) {
                LocalDate end = OracleHistory.plus(previous, attempts.resitWithin());
                return (random.nextBoolean() ? end : end.minusDays(1)).toString();
            }
            if (k < 0.4) {
                return previous.toString();
            }
            return previous.plusDays(1 + random.nextInt(300)).toString();
        }
        double k = random.nextDouble();
        if (k < 0.08) {
            return LocalDate.of(2024 + random.nextInt(3), 1 + 2 * random.nextInt(4), 31).toString();
        }
        return edge(0.3).orElse(day(random.nextInt(1000)));
    }

    private java.util.Optional<String> edge(double p) {
        if (edges.isEmpty() || random.nextDouble() >= p) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(edges.get(random.nextInt(edges.size())).toString());
    }

    private static String result(Random r) {
        double k = r.nextDouble();
        return k < 0.3 ? "Fail" : k < 0.6 ? "Pass" : k < 0.8 ? "Merit" : "Distinction";
    }

    private static Achievement with(Achievement a, String result, String date, int attempt) {
        return new Achievement(a.unit(), java.util.Optional.ofNullable(result), a.criteria(),
                java.util.Optional.ofNullable(date), a.status(), a.line(), attempt);
    }

    private static Achievement entry(String unit, String result, String date, String status, int attempt) {
        return new Achievement(unit, java.util.Optional.ofNullable(result), java.util.Map.of(),
                java.util.Optional.ofNullable(date), java.util.Optional.ofNullable(status), 0, attempt);
    }

    private static IrRule.IrLevelFilter level(int rank) {
        return new IrRule.IrLevelFilter(IrComparison.GE, rank, String.valueOf(rank), false);
    }

    private static String day(int offset) {
        return START.plusDays(offset).toString();
    }

    private static IrAttempts.IrPeriod period(int count, IrAttempts.IrPeriod.Unit unit) {
        return new IrAttempts.IrPeriod(count, unit);
    }

    static String describe(IrAttempts a) {
        return "attempts {" + (a.registrationValid() == null ? "" : " valid " + a.registrationValid())
                + (a.resitsPerUnit() == null ? "" : " at most " + a.resitsPerUnit() + " resits")
                + (a.resitWithin() == null ? "" : " resit within " + a.resitWithin())
                + (a.resitCap() == null ? "" : " capped at " + a.resitCap())
                + (a.noResitOnceAchieved() ? " no resit once achieved" : "")
                + (a.registrationCloses() == null ? "" : " registration closes " + a.registrationCloses())
                + (a.certificationEnds() == null ? "" : " certification ends " + a.certificationEnds()) + " }";
    }
}
