package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrGrading;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrQualification;
import org.qdl.runtime.ir.IrRequisite;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;

/**
 * Small random qualifications and candidates, from a seed, for checking the engine against the brute-force
 * oracle: overlapping groups, slots with unit and credit minimums, "further" rules over unions, totals, level
 * rules, caps, barred and equivalent units, inclusions, shared rules, pathways and endorsements, and grading by
 * points or by unit grades. Everything is drawn from one {@link Random}, so a seed reproduces a scenario.
 */
final class RandomStructures {
    static final String SCALE = "pmd";
    static final List<String> LABELS = List.of("Fail", "Pass", "Merit", "Distinction");
    private static final List<String> ACHIEVED = LABELS.subList(1, 4);
    private static final String[] OPS = {"ge", "le", "eq"};

    /** One structure and the candidates to evaluate against it (each with its what-if switch). */
    record Scenario(long seed, IrDocument ir, List<String> planted, List<Case> cases) {
        @Override
        public String toString() {
            return "seed " + seed + "\n" + describe(ir) + "planted: " + String.join(", ", planted) + "\n"
                    + cases.stream().map(Case::toString)
                    .collect(Collectors.joining("\n", "", "\n"));
        }
    }

    /** {@code on}: the evaluation date (`--on`, ISO), or null. */
    record Case(Candidate candidate, boolean whatIf, String on) {
        Case(Candidate candidate, boolean whatIf) {
            this(candidate, whatIf, null);
        }

        @Override
        public String toString() {
            return "candidate " + candidate.id() + (whatIf ? " (what-if)" : "")
                    + (candidate.registered() == null ? "" : " registered " + candidate.registered())
                    + (on == null ? "" : " on " + on) + ": "
                    + candidate.achievements().stream().map(RandomStructures::describe)
                            .collect(Collectors.joining(", "));
        }
    }

    private final Random random;
    private final List<IrUnit> units = new ArrayList<>();
    private final List<IrGroup> groups = new ArrayList<>();
    private final List<List<String>> equivalents = new ArrayList<>();
    private final Set<String> witness = new LinkedHashSet<>();
    private final Set<String> taken = new LinkedHashSet<>();
    private boolean countsOnly;
    private int ruleCount;

    /**
     * Draws for compensation (a scale recording Fail without a pass, rules about passing) come from a second stream,
     * so that the structures and candidates drawn before compensation existed are drawn as they were.
     */
    private final Random compensation;
    private boolean compensated;
    /**
     * Draws for marks (a scale of 45 marks, results given as marks or percentages) come from a third stream, for the
     * same reason.
     */
    private final Random marking;
    private boolean marked;

    private RandomStructures(long seed) {
        this.random = new Random(seed);
        this.compensation = new Random(seed * 31 + 7);
        this.marking = new Random(seed * 37 + 11);
        this.requiring = new Random(seed * 43 + 5);
        this.timing = new Random(seed * 49 + 13);
        this.gatewaying = new Random(seed * 53 + 17);
    }

    /**
     * Draws for what a qualification requires beside its units (a prerequisite qualification, a co-requisite component
     * at a level or at none) and the candidates' rows for them come from a fourth stream, for the same reason.
     */
    private final Random requiring;
    private final List<IrRequisite> requisites = new ArrayList<>();
    /**
     * Draws for rules on time and attempts (and the candidates' attempt histories, registration and evaluation dates)
     * and for an end-point assessment's gateway come from a fifth and a sixth stream, for the same reason (a structure
     * drawn with such rules has new candidates; the streams are seeded so that seed 6636004, a test's example, is not).
     */
    private final Random timing;
    private final Random gatewaying;

    /** SCQF's levels as a framework gives them: a label and its rank. */
    private static final List<IrLevel> FRAMEWORK = List.of(new IrLevel("Entry 3", 0), new IrLevel("3", 3),
            new IrLevel("4", 4), new IrLevel("5", 5), new IrLevel("6", 6));

    /** In a fifth of the structures, one or two requisites: a qualification, a component at a level or at none. */
    private void requisites() {
        if (requiring.nextDouble() >= 0.2) {
            return;
        }
        int count = 1 + requiring.nextInt(2);
        for (int i = 1; i <= count; i++) {
            double k = requiring.nextDouble();
            if (k < 0.3) {
                requisites.add(new IrRequisite("prior-" + i, "Prior Qualification " + i,
                        IrRequisite.Kind.QUALIFICATION, null, null, null));
            } else if (k < 0.45) {
                requisites.add(new IrRequisite("Core Skill " + i, "Core Skill " + i, IrRequisite.Kind.COMPONENT, null,
                        null, null));
            } else {
                int rank = 3 + requiring.nextInt(4);
                IrComparison op = requiring.nextDouble() < 0.75 ? IrComparison.GE : IrComparison.EQ;
                requisites.add(new IrRequisite("Core Skill " + i, "Core Skill " + i, IrRequisite.Kind.COMPONENT,
                        new IrRule.IrLevelFilter(op, rank, String.valueOf(rank), false), FRAMEWORK, null));
            }
        }
    }

    /**
     * The candidate's rows for the requisites: most hold each, some at too low a level, some twice (the higher level
     * counts), some only planned, named in another case or spacing, at a level said as "5", "SCQF level 5" or
     * "Level 5", at a level the framework does not have, or with none.
     */
    private Candidate withRequisiteRows(Candidate c) {
        if (requisites.isEmpty()) {
            return c;
        }
        List<Achievement> rows = new ArrayList<>(c.achievements());
        for (IrRequisite r : requisites) {
            if (requiring.nextDouble() < 0.2) {
                continue;
            }
            int times = requiring.nextDouble() < 0.2 ? 2 : 1;
            for (int t = 0; t < times; t++) {
                String name = requiring.nextDouble() < 0.2 ? r.id().toUpperCase(java.util.Locale.ROOT).replace(" ", "  ")
                        : r.id();
                Achievement a = Achievement.of(name);
                if (r.kind() == IrRequisite.Kind.COMPONENT && requiring.nextDouble() < 0.9) {
                    double w = requiring.nextDouble();
                    String level = w < 0.05 ? "7" : w < 0.1 ? "Entry 3" : String.valueOf(3 + requiring.nextInt(4));
                    double f = requiring.nextDouble();
                    a = Achievement.withResult(name, f < 0.5 ? level : f < 0.75 ? "SCQF level " + level
                            : "Level " + level);
                }
                if (requiring.nextDouble() < 0.1) {
                    a = a.withStatus("planned");
                }
                rows.add(requiring.nextInt(rows.size() + 1), a);
            }
        }
        return new Candidate(c.id(), rows);
    }

    static Scenario generate(long seed) {
        return new RandomStructures(seed).scenario(seed);
    }

