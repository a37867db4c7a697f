package org.qdl.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrQualification;
import org.qdl.runtime.ir.IrComparison;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrUnit;

/** The structures and candidates the benchmarks evaluate, built as the IR `qdl build` would write. */
public final class Structures {
    private Structures() {
    }

    // ----------------------------------------------------------------------------------------- the hard case

    /**
     * 4 mandatory units (all of group M), 18 optional units (group O), at least 12 optional units, and at least 4
     * units at level 3, counted separately (a unit counted for O also counts at level 3).
     */
    public static IrDocument hardCase() {
        Builder b = new Builder("hard-case");
        List<String> mandatory = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            mandatory.add(b.unit("M" + i, 10 + 5 * (i % 2), 2));
        }
        List<String> optional = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            optional.add(b.unit("O" + i, 5 * (1 + i % 3), 1 + i % 3));
        }
        b.group("M", mandatory).group("O", optional);
        b.slot("mandatory", "all units from group M", mandatory, 4);
        b.slot("optional", "at least 12 units from group O", optional, 12);
        b.rule(new IrRule("level-3", null, "at least 4 units at level 3", IrRule.Counting.BOUNDS, TOTAL, null,
                new IrRule.IrLevelFilter(IrComparison.EQ, 3, "3", false), bounds(4), null, List.of(), false, null));
        return b.build();
    }

    /** Three of the four mandatory units and 14 optional units (4 of them at level 3): one unit short. */
    public static Candidate hardCaseShort() {
        return candidate("short", List.of("M1", "M2", "M3"), range("O", 1, 14));
    }

    /** All four mandatory units and 14 optional units. */
    public static Candidate hardCaseAchieved() {
        return candidate("achieved", List.of("M1", "M2", "M3", "M4"), range("O", 1, 14));
    }

    // ----------------------------------------------------------------------------------------- growth

    /**
     * k groups of 4 units; 2 units (or, by credits, at least 9 credits) from each group; 1 further unit from any of
     * each neighbouring pair of groups (i, i+1, round the ring); at least 3k units in total.
     */
    public static IrDocument growth(int k, boolean byCredits) {
        Builder b = new Builder("growth-" + k + (byCredits ? "-credits" : "-units"));
        List<List<String>> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<String> units = new ArrayList<>();
            for (int u = 1; u <= 4; u++) {
                units.add(b.unit("G" + g + "-" + u, 2 + u, 2));
            }
            groups.add(units);
            b.group("G" + g, units);
        }
        for (int g = 0; g < k; g++) {
            if (byCredits) {
                b.rule(new IrRule("G" + g, null, "at least 9 credits from group G" + g, IrRule.Counting.CLAIMS,
                        groupsScope(List.of("G" + g)), groups.get(g), null, null, bounds(9), List.of(), false, null));
            } else {
                b.slot("G" + g, "2 units from group G" + g, groups.get(g), 2);
            }
        }
        for (int g = 0; g < k; g++) {
            int h = (g + 1) % k;
            Set<String> pair = new LinkedHashSet<>(groups.get(g));
            pair.addAll(groups.get(h));
            b.rule(new IrRule("further-" + g, null, "1 further unit from any of groups G" + g + " and G" + h,
                    IrRule.Counting.CLAIMS, anyOfScope(List.of("G" + g, "G" + h)),
                    List.copyOf(pair), null, bounds(1), null, List.of(), true, null));
        }
        b.rule(new IrRule("total", null, "at least " + 3 * k + " units in total", IrRule.Counting.BOUNDS, TOTAL, null,
                null, bounds(3 * k), null, List.of(), false, null));
        return b.build();
    }

    /** Units 2, 3 and 4 of every group: achieved (each group gives 2 units, or 3 + 4 + 5 credits, and 1 further). */
    public static Candidate growthAchieved(int k) {
        List<String> units = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            units.addAll(List.of("G" + g + "-2", "G" + g + "-3", "G" + g + "-4"));
        }
        return candidate("achieved", units, List.of());
    }

    /** As {@link #growthAchieved}, without the last group's unit 4: one unit short. */
    public static Candidate growthShort(int k) {
        List<String> units = new ArrayList<>(growthAchieved(k).achievements().stream().map(Achievement::unit).toList());
        units.remove("G" + (k - 1) + "-4");
        return candidate("short", units, List.of());
    }

    // ----------------------------------------------------------------------------------------- SVQ

    static final List<String> SVQ_GROUPS = List.of("A", "B", "C", "D", "E");
    private static final int[] SVQ_SIZES = {5, 8, 7, 7, 6};

    /**
     * 33 units in groups A to E; 2 units from group A; 1 unit from each of groups B, C, D and E; 1 further unit
     * from any of groups B, C, D and E; at least 7 units in total.
     */
    public static IrDocument svq() {
        Builder b = new Builder("svq");
        List<String> bToE = new ArrayList<>();
        for (int g = 0; g < SVQ_GROUPS.size(); g++) {
            String group = SVQ_GROUPS.get(g);
            List<String> units = svqGroup(g);
            units.forEach(ref -> b.unit(ref, 5, 5));
            b.group(group, units);
            b.slot(group, (g == 0 ? "2 units" : "1 unit") + " from group " + group, units, g == 0 ? 2 : 1);
            if (g > 0) {
                bToE.addAll(units);
            }
        }
        b.rule(new IrRule("further", null, "1 further unit from any of groups B, C, D and E",
                IrRule.Counting.CLAIMS, anyOfScope(List.of("B", "C", "D", "E")), bToE, null,
                bounds(1), null, List.of(), true, null));
        b.rule(new IrRule("total", null, "at least 7 units in total", IrRule.Counting.BOUNDS, TOTAL, null, null,
                bounds(7), null, List.of(), false, null));
        return b.build();
    }

    private static List<String> svqGroup(int g) {
        List<String> units = new ArrayList<>();
        for (int u = 1; u <= SVQ_SIZES[g]; u++) {
            units.add("4427-" + (g + 1) + String.format("%02d", u));
        }
        return units;
    }

    /**
     * A class of candidates, from a seed: each takes 2 units of A (sometimes 1), 1 or 2 units of each of B to E
     * (sometimes none of one group), in the order a centre might list them. About half are achieved.
     */
    public static List<Candidate> svqCandidates(int count, long seed) {
        Random random = new Random(seed);
        List<Candidate> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<String> units = new ArrayList<>();
            for (int g = 0; g < SVQ_GROUPS.size(); g++) {
                List<String> group = new ArrayList<>(svqGroup(g));
                java.util.Collections.shuffle(group, random);
                int take = g == 0 ? (random.nextInt(6) == 0 ? 1 : 2) : random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2);
                units.addAll(group.subList(0, take));
            }
            java.util.Collections.shuffle(units, random);
            out.add(candidate("C" + c, units, List.of()));
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------- adversarial

    /** The maximum on each group of the ring: none, one no candidate can reach, or one that binds. */
    public enum Cap {
        NONE(0), NEVER_BINDS(1000), BINDS(9);

        final int credits;

        Cap(int credits) {
            this.credits = credits;
        }
    }

    /**
     * Issue 17's adversarial ring: g groups of 6 units, each unit in two neighbouring groups (3g units, credits 1 to
     * 4); 1 unit from each group; 3 further units from any of the groups; and, per {@code cap}, at most so many
     * credits from each group.
     */
    public static IrDocument ring(int g, Cap cap) {
        return ring(g, cap, 0);
    }

    /**
     * The ring with maximums of 4 credits on each group and at least 2g + 1 credits in total: each counted unit is
     * in two groups, so the maximums allow 2g credits at most. No combination exists, though every rule alone can
     * be met: what `qdl check` must prove (issue 17 item 13).
     */
    public static IrDocument ringUnachievable(int g) {
        return ring(g, null, 2 * g + 1);
    }

    private static IrDocument ring(int g, Cap cap, int totalCredits) {
        int n = 3 * g;
        Builder b = new Builder("ring-" + g);
        List<String> all = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            all.add(b.unit("U" + u, 1 + u % 4, 2));
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < g; k++) {
            List<String> units = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                units.add("U" + (3 * k + i) % n);
            }
            names.add("G" + k);
            b.group("G" + k, units);
            b.slot("G" + k, "1 unit from group G" + k, units, 1);
        }
        b.rule(new IrRule("further", null, "3 further units from any of groups G0 to G" + (g - 1),
                IrRule.Counting.CLAIMS, anyOfScope(names), all, null, bounds(3), null, List.of(), true, null));
        int max = totalCredits > 0 ? 4 : cap.credits;
        for (int k = 0; max > 0 && k < g; k++) {
            IrGroup group = b.groups.get(k);
            b.rule(new IrRule("cap-G" + k, null, "at most " + max + " credits from group G" + k,
                    IrRule.Counting.BOUNDS, groupsScope(List.of("G" + k)), group.units(), null, null,
                    new IrRule.IrBounds(null, BigDecimal.valueOf(max)), List.of(), false, null));
        }
        if (totalCredits > 0) {
            b.rule(new IrRule("total", null, "at least " + totalCredits + " credits in total",
                    IrRule.Counting.BOUNDS, TOTAL, null, null, null, bounds(totalCredits), List.of(), false, null));
        }
        return b.build();
    }

    /** The ring's learners: only U0 ("empty"), every unit ("all"), every other unit ("half"). */
    public static List<Candidate> ringCandidates(int g) {
        List<String> all = range("U", 0, 3 * g - 1);
        List<String> half = new ArrayList<>();
        for (int u = 0; u < 3 * g; u += 2) {
            half.add("U" + u);
        }
        return List.of(candidate("empty", List.of("U0"), List.of()), candidate("all", all, List.of()),
                candidate("half", half, List.of()));
    }

    /** Every unit of a structure: the candidate `qdl check`'s proof evaluates. */
    public static Candidate everyUnit(IrDocument ir) {
        return candidate("every unit", ir.units().stream().map(IrUnit::ref).toList(), List.of());
    }

    /**
     * Issue 17's wide structure: {@code units} units in group All (credits 1 to 4), split into 50 groups; 1 unit
     * from group All; {@code further} further units from any of the 50 groups; at most {@code cap} credits from
     * each of them.
     */
    public static IrDocument wide(int units, int further, int cap) {
        Builder b = new Builder("wide-" + units);
        List<String> all = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            all.add(b.unit("U" + u, 1 + u % 4, 2));
        }
        b.group("All", all);
        b.slot("All", "1 unit from group All", all, 1);
        int per = units / 50;
        List<String> names = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            names.add("G" + k);
            b.group("G" + k, all.subList(k * per, (k + 1) * per));
        }
        b.rule(new IrRule("further", null, further + " further units from any of groups G0 to G49",
                IrRule.Counting.CLAIMS, anyOfScope(names), all.subList(0, 50 * per), null, bounds(further), null,
                List.of(), true, null));
        for (int k = 0; k < 50; k++) {
            b.rule(new IrRule("cap-G" + k, null, "at most " + cap + " credits from group G" + k,
                    IrRule.Counting.BOUNDS, groupsScope(List.of("G" + k)), all.subList(k * per, (k + 1) * per), null,
                    null,
                    new IrRule.IrBounds(null, BigDecimal.valueOf(cap)), List.of(), false, null));
        }
        return b.build();
    }

    /** The wide structure's learners: only U0 ("empty"), every 37th unit ("some"), every third unit ("many"). */
    public static List<Candidate> wideCandidates(int units) {
        List<String> some = new ArrayList<>();
        List<String> many = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            if (u % 37 == 0) {
                some.add("U" + u);
            }
            if (u % 3 == 0) {
                many.add("U" + u);
            }
        }
        return List.of(candidate("empty", List.of("U0"), List.of()), candidate("some", some, List.of()),
                candidate("many", many, List.of()));
    }

    /**
     * What stays exponential: n units of large even credits (seeded, 100,000 to 999,998) and an exact total of an
     * odd number of credits near half of them all, which no set of them can make; only trying every set shows it
     * (the sums are too many to meet twice), so from about 30 units a learner of every unit uses up the budget.
     */
    public static IrDocument oddTotal(int n) {
        Builder b = new Builder("odd-total-" + n);
        Random random = new Random(n);
        long sum = 0;
        for (int u = 0; u < n; u++) {
            int credit = 2 * (50_000 + random.nextInt(450_000));
            b.unit("U" + u, credit, 2);
            sum += credit;
        }
        BigDecimal odd = BigDecimal.valueOf(sum / 2 | 1);
        b.rule(new IrRule("total", null, odd + " to " + odd + " credits in total", IrRule.Counting.BOUNDS, TOTAL, null,
                null, null, new IrRule.IrBounds(odd, odd), List.of(), false, null));
        return b.build();
    }

    // ----------------------------------------------------------------------------------------- building

    private static List<String> range(String prefix, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private static Candidate candidate(String id, List<String> first, List<String> then) {
        List<Achievement> achievements = new ArrayList<>();
        first.forEach(ref -> achievements.add(Achievement.of(ref)));
        then.forEach(ref -> achievements.add(Achievement.of(ref)));
        return new Candidate(id, achievements);
    }

    private static IrRule.IrBounds bounds(int min) {
        return new IrRule.IrBounds(BigDecimal.valueOf(min), null);
    }

    /** Just enough of an IR builder for these structures. */
    private static final class Builder {
        private final String id;
        private final List<IrUnit> units = new ArrayList<>();
        final List<IrGroup> groups = new ArrayList<>();
        private final List<IrRule> rules = new ArrayList<>();

        Builder(String id) {
            this.id = id;
        }

        String unit(String ref, int credit, int level) {
            units.add(new IrUnit(ref, "unit", ref, new IrLevel(String.valueOf(level), level), BigDecimal.valueOf(credit),
                    null, null, null, List.of(), null, List.of(), List.of(), null));
            return ref;
        }

        Builder group(String group, List<String> refs) {
            groups.add(new IrGroup(group, "Group " + group, refs, List.of(), null));
            return this;
        }

        Builder slot(String rule, String text, List<String> pool, int minUnits) {
            return rule(new IrRule(rule, null, text, IrRule.Counting.CLAIMS, groupsScope(List.of(rule)), pool,
                    null, bounds(minUnits), null, List.of(), false, null));
        }

        Builder rule(IrRule rule) {
            rules.add(rule);
            return this;
        }

        IrDocument build() {
            return new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                    new IrQualification(id, id, null, List.of(), null, null, null), List.of(), units, groups, rules,
                    List.of(), List.of(), null);
        }
    }

    private static final IrRule.IrScope TOTAL = new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of());

    private static IrRule.IrScope groupsScope(List<String> names) {
        return new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, names);
    }

    private static IrRule.IrScope anyOfScope(List<String> names) {
        return new IrRule.IrScope(IrRule.IrScope.Kind.ANY_OF_GROUPS, names);
    }
}