    private Scenario scenario(long seed) {
        // a quarter of the structures only count units (what the matching solver decides); the rest mix in
        // credits, levels, caps, barred and equivalent units and inclusions (what the type search decides)
        countsOnly = chance(0.25);
        int n = 3 + random.nextInt(countsOnly ? 8 : 7);
        boolean gradedStructure = chance(0.4);
        for (int i = 1; i <= n; i++) {
            BigDecimal credit = BigDecimal.valueOf(1 + random.nextInt(10));
            if (chance(0.1)) {
                credit = credit.add(new BigDecimal("0.5"));
            }
            IrLevel level = chance(0.05) ? null : level(1 + random.nextInt(4));
            boolean graded = gradedStructure ? chance(0.85) : chance(0.2);
            units.add(new IrUnit("u" + i, "unit", "Unit " + i, level, credit, null, graded ? SCALE : null, null,
                    List.of(), null, List.of(), List.of(), null));
        }
        // the planted combination: most rules are drawn so that it meets them, so that structures are mostly
        // satisfiable and candidates near it are achieved or a few units short
        witness.addAll(someUnits(1 + random.nextInt(n)));
        if (!countsOnly && chance(0.15)) {
            List<String> shuffled = someUnits(Math.min(n, chance(0.3) ? 4 : 2));
            for (int c = 0; c + 1 < shuffled.size(); c += 2) {
                List<String> cls = List.of(shuffled.get(c), shuffled.get(c + 1));
                if (cls.stream().filter(witness::contains).count() <= 1 || wild()) {
                    equivalents.add(cls);
                }
            }
        }
        int groupCount = 1 + random.nextInt(countsOnly ? 5 : 4);
        for (int g = 1; g <= groupCount; g++) {
            List<String> members = someUnits(1 + random.nextInt(Math.max(1, n / 2 + 1)));
            groups.add(new IrGroup("G" + g, "Group " + g, members, List.of(), null));
        }

        List<IrRule> rules = new ArrayList<>();
        for (IrGroup g : groups) {
            if (chance(0.85)) {
                add(rules, groupRule(g));
            }
        }
        int further = chance(0.45) ? 1 + random.nextInt(2) : 0;
        for (int f = 0; f < further; f++) {
            add(rules, furtherRule());
        }
        if (chance(0.6)) {
            rules.add(totalRule());
        }
        if (!countsOnly) {
            if (chance(0.35)) {
                rules.add(levelRule());
            }
            if (chance(0.2)) {
                rules.add(capRule());
            }
            if (chance(0.2)) {
                add(rules, barredRule());
            }
            if (chance(0.1)) {
                rules.add(sharedRule());
            }
        }
        hoursRules(rules, seed);
        gradedRules(rules, seed);
        gateRules(rules, seed);
        if (chance(0.5)) {
            Collections.shuffle(rules, random);
        }

        List<IrPathway> pathways = new ArrayList<>();
        Set<String> takenByCore = new LinkedHashSet<>(taken);
        if (chance(0.15)) {
            int count = 1 + random.nextInt(2);
            for (int p = 1; p <= count; p++) {
                pathways.add(new IrPathway("p" + p, "Pathway " + p, IrPathway.Kind.PATHWAY, variantRules(), null));
                taken.clear();
                taken.addAll(takenByCore);
            }
        }
        if (chance(0.1)) {
            pathways.add(new IrPathway("e1", "Endorsement 1", IrPathway.Kind.ENDORSEMENT, variantRules(), null));
        }
        // smaller qualifications of a suite: their own rules alone, tried (largest first) when this one is not met
        List<org.qdl.runtime.ir.IrSmaller> smaller = new ArrayList<>();
        if (chance(0.2)) {
            int count = 1 + random.nextInt(2);
            for (int s = 1; s <= count; s++) {
                smaller.add(new org.qdl.runtime.ir.IrSmaller("s" + s, "Smaller " + s, variantRules(), null,
                        smallerGrading(seed * 61 + s)));
                taken.clear();
                taken.addAll(takenByCore);
            }
        }

        compensated = compensation.nextDouble() < 0.2;
        marked = marking.nextDouble() < 0.2;
        if (compensated) {
            rules.add(compensation.nextInt(rules.size() + 1), passingRule());
        }
        IrGrading grading = grading(gradedStructure);
        if (grading != null && grading.points() != null) {
            // a smaller qualification's grading takes the qualification's points table (as lowering gives it one)
            List<org.qdl.runtime.ir.IrSmaller> withPoints = new ArrayList<>();
            for (org.qdl.runtime.ir.IrSmaller sm : smaller) {
                IrGrading own = sm.grading();
                withPoints.add(own == null ? sm : new org.qdl.runtime.ir.IrSmaller(sm.id(), sm.title(), sm.rules(),
                        null, new IrGrading(withPointsThreshold(own.rules(), seed), grading.points(), null,
                                own.gradeRequired(), null)));
            }
            smaller = withPoints;
        }
        requisites();
        RandomHistories histories = new RandomHistories(timing, gatewaying, units);
        List<IrRequisite> requires = new ArrayList<>(requisites);
        requires.addAll(histories.gateway());
        IrDocument ir = new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("q" + seed, "Qualification " + seed, null, List.of(), null, null, null),
                List.of(new IrScale(SCALE, "Pass, Merit, Distinction", LABELS, "Fail", ACHIEVED, java.util.Map.of(),
                        compensated ? LABELS : List.of(), marked ? MARKS : null, marked ? FROM : java.util.Map.of())),
                units, groups,
                rules, equivalents, pathways, grading, smaller, requires, histories.attempts());

        List<Case> cases = new ArrayList<>();
        for (int c = 1; c <= 4; c++) {
            Candidate candidate = withRequisiteRows(candidate("c" + c));
            boolean whatIf = chance(0.15);
            cases.add(new Case(histories.history(candidate), whatIf, histories.evaluationDate()));
        }
        return new Scenario(seed, ir, List.copyOf(witness), cases);
    }

    // ----------------------------------------------------------------------------------------- rules

    /**
     * A rule about passing, where Fail is recorded without a pass: `at most 1 unit not passed in total`, `at most 3
     * credits not passed from group G1`, `at least 2 units passed in total`, `at least 6 credits passed from group G2`.
     */
    private IrRule passingRule() {
        boolean capped = compensation.nextBoolean();
        IrGroup g = compensation.nextBoolean() ? groups.get(compensation.nextInt(groups.size())) : null;
        List<String> pool = g == null ? null : closed(g.units());
        boolean credits = compensation.nextBoolean();
        int amount = capped ? compensation.nextInt(credits ? 6 : 3)
                : 1 + compensation.nextInt(credits ? 8 : Math.max(1, witness.size()));
        IrRule.IrBounds bounds = new IrRule.IrBounds(capped ? null : BigDecimal.valueOf(amount),
                capped ? BigDecimal.valueOf(amount) : null);
        String id = "r" + (++ruleCount);
        String text = (capped ? "at most " : "at least ") + amount + (credits ? " credits " : " units ")
                + (capped ? "not passed " : "passed ") + (g == null ? "in total" : "from group " + g.id());
        IrRule.IrScope where = g == null ? new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of())
                : new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(g.id()));
        return new IrRule(id, null, text, IrRule.Counting.BOUNDS, where, pool, null, credits ? null : bounds,
                credits ? bounds : null, List.of(), false, null, null, null, null, null,
                capped ? IrRule.Outcome.NOT_PASSED : IrRule.Outcome.PASSED);
    }

    /** `2 units from group G1`, `all units from group G1`, `at least 8 credits from group G1 including u3`… */
    private IrRule groupRule(IrGroup g) {
        int size = g.units().size();
        List<String> pool = closed(g.units());
        // units of the planted combination this rule takes for itself
        List<String> mine = pick(free(pool), random.nextInt(free(pool).size() + 1));
        if (mine.isEmpty()) {
            mine = grow(pool);
        }
        boolean wild = wild();
        if (mine.isEmpty() && !wild) {
            return null;
        }
        taken.addAll(mine);
        Integer minUnits = null;
        Integer minCredits = null;
        double kind = countsOnly ? 0.6 * random.nextDouble() : random.nextDouble();
        if (kind < 0.15 && (wild || mine.size() == size)) {
            minUnits = size;
        } else if (kind < 0.65) {
            minUnits = wild ? 1 + random.nextInt(size) : Math.max(1, mine.size() - random.nextInt(2));
        } else if (kind < 0.9) {
            minCredits = wild ? 1 + random.nextInt(Math.max(1, credits(g.units()))) : Math.max(1, slack(credits(mine)));
        } else {
            minUnits = wild ? 1 + random.nextInt(size) : Math.max(1, mine.size());
            minCredits = wild ? 1 + random.nextInt(Math.max(1, credits(g.units()))) : Math.max(1, slack(credits(mine)));
        }
        int counted = planted(pool).size();
        Integer maxUnits = null;
        if (!countsOnly && chance(0.2)) {
            maxUnits = wild() ? 1 + random.nextInt(size) : Math.max(minUnits == null ? 1 : minUnits, counted)
                    + random.nextInt(2);
        }
        Integer maxCredits = null;
        if (!countsOnly && chance(0.1)) {
            maxCredits = wild() ? 3 + random.nextInt(8)
                    : Math.max(minCredits == null ? 1 : minCredits, credits(planted(pool))) + random.nextInt(4);
        }
        List<IrRule.IrInclusion> including = new ArrayList<>();
        if (!countsOnly && chance(0.15)) {
            List<String> from = mine.isEmpty() || wild() ? g.units() : mine;
            List<String> anyOf = pick(from, 1 + random.nextInt(Math.min(2, from.size())));
            including.add(new IrRule.IrInclusion(anyOf, anyOf.size() == 2 && chance(0.3) ? 2 : 1));
        }
        return rule("from group " + g.id(), "from group " + g.id(), IrRule.Counting.CLAIMS, List.of(g.id()), g.units(), null,
                bounds(minUnits, maxUnits), bounds(minCredits, maxCredits), including, false);
    }

    /** `1 further unit from any of groups G1, G2` (or further credits). */
    private IrRule furtherRule() {
        List<IrGroup> from = pick(groups, Math.min(groups.size(), 2 + random.nextInt(2)));
        Set<String> union = new LinkedHashSet<>();
        from.forEach(g -> union.addAll(g.units()));
        List<String> pool = List.copyOf(union);
        List<String> ids = from.stream().map(IrGroup::id).toList();
        String scope = "from any of groups " + String.join(", ", ids);
        List<String> mine = pick(free(closed(pool)), 1 + random.nextInt(2));
        if (mine.isEmpty()) {
            mine = grow(closed(pool));
        }
        boolean wild = wild();
        if (mine.isEmpty() && !wild) {
            return null;
        }
        taken.addAll(mine);
        if (countsOnly || chance(0.75)) {
            return rule("further " + scope, scope, IrRule.Counting.CLAIMS, ids, pool, null,
                    bounds(wild ? 1 + random.nextInt(2) : mine.size(), null), null, List.of(), true);
        }
        return rule("further " + scope, scope, IrRule.Counting.CLAIMS, ids, pool, null, null,
                bounds(wild ? 1 + random.nextInt(6) : Math.max(1, slack(credits(mine))), null), List.of(), true);
    }

    private IrRule totalRule() {
        int n = units.size();
        int count = witness.size();
        int credits = credits(List.copyOf(witness));
        if (countsOnly || chance(0.55)) {
            Integer min = wild() ? 1 + random.nextInt(n) : Math.max(1, count - random.nextInt(2));
            Integer max = chance(0.25) ? (wild() ? 1 + random.nextInt(n) : count + random.nextInt(2)) : null;
            return rule("in total", "in total", IrRule.Counting.BOUNDS, List.of(), null, null, bounds(min, max), null, List.of(),
                    false);
        }
        Integer min = chance(0.8) ? (wild() ? 1 + random.nextInt(2 * credits + 1) : Math.max(1, slack(credits))) : null;
        Integer max = chance(0.3) || min == null
                ? (wild() ? 5 + random.nextInt(12) : Math.max(min == null ? 0 : min, credits) + random.nextInt(5))
                : null;
        return rule("in total", "in total", IrRule.Counting.BOUNDS, List.of(), null, null, null, bounds(min, max), List.of(),
                false);
    }

    /** `at least 4 units at level 3 or above`, `at most 10 credits at level 2`, maybe within a group. */
    private IrRule levelRule() {
        int rank = 1 + random.nextInt(4);
        String op = OPS[random.nextInt(3)];
        IrRule.IrLevelFilter filter = new IrRule.IrLevelFilter(IrComparison.valueOf(op.toUpperCase(java.util.Locale.ROOT)), rank,
                String.valueOf(rank), false);
        IrGroup g = chance(0.3) ? groups.get(random.nextInt(groups.size())) : null;
        String scope = "at level " + rank + " (" + op + ")" + (g == null ? "" : " from group " + g.id());
        List<String> pool = g == null ? null : g.units();
        List<String> groupIds = g == null ? List.of() : List.of(g.id());
        List<String> candidates = closed(pool == null ? refs() : pool).stream()
                .filter(ref -> atLevel(ref, op, rank)).toList();
        if (planted(candidates).isEmpty() && !candidates.isEmpty() && chance(0.7)) {
            witness.add(pick(candidates, 1).get(0));
        }
        List<String> atLevel = planted(candidates);
        boolean wild = wild();
        double kind = atLevel.isEmpty() && !wild ? 1 : random.nextDouble();
        if (kind < 0.5) {
            int min = wild || atLevel.isEmpty() ? 1 + random.nextInt(3) : Math.max(1, atLevel.size() - random.nextInt(2));
            return rule(scope, scope, IrRule.Counting.BOUNDS, groupIds, pool, filter, bounds(min, null), null, List.of(), false);
        } else if (kind < 0.8) {
            int min = wild || atLevel.isEmpty() ? 1 + random.nextInt(12) : Math.max(1, slack(credits(atLevel)));
            return rule(scope, scope, IrRule.Counting.BOUNDS, groupIds, pool, filter, null, bounds(min, null), List.of(), false);
        }
        int max = wild ? 3 + random.nextInt(12) : credits(atLevel) + random.nextInt(4);
        return rule(scope, scope, IrRule.Counting.BOUNDS, groupIds, pool, filter, null, bounds(null, max), List.of(), false);
    }

    /** `at most 10 credits from group G2`, `at most 1 unit from group G2`. */
    private IrRule capRule() {
        IrGroup g = groups.get(random.nextInt(groups.size()));
        String scope = "from group " + g.id();
        List<String> counted = planted(closed(g.units()));
        if (chance(0.5)) {
            int max = wild() ? random.nextInt(g.units().size() + 1) : counted.size() + random.nextInt(2);
            return rule(scope, scope, IrRule.Counting.BOUNDS, List.of(g.id()), g.units(), null, bounds(null, max), null, List.of(),
                    false);
        }
        int max = wild() ? 2 + random.nextInt(12) : credits(counted) + random.nextInt(4);
        return rule(scope, scope, IrRule.Counting.BOUNDS, List.of(g.id()), g.units(), null, null, bounds(null, max), List.of(),
                false);
    }

    /** `barred units u1, u4`: at most one of them counts. */
    private IrRule barredRule() {
        List<String> barred = new ArrayList<>();
        List<String> in = new ArrayList<>(witness);
        List<String> out = refs().stream().filter(r -> !witness.contains(r)).toList();
        if (!in.isEmpty() && (chance(0.7) || out.isEmpty())) {
            barred.add(pick(in, 1).get(0));
        }
        barred.addAll(pick(wild() ? in : out, 1 + random.nextInt(2)));
        if (barred.size() < 2) {
            return null;
        }
        return rule("barred units " + String.join(", ", barred), "", IrRule.Counting.BOUNDS, List.of(), barred, null,
                bounds(null, 1), null, List.of(), false);
    }

    /** `at least 2 units from group G1 shared`, sometimes with an inclusion. */
    private IrRule sharedRule() {
        IrGroup g = groups.get(random.nextInt(groups.size()));
        String scope = "from group " + g.id() + " shared";
        List<String> counted = planted(closed(g.units()));
        boolean wild = wild() || counted.isEmpty();
        List<IrRule.IrInclusion> including = chance(0.5)
                ? List.of(new IrRule.IrInclusion(pick(wild ? g.units() : counted, 1), 1))
                : List.of();
        int min = wild ? 1 + random.nextInt(g.units().size()) : Math.max(1, counted.size() - random.nextInt(2));
        return rule(scope, scope, IrRule.Counting.BOUNDS, List.of(g.id()), g.units(), null, bounds(min, null), null, including,
                false);
    }

    /**
     * Rules on hours (`at least 120 glh from group G1`, `at most 90 tqt in total`), in some structures that mix: the
     * units get GLH and TQT, and one or two rules count them. Drawn from a stream of their own, so that every other
     * part of a seed's structure is what it was before hours were drawn.
     */
    private void hoursRules(List<IrRule> rules, long seed) {
        Random h = new Random(seed * 31 + 7);
        if (countsOnly || h.nextDouble() >= 0.3) {
            return;
        }
        for (int i = 0; i < units.size(); i++) {
            IrUnit u = units.get(i);
            // now and then a unit with no GLH: it brings none (the checker refuses such a spec, the engine counts 0)
            BigDecimal glh = h.nextDouble() < 0.05 ? null : BigDecimal.valueOf(30L * (1 + h.nextInt(4)));
            BigDecimal tqt = BigDecimal.valueOf(10L * (2 + h.nextInt(12)));
            units.set(i, new IrUnit(u.ref(), u.kind(), u.title(), u.level(), u.credit(), glh, u.gradingScale(),
                    u.criterionScale(), u.criteria(), u.achievedWhen(), u.grades(), u.gradeOrder(), u.source(), tqt));
        }
        int count = 1 + h.nextInt(2);
        for (int k = 0; k < count; k++) {
            boolean tqt = h.nextDouble() < 0.35;
            String word = tqt ? "tqt" : "glh";
            IrGroup g = groups.get(h.nextInt(groups.size()));
            double kind = h.nextDouble();
            boolean wild = h.nextDouble() < 0.05;
            IrRule.IrScope scope;
            List<String> pool;
            IrRule.Counting counting;
            IrRule.IrBounds unitBounds = null;
            IrRule.IrBounds bounds;
            String text;
            if (kind < 0.5) {
                // a slot: `at least 90 glh from group G1`, maybe with a unit minimum or a maximum of hours too
                pool = g.units();
                List<String> mine = free(closed(pool));
                taken.addAll(mine);
                long planted = hours(mine, tqt);
                long min = wild || planted == 0 ? 30 + 30L * h.nextInt(4) : h.nextBoolean() ? planted
                        : Math.max(10, planted - 10L * h.nextInt(4));
                Long max = h.nextDouble() < 0.2 ? (Long) (hours(planted(closed(pool)), tqt) + 30L * h.nextInt(2)) : null;
                bounds = new IrRule.IrBounds(BigDecimal.valueOf(min), max == null ? null : BigDecimal.valueOf(Math.max(min, max)));
                if (h.nextDouble() < 0.2) {
                    unitBounds = new IrRule.IrBounds(BigDecimal.valueOf(Math.max(1, mine.size())), null);
                }
                counting = IrRule.Counting.CLAIMS;
                scope = new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(g.id()));
                text = "at least " + min + " " + word + " from group " + g.id();
            } else if (kind < 0.75) {
                // a cap: `at most 120 glh from group G2`
                pool = g.units();
                long max = wild ? 30L * h.nextInt(5) : hours(planted(closed(pool)), tqt) + 30L * h.nextInt(2);
                bounds = new IrRule.IrBounds(null, BigDecimal.valueOf(max));
                counting = IrRule.Counting.BOUNDS;
                scope = new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(g.id()));
                text = "at most " + max + " " + word + " from group " + g.id();
            } else {
                // a total: `120 to 180 glh in total`
                pool = null;
                long planted = hours(List.copyOf(witness), tqt);
                Long min = h.nextDouble() < 0.8 ? (Long) (wild ? 30L * h.nextInt(8) : Math.max(10, planted - 10L * h.nextInt(3)))
                        : null;
                Long max = h.nextDouble() < 0.35 || min == null ? (Long) (wild ? 30L * h.nextInt(8) : planted + 30L * h.nextInt(2))
                        : null;
                bounds = new IrRule.IrBounds(min == null ? null : BigDecimal.valueOf(min),
                        max == null ? null : BigDecimal.valueOf(max));
                counting = IrRule.Counting.BOUNDS;
                scope = new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of());
                text = (min == null ? "" : "at least " + min + " ") + (max == null ? "" : "at most " + max + " ") + word
                        + " in total";
            }
            rules.add(new IrRule("r" + (++ruleCount), null, text, counting, scope, pool, null, unitBounds, null,
                    List.of(), false, null, null, tqt ? null : bounds, tqt ? bounds : null));
        }
    }

    /**
     * Rules on graded units (`at least 12 credits graded Merit or above`, `at most 1 unit graded Pass from group
     * G2`), in some structures: they bound what is counted, by the candidate's grades. Drawn from a stream of their
     * own, as hours are.
     */
    private void gradedRules(List<IrRule> rules, long seed) {
        Random h = new Random(seed * 37 + 11);
        if (countsOnly || h.nextDouble() >= 0.3) {
            return;
        }
        int count = 1 + h.nextInt(2);
        for (int k = 0; k < count; k++) {
            String label = ACHIEVED.get(h.nextInt(ACHIEVED.size()));
            IrComparison op = h.nextDouble() < 0.6 ? IrComparison.GE : h.nextDouble() < 0.5 ? IrComparison.EQ
                    : IrComparison.LE;
            IrGroup g = h.nextBoolean() ? groups.get(h.nextInt(groups.size())) : null;
            List<String> pool = g == null ? null : g.units();
            boolean credits = h.nextBoolean();
            boolean cap = h.nextDouble() < 0.3;
            int amount = credits ? 1 + h.nextInt(cap ? 8 : 14) : (cap ? h.nextInt(2) : 1 + h.nextInt(2));
            IrRule.IrBounds bounds = cap ? new IrRule.IrBounds(null, BigDecimal.valueOf(amount))
                    : new IrRule.IrBounds(BigDecimal.valueOf(amount), null);
            String text = (cap ? "at most " : "at least ") + amount + (credits ? " credits" : " units") + " graded "
                    + label + " " + op.name().toLowerCase(java.util.Locale.ROOT) + (g == null ? "" : " from group " + g.id());
            IrRule.IrScope scope = g == null ? new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of())
                    : new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of(g.id()));
            rules.add(new IrRule("r" + (++ruleCount), null, text, IrRule.Counting.BOUNDS, scope, pool, null,
                    credits ? null : bounds, credits ? bounds : null, List.of(), false, null, null, null, null,
                    new IrRule.IrGraded(label, op), null));
        }
    }

    /**
     * Unit ordering gates (`units at level 3 or above count only after 6 credits at level 2 or below`), in some
     * structures; drawn from a stream of their own. The level the credits come from never overlaps the gated level.
     */
    private void gateRules(List<IrRule> rules, long seed) {
        Random h = new Random(seed * 53 + 7);
        if (countsOnly || h.nextDouble() >= 0.2) {
            return;
        }
        int count = h.nextDouble() < 0.8 ? 1 : 2;
        for (int k = 0; k < count; k++) {
            int gated = 2 + h.nextInt(3);
            boolean above = h.nextBoolean();
            IrRule.IrLevelFilter gate = new IrRule.IrLevelFilter(above ? IrComparison.GE : IrComparison.EQ, gated,
                    String.valueOf(gated), false);
            int after = above ? gated - 1 : 1 + h.nextInt(4);
            if (!above && after == gated) {
                after = gated - 1;
            }
            IrRule.IrLevelFilter level = new IrRule.IrLevelFilter(above || h.nextBoolean() ? IrComparison.LE
                    : IrComparison.EQ, after, String.valueOf(after), false);
            if (level.op() == IrComparison.LE && after >= gated) {
                level = new IrRule.IrLevelFilter(IrComparison.LE, gated - 1, String.valueOf(gated - 1), false);
            }
            boolean credits = h.nextDouble() < 0.7;
            int amount = credits ? 1 + h.nextInt(12) : 1 + h.nextInt(3);
            IrRule.IrBounds bounds = new IrRule.IrBounds(BigDecimal.valueOf(amount), null);
            rules.add(new IrRule("r" + (++ruleCount), null, "units at level " + gated + (above ? " or above" : "")
                    + " count only after " + amount + (credits ? " credits" : " units") + " at level " + level.rank()
                    + " " + level.op(), IrRule.Counting.BOUNDS, new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL,
                    List.of()), null, level, credits ? null : bounds, credits ? bounds : null, List.of(), false, null,
                    null, null, null, null, null, gate));
        }
    }

    /** A smaller qualification's own grading, in some suites: by its units' grades (points are added above). */
    private IrGrading smallerGrading(long seed) {
        Random h = new Random(seed);
        if (h.nextDouble() >= 0.5) {
            return null;
        }
        List<IrGradeRule> rules = new ArrayList<>();
        rules.add(new IrGradeRule("SD", condition("every unit graded Distinction",
                new IrCondition.IrAtom(IrCondition.Kind.EVERY_UNIT, "Distinction", IrComparison.GE, null, false, null))));
        rules.add(new IrGradeRule("SM", condition("at least 1 unit graded Merit or above",
                new IrCondition.IrAtom(IrCondition.Kind.SOME_UNITS, "Merit", IrComparison.GE, BigDecimal.ONE, false,
                        null))));
        boolean otherwise = h.nextBoolean();
        if (otherwise) {
            rules.add(otherwise("SP"));
        }
        return new IrGrading(rules, null, null, !otherwise && h.nextBoolean(), null);
    }

    /** The grades with a points threshold first: `grade SX from N points`. */
    private static List<IrGradeRule> withPointsThreshold(List<IrGradeRule> rules, long seed) {
        List<IrGradeRule> out = new ArrayList<>();
        int points = 2 + new Random(seed * 71 + 3).nextInt(20);
        out.add(new IrGradeRule("SX", new IrCondition("at least " + points + " points", List.of(new IrCondition.IrAtom(
                IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(points))))));
        out.addAll(rules);
        return out;
    }

    /** The hours (GLH or TQT) of some units, 0 for a unit that gives none. */
    private long hours(List<String> refs, boolean tqt) {
        long sum = 0;
        for (IrUnit u : units) {
            BigDecimal v = tqt ? u.tqt() : u.glh();
            sum += refs.contains(u.ref()) && v != null ? v.longValueExact() : 0;
        }
        return sum;
    }

    private List<IrRule> variantRules() {
        List<IrRule> rules = new ArrayList<>();
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count || rules.isEmpty(); i++) {
            double kind = random.nextDouble();
            if (kind < 0.5) {
                add(rules, groupRule(groups.get(random.nextInt(groups.size()))));
            } else if (kind < 0.75 && !countsOnly) {
                rules.add(levelRule());
            } else {
                rules.add(totalRule());
            }
        }
        return rules;
    }

    private static void add(List<IrRule> rules, IrRule rule) {
        if (rule != null) {
            rules.add(rule);
        }
    }

    /** Sometimes a rule ignores the planted combination: then it may be unmet, or impossible. */
    private boolean wild() {
        return chance(0.05);
    }

    /** A minimum a little below what the planted units bring, sometimes exactly that. */
    private int slack(int credits) {
        return chance(0.5) ? credits : credits - random.nextInt(Math.max(1, credits / 3 + 1));
    }

    /** Adds a unit of the pool that no rule has taken to the planted combination (if there is one). */
    private List<String> grow(List<String> pool) {
        List<String> untaken = pool.stream().filter(r -> !taken.contains(r) && !witness.contains(r)).toList();
        if (untaken.isEmpty()) {
            return List.of();
        }
        String unit = pick(untaken, 1).get(0);
        witness.add(unit);
        return List.of(unit);
    }

    /** Units of the planted combination in a set of units. */
    private List<String> planted(List<String> refs) {
        return refs.stream().filter(witness::contains).toList();
    }

    /** Units of the planted combination in a set that no rule has taken for itself yet. */
    private List<String> free(List<String> refs) {
        return refs.stream().filter(r -> witness.contains(r) && !taken.contains(r)).toList();
    }

    /** A set of units with every unit equivalent to one of them, as the engine reads pools. */
    private List<String> closed(List<String> refs) {
        Set<String> out = new LinkedHashSet<>(refs);
        for (List<String> cls : equivalents) {
            if (cls.stream().anyMatch(refs::contains)) {
                out.addAll(cls);
            }
        }
        return List.copyOf(out);
    }

    private boolean atLevel(String ref, String op, int rank) {
        IrLevel level = units.stream().filter(u -> u.ref().equals(ref)).findFirst().orElseThrow().level();
        if (level == null) {
            return false;
        }
        return switch (op) {
            case "ge" -> level.rank() >= rank;
            case "le" -> level.rank() <= rank;
            default -> level.rank() == rank;
        };
    }

    private List<String> refs() {
        return units.stream().map(IrUnit::ref).toList();
    }

    private IrRule rule(String words, String scope, IrRule.Counting counting, List<String> groupIds, List<String> pool,
            IrRule.IrLevelFilter level, IrRule.IrBounds unitBounds, IrRule.IrBounds creditBounds,
            List<IrRule.IrInclusion> including, boolean further) {
        String id = "r" + (++ruleCount);
        String text = amount(unitBounds, "units") + amount(creditBounds, "credits") + words
                + including.stream().map(i -> " including " + String.join("/", i.anyOf()))
                        .collect(Collectors.joining());
        IrRule.IrScope where = groupIds.isEmpty() ? new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of())
                : new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, groupIds);
        List<BigDecimal> sizes = null;
        if (counting == IrRule.Counting.BOUNDS && chance(0.15)) {
            // only units of some credit values: `at most 30 credits in units of 6 or 9 credits`
            sizes = java.util.stream.Stream.of(pick(units).credit(), pick(units).credit()).distinct().toList();
            text = text + " in units of " + sizes.stream().map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(" or ")) + " credits";
        }
        return new IrRule(id, null, text.trim(), counting, where, pool, level, unitBounds, creditBounds, including,
                further, null, sizes);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String amount(IrRule.IrBounds b, String what) {
        if (b == null) {
            return "";
        }
        String min = b.min() == null ? "" : "min " + b.min().toPlainString() + " ";
        String max = b.max() == null ? "" : "max " + b.max().toPlainString() + " ";
        return min + max + what + " ";
    }

    private static IrRule.IrBounds bounds(Integer min, Integer max) {
        return min == null && max == null ? null : new IrRule.IrBounds(IrBuilder.dec(min), IrBuilder.dec(max));
    }

    // ----------------------------------------------------------------------------------------- grading

    private IrGrading grading(boolean gradedStructure) {
        IrGrading g = gradingWithSelection(gradedStructure);
        if (g != null && g.selection() != null) {
            return g;
        }
        if (g != null && g.points() == null && compensation.nextDouble() < 0.3) {
            // an end-point assessment's grade table over two named units, a row a grade rule, best first
            String a = units.get(compensation.nextInt(units.size())).ref();
            String b = units.get(compensation.nextInt(units.size())).ref();
            List<IrGradeRule> table = new ArrayList<>();
            for (String[] row : new String[][] {{"Distinction", "Distinction", "D"}, {"Distinction", "Merit", "M"},
                    {"Merit", "Pass", "M"}, {"Pass", "Pass", "P"}}) {
                table.add(new IrGradeRule(row[2], condition("unit " + a + " graded " + row[0] + " and unit " + b
                        + " graded " + row[1] + (compensation.nextBoolean() ? " or above" : ""),
                        new IrCondition.IrAtom(IrCondition.Kind.UNIT_GRADED, row[0], IrComparison.EQ, null, false, null,
                                null, null, a),
                        new IrCondition.IrAtom(IrCondition.Kind.UNIT_GRADED, row[1], compensation.nextBoolean()
                                ? IrComparison.GE : IrComparison.EQ, null, false, null, null, null, b))));
            }
            table.addAll(g.rules());
            g = new IrGrading(table, null, g.tariff());
        }
        if (!chance(0.3)) {
            return g;
        }
        // a UCAS-style tariff per credit (Access to HE: 3.2, 2.4, 1.6), with or without a grading by points
        List<IrGrading.IrPointsRow> rows = new ArrayList<>();
        for (int rank = 1; rank <= 4; rank++) {
            if (chance(0.6)) {
                rows.add(new IrGrading.IrPointsRow(rank, null, List.of(tariff("Pass", "1.6"), tariff("Merit", "2.4"),
                        tariff("Distinction", "3.2"))));
            }
        }
        if (chance(0.3)) {
            rows.add(new IrGrading.IrPointsRow(null, null, List.of(tariff("Pass", "0.5"), tariff("Distinction", "1"))));
        }
        IrGrading.IrPoints tariff = new IrGrading.IrPoints(IrGrading.IrPoints.Per.CREDIT, rows);
        return g == null ? new IrGrading(List.of(), null, tariff)
                : new IrGrading(g.rules(), g.points(), tariff, g.gradeRequired(), null);
    }

    /**
     * Sometimes the credits graded: `grade from the best 12 credits at level 2 or above, taken from at most 20
     * credits, including u3` with a points table per credit (whose rules are then on all the points only), or `grade from units
     * at level 3` with any rules.
     */
    private IrGrading gradingWithSelection(boolean gradedStructure) {
        IrGrading g = gradingWithoutTariff(gradedStructure);
        if (g == null || g.rules().isEmpty()) {
            return g;
        }
        boolean pointsOnly = g.points() != null && g.points().per() == IrGrading.IrPoints.Per.CREDIT
                && g.rules().stream().allMatch(r -> r.when() == null || r.when().all().stream()
                        .allMatch(a -> a.kind() == IrCondition.Kind.POINTS));
        if (!chance(pointsOnly ? 0.7 : 0.2)) {
            return g;
        }
        BigDecimal best = null;
        List<IrGradeRule> rules = g.rules();
        if (pointsOnly && chance(0.8)) {
            best = BigDecimal.valueOf(1 + random.nextInt(16));
            if (chance(0.2)) {
                best = best.add(new BigDecimal("0.5"));
            }
            // the best credits are graded by all their points: a condition on some units' points goes (Q0146)
            rules = rules.stream().map(RandomStructures::withoutPools).toList();
        }
        IrRule.IrLevelFilter level = chance(0.5) ? null : new IrRule.IrLevelFilter(
                OPS_COMPARISON[random.nextInt(3)], 1 + random.nextInt(4), null, false);
        BigDecimal cap = chance(0.4) ? (best == null ? BigDecimal.ZERO : best).add(BigDecimal.valueOf(random.nextInt(14)))
                : null;
        List<String> including = best != null && chance(0.4) ? someUnits(1 + random.nextInt(2)) : List.of();
        return new IrGrading(rules, g.points(), null, g.gradeRequired(), new IrGrading.IrSelection(best, level, cap,
                including, "grade from the best credits"));
    }

    /** The grade rule with only its conditions on every counted unit's points (`from N points`, not `from group`). */
    private static IrGradeRule withoutPools(IrGradeRule rule) {
        if (rule.when() == null || rule.when().all().stream().allMatch(a -> a.pool() == null)) {
            return rule;
        }
        List<IrCondition.IrAtom> kept = rule.when().all().stream().filter(a -> a.pool() == null).toList();
        return new IrGradeRule(rule.grade(), kept.isEmpty() ? null : new IrCondition(String.join(" and ", kept.stream()
                .map(a -> "at least " + a.points().toPlainString() + " points").toList()), kept));
    }

    private static final IrComparison[] OPS_COMPARISON = {IrComparison.EQ, IrComparison.GE, IrComparison.LE};

    private static IrGrading.IrPointsEntry tariff(String grade, String points) {
        return new IrGrading.IrPointsEntry(grade, new BigDecimal(points));
    }

    private IrGrading gradingWithoutTariff(boolean gradedStructure) {
        double kind = random.nextDouble();
        if (!gradedStructure || kind < 0.2) {
            return chance(0.5) ? null : new IrGrading(chance(0.5) ? List.of() : List.of(otherwise("Pass")), null);
        }
        List<IrGradeRule> rules = new ArrayList<>();
        if (kind < 0.6) {
            boolean perCredit = chance(0.5);
            List<IrGrading.IrPointsRow> rows = new ArrayList<>();
            for (int rank = 1; rank <= 4; rank++) {
                if (chance(0.8)) {
                    rows.add(new IrGrading.IrPointsRow(rank, null, List.of(
                            points("Pass", rank), points("Merit", rank + 1), points("Distinction", rank + 3))));
                }
            }
            if (chance(0.3)) {
                rows.add(new IrGrading.IrPointsRow(null, null, List.of(points("Pass", 1), points("Merit", 2))));
            }
            int scale = perCredit ? 12 : 3;
            int high = scale * (2 + random.nextInt(8));
            int low = Math.max(1, high - scale * (1 + random.nextInt(4)));
            rules.add(chance(0.4) ? pointsFromGroup("D", high, scale * (1 + random.nextInt(3))) : pointsRule("D", high));
            if (chance(0.3)) {
                // BTEC Firsts: a Level 2 grade needs points from the core too; a lower grade falls back without
                rules.add(pointsFromGroup("C", low, scale * (1 + random.nextInt(2))));
            }
            rules.add(pointsRule("M", low));
            if (chance(0.3)) {
                rules.add(pointsRule("L", Math.max(1, low - scale * (1 + random.nextInt(2)))));
            }
            boolean otherwise = chance(0.5);
            if (otherwise) {
                rules.add(otherwise("P"));
            }
            // `otherwise not achieved`: below every grade the qualification is not achieved
            return new IrGrading(rules, new IrGrading.IrPoints(perCredit ? IrGrading.IrPoints.Per.CREDIT
                    : IrGrading.IrPoints.Per.UNIT, rows), null, !otherwise && chance(0.6), null);
        }
        rules.add(new IrGradeRule("D", condition("every unit graded Distinction",
                new IrCondition.IrAtom(IrCondition.Kind.EVERY_UNIT, "Distinction", chance(0.5) ? IrComparison.GE : IrComparison.EQ, null, false, null))));
        if (chance(0.5)) {
            rules.add(new IrGradeRule("M", condition("at least 50% of units graded Merit or above",
                    new IrCondition.IrAtom(IrCondition.Kind.SOME_UNITS, "Merit", IrComparison.GE, BigDecimal.valueOf(50), true, null))));
        } else {
            int k = 1 + random.nextInt(3);
            rules.add(new IrGradeRule("M", condition("at least " + k + " units graded Merit or above",
                    new IrCondition.IrAtom(IrCondition.Kind.SOME_UNITS, "Merit", IrComparison.GE, BigDecimal.valueOf(k), false, null),
                    new IrCondition.IrAtom(IrCondition.Kind.EVERY_UNIT, "Pass", IrComparison.GE, null, false, null))));
        }
        if (chance(0.5)) {
            // credits at a grade, maybe at a level: `at least 12 credits at level 2 or above graded Merit or above`
            int k = 1 + random.nextInt(16);
            IrRule.IrLevelFilter level = chance(0.5) ? null : new IrRule.IrLevelFilter(
                    chance(0.5) ? IrComparison.GE : IrComparison.EQ, 1 + random.nextInt(4), null, false);
            String label = chance(0.6) ? "Merit" : "Distinction";
            rules.add(new IrGradeRule("C", condition("at least " + k + " credits graded " + label + " or above",
                    new IrCondition.IrAtom(IrCondition.Kind.SOME_CREDITS, label, chance(0.7) ? IrComparison.GE
                            : IrComparison.EQ, BigDecimal.valueOf(k), false, null, level))));
        }
        if (chance(0.3)) {
            rules.add(new IrGradeRule("L", condition("at least 1 unit graded Pass or below",
                    new IrCondition.IrAtom(IrCondition.Kind.SOME_UNITS, "Pass", IrComparison.LE, BigDecimal.ONE, false, null))));
        }
        boolean otherwise = chance(0.7);
        if (otherwise) {
            rules.add(otherwise("P"));
        }
        return new IrGrading(rules, null, null, !otherwise && chance(0.5), null);
    }

    /** `grade X from N points when at least K points from group G`: points over one group too. */
    private IrGradeRule pointsFromGroup(String grade, int points, int fromGroup) {
        IrGroup g = groups.get(random.nextInt(groups.size()));
        return new IrGradeRule(grade, condition("at least " + points + " points and at least " + fromGroup
                + " points from group " + g.id(),
                new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(points)),
                new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(fromGroup),
                        null, g.units(), null)));
    }

    private static IrGradeRule otherwise(String grade) {
        return new IrGradeRule(grade, null);
    }

    private static IrGradeRule pointsRule(String grade, int points) {
        return new IrGradeRule(grade, condition(grade + " from " + points + " points",
                new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null, null, false, BigDecimal.valueOf(points))));
    }

    private static IrCondition condition(String text, IrCondition.IrAtom... atoms) {
        return new IrCondition(text, List.of(atoms));
    }

    private IrGrading.IrPointsEntry points(String grade, int base) {
        return new IrGrading.IrPointsEntry(grade, BigDecimal.valueOf(base + random.nextInt(2)));
    }

    // ----------------------------------------------------------------------------------------- candidates

    /** Near the planted combination (a few units fewer or more), or any units at all. */
    private Candidate candidate(String id) {
        Set<String> has = new LinkedHashSet<>();
        if (chance(0.6)) {
            has.addAll(witness);
            has.removeAll(pick(List.copyOf(witness), random.nextInt(3)));
            has.addAll(someUnits(random.nextInt(3)));
        } else {
            double density = 0.3 + 0.65 * random.nextDouble();
            refs().stream().filter(r -> chance(density)).forEach(has::add);
        }
        List<Achievement> achievements = new ArrayList<>();
        for (IrUnit u : units) {
            if (!has.contains(u.ref())) {
                continue;
            }
            Achievement a = Achievement.of(u.ref());
            if (u.gradingScale() != null && chance(0.9)) {
                double r = random.nextDouble();
                a = Achievement.withResult(u.ref(), r < 0.08 ? "Fail" : r < 0.4 ? "Pass" : r < 0.7 ? "Merit"
                        : "Distinction");
            }
            double s = random.nextDouble();
            if (s < 0.06 && a.result().isEmpty()) {
                // exempt units bring no credit; they are given no grade, as points for them are not defined
                a = a.withStatus("exempt");
            } else if (s < 0.10) {
                a = a.withStatus("planned");
            } else if (s < 0.14) {
                a = a.withStatus("rpl");
            }
            achievements.add(a);
        }
        if (compensated) {
            failSome(achievements);
        }
        if (marked) {
            markSome(achievements);
        }
        Collections.shuffle(achievements, random);
        if (chance(0.1)) {
            achievements.add(Achievement.of("not-a-unit"));
        }
        return new Candidate(id, achievements);
    }

    /** The scale of marks: 45 marks, Pass from 18, Merit from 27, Distinction from 36 (the exam of A14, scaled). */
    private static final BigDecimal MARKS = BigDecimal.valueOf(45);
    private static final java.util.Map<String, BigDecimal> FROM = java.util.Map.of("Pass", BigDecimal.valueOf(18),
            "Merit", BigDecimal.valueOf(27), "Distinction", BigDecimal.valueOf(36));

    /**
     * Some results become marks (`31`, `17.5`) or percentages of the marks (`80%`, which may fall between two marks),
     * and now and then one out of range (`46`, `101%`), which counts as no result the unit can have.
     */
    private void markSome(List<Achievement> achievements) {
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            if (a.result().isEmpty() || marking.nextDouble() < 0.4) {
                continue;
            }
            double r = marking.nextDouble();
            String mark = r < 0.03 ? (marking.nextBoolean() ? "46" : "101%")
                    : r < 0.35 ? marking.nextInt(101) + "%"
                    : r < 0.45 ? marking.nextInt(45) + ".5"
                    : Integer.toString(marking.nextInt(46));
            achievements.set(i, new Achievement(a.unit(), java.util.Optional.of(mark), a.criteria(), a.date(),
                    a.status(), a.line()));
        }
    }

    /**
     * Some passes become Fail, recorded without a pass; at most 5 units with no pass or no credit in all, as the
     * engine tries every choice of such units to take again only up to 5 (SEMANTICS.md).
     */
    private void failSome(List<Achievement> achievements) {
        long again = achievements.stream().filter(a -> a.status().orElse("").equals("exempt")
                || a.result().orElse("").equals("Fail")).count();
        for (int i = 0; i < achievements.size(); i++) {
            Achievement a = achievements.get(i);
            if (a.result().isPresent() && !a.result().get().equals("Fail") && again < 5
                    && compensation.nextDouble() < 0.25) {
                achievements.set(i, new Achievement(a.unit(), java.util.Optional.of("Fail"), a.criteria(), a.date(),
                        a.status(), a.line()));
                again++;
            }
        }
    }

    // ----------------------------------------------------------------------------------------- helpers

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private IrLevel level(int rank) {
        return new IrLevel(String.valueOf(rank), rank);
    }

    private List<String> someUnits(int count) {
        return pick(units.stream().map(IrUnit::ref).toList(), Math.min(count, units.size()));
    }

    private <T> List<T> pick(List<T> from, int count) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }

    private int credits(List<String> refs) {
        return units.stream().filter(u -> refs.contains(u.ref())).mapToInt(u -> u.credit().intValue()).sum();
    }

    // ----------------------------------------------------------------------------------------- describing

    static String describe(IrDocument ir) {
        StringBuilder s = new StringBuilder();
        s.append("units: ").append(ir.units().stream().map(u -> u.ref() + "(" + u.credit().toPlainString() + "cr L"
                + (u.level() == null ? "-" : u.level().rank()) + (u.gradingScale() == null ? "" : " graded")
                + (u.tqt() == null ? "" : " " + (u.glh() == null ? "-" : u.glh().toPlainString()) + "glh "
                        + u.tqt().toPlainString() + "tqt") + ")")
                .collect(Collectors.joining(", "))).append('\n');
        for (IrGroup g : ir.groups()) {
            s.append("group ").append(g.id()).append(": ").append(String.join(", ", g.units())).append('\n');
        }
        ir.scales().stream().filter(x -> !x.recorded().isEmpty()).forEach(x -> s.append("scale ").append(x.id())
                .append(" records ").append(String.join(", ", x.recorded())).append(", passes ")
                .append(String.join(", ", x.achieved())).append('\n'));
        rules(s, "", ir.rules());
        ir.equivalents().forEach(e -> s.append("equivalent units ").append(String.join(", ", e)).append('\n'));
        ir.requisites().forEach(r -> s.append(r.isGateway() ? "gateway " : "requires ").append(r.id())
                .append(r.level() == null ? "" : " at level " + r.level().op() + " " + r.level().rank()).append('\n'));
        if (ir.attempts() != null) {
            s.append(RandomHistories.describe(ir.attempts())).append('\n');
        }
        for (IrPathway p : ir.pathways()) {
            s.append(p.kind()).append(' ').append(p.id()).append(":\n");
            rules(s, "  ", p.rules());
        }
        if (ir.grading() != null) {
            for (IrGradeRule g : ir.grading().rules()) {
                s.append("grade ").append(g.grade()).append(' ')
                        .append(g.when() == null ? "otherwise" : "when " + g.when().text()).append('\n');
            }
            Optional.ofNullable(ir.grading().points()).ifPresent(p -> {
                s.append("points per ").append(p.per()).append(':');
                for (IrGrading.IrPointsRow row : p.rows()) {
                    s.append(" [L").append(row.levelRank() == null ? "any" : row.levelRank()).append(' ')
                            .append(row.entries().stream().map(e -> e.grade() + " " + e.points())
                                    .collect(Collectors.joining(", "))).append(']');
                }
                s.append('\n');
            });
            Optional.ofNullable(ir.grading().selection()).ifPresent(sel -> s.append("grade from ")
                    .append(sel.best() == null ? "units" : "the best " + sel.best() + " credits")
                    .append(sel.level() == null ? "" : " at level " + sel.level().op() + " " + sel.level().rank())
                    .append(sel.cap() == null ? "" : ", taken from at most " + sel.cap() + " credits")
                    .append(sel.including().isEmpty() ? "" : ", including " + sel.including()).append('\n'));
        }
        return s.toString();
    }

    private static void rules(StringBuilder s, String indent, List<IrRule> rules) {
        for (IrRule r : rules) {
            s.append(indent).append(r.id()).append(' ').append(r.counting()).append(": ").append(r.text());
            if (r.pool() != null) {
                s.append(" {").append(String.join(", ", r.pool())).append('}');
            }
            s.append('\n');
        }
    }

    private static String describe(Achievement a) {
        StringBuilder s = new StringBuilder(a.unit());
        a.result().ifPresent(r -> s.append('=').append(r));
        a.status().ifPresent(st -> s.append(" [").append(st).append(']'));
        s.append(a.attempt() > 0 ? " #" + a.attempt() : "");
        a.date().ifPresent(d -> s.append(" @").append(d));
        return s.toString();
    }
}
