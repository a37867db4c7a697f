package org.qdl.runtime.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrCondition;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrGradeRule;
import org.qdl.runtime.ir.IrPathway;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/**
 * A qualification's rules compiled for evaluation. Immutable and thread-safe: compile once, then evaluate any
 * number of candidates, from any number of threads.
 *
 * <pre>{@code
 * CompiledQualification q = CompiledQualification.compile(IrJson.read(Path.of("svq.qdl.json")));
 * Result r = q.evaluate(new Candidate("C001", List.of(Achievement.of("4427-450"))));
 * }</pre>
 */
public final class CompiledQualification {
    final IrDocument ir;
    final UnitInfo[] units;
    final Map<String, Integer> unitIndex;
    final Map<String, String> foldedRefs;
    /** Credits are held as whole numbers of 1/creditScale. */
    final long creditScale;
    /** The common rules as one variant (with gates, the reading with every gate open). */
    final Variant core;
    /** Whether some rule keeps only units passed, or only units counted but not passed (set while compiling). */
    boolean outcomeRules;
    final List<Variant> pathways;
    final List<Variant> endorsements;
    /**
     * The smaller qualifications of the suite, largest first: each its own rules alone (with equivalences); a smaller
     * qualification with gates is several variants in a row, with the same id.
     */
    final List<Variant> smaller;
    /** By smaller qualification id: its own grading (absent: ungraded). */
    final Map<String, Grades> smallerGrades;
    /** What a learner must hold beside the units, in the order written. */
    final List<RequisiteInfo> requisites;
    /** Whether some requisite is a gateway item: then a unit's attempt dated before the gateway does not count. */
    final boolean hasGateway;
    /** Index into {@link #requisites} by id, as written and folded (ignoring case and runs of spaces). */
    private final Map<String, Integer> requisiteIndex;
    /**
     * The variants one of which a candidate must meet: the pathways, or with none the core rules (with gates, one
     * variant per reading of them, the same id).
     */
    final List<Variant> required;
    final List<GradeRule> gradeRules;
    /** `otherwise not achieved`: a learner who meets the rules but none of the grades has not achieved it. */
    final boolean gradeRequired;
    /** The rules on time and attempts (a registration period, resits), or null when the spec has none. */
    final org.qdl.runtime.ir.IrAttempts attempts;
    /** The credits the grade is worked out from (`grade from the best 75 credits …`); null for every counted one. */
    final GradedCredits graded;
    final PointsTable points;
    /** UCAS-style points per credit reported with each result; null when the grading has no tariff. */
    final PointsTable tariff;
    /** The qualification's grading, as one: {@link #gradeRules}, {@link #gradeRequired}, {@link #points}, {@link #tariff}. */
    final Grades grades;
    final Requirement[] ruleOrder;
    /** Unit indices by reference, for the lookups of every evaluation (-1 for a reference no unit has). */
    final RefTable refTable;
    /** True for every unit (never written: copied where an evaluation needs every unit marked). */
    final boolean[] everyUnitTrue;
    /** Every unit index, in order. */
    final int[] allUnits;
    /**
     * Every unit's reference, by index, from which the lists of units a shortfall offers are made; null over 64 units.
     */
    final org.qdl.runtime.result.UnitRefs refs;
    /** Every unit's credit, in the credit unit of {@link #creditScale}. */
    final long[] nominalCredit;
    private final BigDecimal[] creditValues;
    /** The ids of barred rules: at most one unit of the units they name (see {@code NotCounted.Reason.BARRED}). */
    final java.util.Set<String> bars;
    /** Per unit index, its type: two units of a type take exactly the same part in every requirement. */
    private final int[] unitTypes;
    /** Completions by the held units they were found for: a class pays once per distinct record. */
    private final java.util.concurrent.ConcurrentHashMap<CompletionsKey, Completions> completions =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Completions remembered at most (each is small); beyond, they are worked out again. */
    private static final int COMPLETIONS_REMEMBERED = 100_000;

    private CompiledQualification(IrDocument ir) {
        this.ir = ir;
        this.creditScale = creditScale(ir);
        Map<String, ScaleInfo> scales = new HashMap<>();
        for (IrScale s : ir.scales()) {
            scales.put(s.id(), new ScaleInfo(s));
        }
        this.units = new UnitInfo[ir.units().size()];
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, String> folded = new HashMap<>();
        for (int i = 0; i < units.length; i++) {
            IrUnit u = ir.units().get(i);
            units[i] = unit(i, u, scales);
            index.put(u.ref(), i);
            folded.putIfAbsent(ScaleInfo.fold(u.ref()), u.ref());
        }
        this.unitIndex = Collections.unmodifiableMap(index);
        this.refTable = new RefTable(index);
        this.everyUnitTrue = new boolean[units.length];
        java.util.Arrays.fill(everyUnitTrue, true);
        this.allUnits = java.util.stream.IntStream.range(0, units.length).toArray();
        this.refs = units.length > Long.SIZE ? null
                : org.qdl.runtime.result.UnitRefs.of(java.util.Arrays.stream(units).map(u -> u.ref).toList());
        this.nominalCredit = java.util.Arrays.stream(units).mapToLong(u -> u.credit).toArray();
        long allCredit = java.util.Arrays.stream(nominalCredit).sum();
        this.creditValues = new BigDecimal[(int) Math.min(allCredit + 1, 1 << 16)];
        for (int c = 0; c < creditValues.length; c++) {
            creditValues[c] = creditValue(c);
        }
        this.foldedRefs = Collections.unmodifiableMap(folded);

        List<Requirement> coreRequirements = new ArrayList<>();
        for (IrRule r : ir.rules()) {
            if (r.gate() == null) {
                coreRequirements.addAll(requirements(r));
            }
        }
        for (int c = 0; c < ir.equivalents().size(); c++) {
            List<String> cls = ir.equivalents().get(c);
            boolean[] member = new boolean[units.length];
            for (String ref : cls) {
                member[index.get(ref)] = true;
            }
            coreRequirements.add(new Requirement(Counted.equivalenceId(c), Counted.Kind.EQUIVALENCE, List.of(), false,
                    member, false, 0, 0, new Requirement.Inclusion[0], false, null, 0, 1));
        }
        List<Requirement> all = new ArrayList<>(coreRequirements);
        List<Gate> coreGates = gates(ir.rules(), all);
        List<Variant> cores = variants(ir.qualification().id(), ir.qualification().title(), false, coreRequirements,
                coreGates);
        this.core = cores.get(0);
        List<Variant> ps = new ArrayList<>();
        List<Variant> es = new ArrayList<>();
        for (IrPathway p : ir.pathways()) {
            List<Requirement> reqs = new ArrayList<>(coreRequirements);
            for (IrRule r : p.rules()) {
                if (r.gate() == null) {
                    List<Requirement> own = requirements(r);
                    reqs.addAll(own);
                    all.addAll(own);
                }
            }
            List<Gate> gates = new ArrayList<>(coreGates);
            gates.addAll(gates(p.rules(), all));
            boolean endorsement = switch (p.kind()) {
                case PATHWAY -> false;
                case ENDORSEMENT -> true;
            };
            (endorsement ? es : ps).addAll(variants(p.id(), p.title(), endorsement, reqs, gates));
        }
        List<Variant> small = new ArrayList<>();
        Map<String, Grades> smallGrades = new HashMap<>();
        List<Requirement> equivalences = coreRequirements.subList(coreRequirements.size() - ir.equivalents().size(),
                coreRequirements.size());
        for (org.qdl.runtime.ir.IrSmaller s : ir.smallerQualifications()) {
            List<Requirement> reqs = new ArrayList<>();
            for (IrRule r : s.rules()) {
                if (r.gate() == null) {
                    reqs.addAll(requirements(r));
                }
            }
            all.addAll(reqs);
            reqs.addAll(equivalences);
            small.addAll(variants(s.id(), s.title(), false, reqs, gates(s.rules(), all)));
            if (s.grading() != null) {
                smallGrades.put(s.id(), grades(s.grading()));
            }
        }
        this.smaller = List.copyOf(small);
        this.smallerGrades = Map.copyOf(smallGrades);
        this.pathways = List.copyOf(ps);
        this.required = pathways.isEmpty() ? List.copyOf(cores) : pathways;
        this.endorsements = List.copyOf(es);
        this.ruleOrder = all.toArray(new Requirement[0]);
        this.requisites = ir.requisites().stream().map(RequisiteInfo::new).toList();
        this.hasGateway = requisites.stream().anyMatch(RequisiteInfo::gateway);
        this.requisiteIndex = new HashMap<>();
        for (int i = 0; i < requisites.size(); i++) {
            requisiteIndex.putIfAbsent(requisites.get(i).id(), i);
            requisiteIndex.putIfAbsent(ScaleInfo.fold(requisites.get(i).id()), i);
        }

        List<GradeRule> grades = new ArrayList<>();
        if (ir.grading() != null) {
            for (IrGradeRule g : ir.grading().rules()) {
                grades.add(gradeRule(g));
            }
        }
        this.gradeRules = List.copyOf(grades);
        this.attempts = ir.attempts();
        this.gradeRequired = ir.grading() != null && ir.grading().requiresGrade() && !grades.isEmpty();
        this.points = ir.grading() != null && ir.grading().points() != null ? new PointsTable(ir.grading().points())
                : null;
        this.tariff = ir.grading() != null && ir.grading().tariff() != null ? new PointsTable(ir.grading().tariff())
                : null;
        this.grades = new Grades(gradeRules, gradeRequired, points, tariff);
        this.graded = ir.grading() != null && ir.grading().selection() != null
                ? new GradedCredits(ir.grading().selection(), units, index, creditScale) : null;
        java.util.Set<String> barIds = new java.util.HashSet<>();
        for (IrRule r : rules(ir)) {
            boolean oneUnitAtMost = r.units() != null && r.units().min() == null && r.units().max() != null
                    && r.units().max().compareTo(BigDecimal.ONE) == 0 && r.credits() == null;
            if (r.counting() == IrRule.Counting.BOUNDS && r.scope().kind() == IrRule.IrScope.Kind.UNITS
                    && oneUnitAtMost && r.level() == null) {
                barIds.add(r.id());
            }
        }
        this.bars = java.util.Set.copyOf(barIds);
        this.hasGradedRules = java.util.Arrays.stream(ruleOrder).anyMatch(r -> r.graded != null);
        this.unitTypes = types(ruleOrder, units.length, nominalCredit);
        this.everyOptionCompletes = everyOptionCompletes(ruleOrder, units.length);
        for (Requirement r : all) {
            if (r.pool.length > 0 && (r.hasDemand() || r.lo > 0)) {
                // (written before the qualification is shared, which publishes it with its final fields)
                r.oneMore = Shortfalls.oneMoreFromWholePool(this, r);
            }
        }
    }

    /** A unit ordering gate: the units it gates count only when {@code open} holds; {@code closed} keeps them out. */
    private record Gate(List<Requirement> open, List<Requirement> closed) {
    }

    /** The gates among these rules, each as its two readings (their requirements added to {@code all}). */
    private List<Gate> gates(List<IrRule> rules, List<Requirement> all) {
        List<Gate> out = new ArrayList<>();
        for (IrRule r : rules) {
            if (r.gate() == null) {
                continue;
            }
            // open: the rule's amount holds over everything counted; closed: no unit at the gate's level counts
            List<Requirement> open = requirements(new IrRule(r.id(), r.label(), r.text(), IrRule.Counting.BOUNDS,
                    r.scope(), r.pool(), r.level(), r.units(), r.credits(), r.including(), false, r.source(),
                    r.unitCredits(), r.glh(), r.tqt(), r.graded(), r.outcome(), null));
            List<Requirement> closed = requirements(new IrRule(r.id(), r.label(), r.text(), IrRule.Counting.BOUNDS,
                    new IrRule.IrScope(IrRule.IrScope.Kind.TOTAL, List.of()), null, r.gate(),
                    new IrRule.IrBounds(null, BigDecimal.ZERO), null, List.of(), false, r.source()));
            all.addAll(open);
            all.addAll(closed);
            out.add(new Gate(open, closed));
        }
        return out;
    }

    /**
     * A rule set as variants: itself, or with gates one variant for each way of reading them (open or closed), the
     * reading with every gate open first (it counts the most units). A gate is a choice the engine makes exactly:
     * a candidate meets the rules when some reading is met.
     */
    private List<Variant> variants(String id, String title, boolean endorsement, List<Requirement> base,
            List<Gate> gates) {
        List<List<Requirement>> readings = new ArrayList<>();
        readings.add(base);
        for (Gate g : gates) {
            List<List<Requirement>> next = new ArrayList<>();
            for (List<Requirement> r : readings) {
                for (List<Requirement> reading : List.of(g.open(), g.closed())) {
                    List<Requirement> both = new ArrayList<>(r);
                    both.addAll(reading);
                    next.add(both);
                }
            }
            readings = next;
        }
        List<Variant> out = new ArrayList<>();
        for (List<Requirement> r : readings) {
            out.add(new Variant(id, title, endorsement, r.toArray(new Requirement[0]), units.length));
        }
        return out;
    }

    /** A grading compiled: the grades in order, whether one is required, and its points and tariff tables. */
    record Grades(List<GradeRule> rules, boolean required, PointsTable points, PointsTable tariff) {
    }

    private Grades grades(org.qdl.runtime.ir.IrGrading g) {
        List<GradeRule> rules = new ArrayList<>();
        for (IrGradeRule r : g.rules()) {
            rules.add(gradeRule(r));
        }
        return new Grades(List.copyOf(rules), g.requiresGrade() && !rules.isEmpty(),
                g.points() == null ? null : new PointsTable(g.points()), g.tariff() == null ? null
                        : new PointsTable(g.tariff()));
    }

    private static List<IrRule> rules(IrDocument ir) {
        List<IrRule> rules = new ArrayList<>(ir.rules());
        ir.pathways().forEach(p -> rules.addAll(p.rules()));
        ir.smallerQualifications().forEach(s -> rules.addAll(s.rules()));
        return rules;
    }

    /**
     * Units of one type: the same membership, weight and credit in every requirement, pathways' and endorsements'
     * included (and so in every inclusion and equivalence): one can take the other's place in any combination.
     */
    private static int[] types(Requirement[] requirements, int n, long[] credit) {
        Map<List<Long>, Integer> ids = new HashMap<>();
        int[] type = new int[n];
        for (int u = 0; u < n; u++) {
            List<Long> k = new ArrayList<>();
            k.add(credit[u]);
            for (Requirement r : requirements) {
                k.add(r.member[u] ? (r.weights != null ? r.weights[u] : r.amounts != null ? r.amounts[u] : 1) : 0L);
                for (Requirement.Inclusion i : r.inclusions) {
                    k.add(i.member()[u] ? 1L : 0L);
                }
            }
            type[u] = ids.computeIfAbsent(k, x -> ids.size());
        }
        return type;
    }

    int[] unitTypes() {
        return unitTypes;
    }

    /**
     * Whether every rule counts units alone, with no maximum, bar, equivalence, credit, inclusion or level: then a
     * unit of a short rule's pool takes the place of the unit the nearest combination adds for it (both count 1
     * everywhere they count), so each option lies in a minimal completion without checking.
     */
    private static boolean everyOptionCompletes(Requirement[] requirements, int n) {
        for (Requirement r : requirements) {
            boolean countsUnits = !r.weighs() && r.weights == null && r.minCredits == 0
                    && r.inclusions.length == 0 && r.hi == Requirement.NO_MAX;
            if (!countsUnits || r.graded != null || r.hasSum() && r.pool.length != n) {
                return false;
            }
        }
        return true;
    }

    private final boolean everyOptionCompletes;
    private final boolean hasGradedRules;

    private record CompletionsKey(Held.Key held, boolean advise) {
    }

    /** The completions for a candidate's nearest combination, remembered by the units held. */
    Completions completions(Evaluation e, Evaluation.Nearest nearest, List<Shortfall> shortfalls, boolean advise) {
        if (!advise) {
            // where every unit of a short rule's pool can take the place of the unit the nearest combination adds
            // there, every option lies in a minimal completion already
            return everyOptionCompletes ? Completions.ALL_OFFERED : Completions.find(e, this, nearest, shortfalls, false);
        }
        if (hasGradedRules || e.countsUnpassed() || e.anyClosed()) {
            // the units held do not settle the advice: their grades, which of them are passed, or which units are
            // closed to the learner, do too
            return Completions.find(e, this, nearest, shortfalls, true);
        }
        CompletionsKey key = new CompletionsKey(e.own().key(), true);
        Completions known = completions.get(key);
        if (known != null) {
            return known;
        }
        Completions found = Completions.find(e, this, nearest, shortfalls, advise);
        if (completions.size() < COMPLETIONS_REMEMBERED) {
            completions.putIfAbsent(key, found);
        }
        return found;
    }

    /** Compiles an IR document that has been read (and so validated) by {@code IrJson}. */
    public static CompiledQualification compile(IrDocument ir) {
        return new CompiledQualification(ir);
    }

    public String id() {
        return ir.qualification().id();
    }

    public String title() {
        return ir.qualification().title();
    }

    public IrDocument ir() {
        return ir;
    }

    /**
     * The units some rule with a minimum can count (in its pool, or equivalent to a unit of it, at its level):
     * a unit outside them never helps any candidate.
     */
    public java.util.Set<String> countableUnits() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Requirement r : ruleOrder) {
            if (r.hasDemand() || r.lo > 0) {
                for (int u : r.pool) {
                    out.add(units[u].ref);
                }
            }
        }
        return out;
    }

    /** The index of the requisite a candidate's row names (as written, or ignoring case and spaces), or -1. */
    int requisite(String ref) {
        if (requisiteIndex.isEmpty()) {
            return -1;
        }
        Integer i = requisiteIndex.get(ref);
        if (i == null) {
            i = requisiteIndex.get(ScaleInfo.fold(ref));
        }
        return i == null ? -1 : i;
    }

    /** Whether the qualification has a unit with this reference. */
    public boolean hasUnit(String ref) {
        return unitIndex.containsKey(ref);
    }

    public Result evaluate(Candidate candidate) {
        return evaluate(candidate, EvaluationOptions.DEFAULT);
    }

    /** Whether the candidate achieves the qualification, without working out the grade or the report. */
    public boolean isAchieved(Candidate candidate, EvaluationOptions options) {
        Scratch s = scratch();
        try {
            return new Evaluation(this, candidate, options, s).achieved();
        } finally {
            s.release();
        }
    }

    public Result evaluate(Candidate candidate, EvaluationOptions options) {
        Scratch s = scratch();
        try {
            return new Evaluation(this, candidate, options, s).run();
        } finally {
            s.release();
        }
    }

    /**
     * The same evaluation with matching kept off bits (see {@link Scratch#bitSets}), in fresh memory: for a test that
     * holds the two ways to the same results.
     */
    Result evaluateWithoutBitSets(Candidate candidate, EvaluationOptions options) {
        Scratch s = new Scratch(units.length);
        s.bitSets = false;
        s.take();
        try {
            return new Evaluation(this, candidate, options, s).run();
        } finally {
            s.release();
        }
    }

    /** Each thread's working memory for this qualification, reused from one evaluation to the next. */
    private final ThreadLocal<Scratch> scratch = new ThreadLocal<>();

    /** The thread's working memory, or fresh memory when the thread's is in use (an evaluation within one). */
    private Scratch scratch() {
        Scratch s = scratch.get();
        if (s == null) {
            s = new Scratch(units.length);
            scratch.set(s);
        }
        return s.take() ? s : new Scratch(units.length);
    }

    // ----------------------------------------------------------------------------------------- compiling

    private static long creditScale(IrDocument ir) {
        int scale = 0;
        List<BigDecimal> values = new ArrayList<>();
        for (IrUnit u : ir.units()) {
            values.add(u.credit());
            values.add(u.glh());
            values.add(u.tqt());
        }
        List<IrRule> rules = new ArrayList<>(ir.rules());
        ir.pathways().forEach(p -> rules.addAll(p.rules()));
        ir.smallerQualifications().forEach(s -> rules.addAll(s.rules()));
        for (IrRule r : rules) {
            for (IrRule.IrBounds b : java.util.Arrays.asList(r.credits(), r.glh(), r.tqt())) {
                if (b != null) {
                    values.add(b.min());
                    values.add(b.max());
                }
            }
        }
        if (ir.grading() != null && ir.grading().selection() != null) {
            values.add(ir.grading().selection().best());
            values.add(ir.grading().selection().cap());
        }
        for (BigDecimal v : values) {
            if (v != null) {
                scale = Math.max(scale, Math.min(3, v.stripTrailingZeros().scale()));
            }
        }
        return BigDecimal.TEN.pow(scale).longValueExact();
    }

    private long scaled(BigDecimal credits) {
        return credits == null ? 0 : credits.multiply(BigDecimal.valueOf(creditScale)).longValue();
    }

    private UnitInfo unit(int i, IrUnit u, Map<String, ScaleInfo> scales) {
        ScaleInfo grading = u.gradingScale() == null ? null : scales.get(u.gradingScale());
        ScaleInfo criterion = u.criterionScale() == null ? null : scales.get(u.criterionScale());
        Map<String, Integer> criterionIndex = new HashMap<>();
        for (int c = 0; c < u.criteria().size(); c++) {
            criterionIndex.put(u.criteria().get(c), c);
        }
        UnitCondition achievedWhen = null;
        if (u.achievedWhen() != null && criterion != null) {
            achievedWhen = unitCondition(u.achievedWhen(), criterion);
        } else if (criterion != null) {
            // no rule written: every criterion must be at a label that counts as achieved
            achievedWhen = new UnitCondition(List.of(new UnitCondition.Atom(true, criterion.lowestAchieved, Direction.GE,
                    BigDecimal.ZERO, false)));
        }
        List<UnitInfo.UnitGradeRule> grades = new ArrayList<>();
        for (IrGradeRule g : u.grades()) {
            grades.add(new UnitInfo.UnitGradeRule(g.grade(),
                    g.when() == null || criterion == null ? null : unitCondition(g.when(), criterion)));
        }
        List<String> order = u.gradeOrder();
        if (order.isEmpty()) {
            if (grading != null) {
                order = grading.labels;
            } else {
                List<String> reversed = new ArrayList<>();
                for (int g = grades.size() - 1; g >= 0; g--) {
                    reversed.add(grades.get(g).grade());
                }
                order = reversed;
            }
        }
        int rank = u.level() == null ? Integer.MIN_VALUE : u.level().rank();
        BigDecimal credit = u.credit() == null ? BigDecimal.ZERO : u.credit();
        return new UnitInfo(i, u.ref(), u.title(), scaled(u.credit()), credit, rank, u.glh(), grading, criterion,
                u.criteria(), criterionIndex, achievedWhen, List.copyOf(grades), List.copyOf(order));
    }

    private static UnitCondition unitCondition(IrCondition c, ScaleInfo scale) {
        List<UnitCondition.Atom> atoms = new ArrayList<>();
        for (IrCondition.IrAtom a : c.all()) {
            int rank = scale.rank(a.label()).orElse(Integer.MAX_VALUE);
            boolean every = switch (a.kind()) {
                case EVERY_CRITERION -> true;
                case SOME_CRITERIA -> false;
                // about counted units, not a unit's criteria: IrValidator refuses them here
                case EVERY_UNIT, SOME_UNITS, SOME_CREDITS, POINTS, UNIT_GRADED -> throw new IllegalStateException("not a unit condition: "
                        .concat(a.kind().name()));
            };
            atoms.add(new UnitCondition.Atom(every, rank, Direction.of(a.direction()),
                    a.count() == null ? BigDecimal.ZERO : a.count(), a.percent()));
        }
        return new UnitCondition(atoms);
    }

    private GradeRule gradeRule(IrGradeRule g) {
        List<GradeRule.Atom> atoms = new ArrayList<>();
        if (g.when() != null) {
            for (IrCondition.IrAtom a : g.when().all()) {
                boolean[] pool = null;
                if (a.pool() != null) {
                    // a unit equivalent to one of the pool's stands for it here as in a rule
                    pool = new boolean[units.length];
                    for (String ref : a.pool()) {
                        pool[unitIndex.get(ref)] = true;
                    }
                    closeUnderEquivalence(pool);
                }
                atoms.add(new GradeRule.Atom(a.kind(), a.label(), Direction.of(a.direction()), a.count(), a.percent(),
                        a.points(), a.level() == null ? null : Direction.of(a.level().op()),
                        a.level() == null ? 0 : a.level().rank(), pool,
                        a.unit() == null ? -1 : unitIndex.get(a.unit())));
            }
        }
        return new GradeRule(g.grade(), atoms);
    }

    /** One IR rule as solver requirements: a slot or a sum, and a second sum when it bounds both units and credits. */
    private List<Requirement> requirements(IrRule r) {
        boolean[] member = new boolean[units.length];
        if (r.pool() == null) {
            java.util.Arrays.fill(member, true);
        } else {
            for (String ref : r.pool()) {
                member[unitIndex.get(ref)] = true;
            }
        }
        closeUnderEquivalence(member);
        if (r.level() != null) {
            Direction d = Direction.of(r.level().op());
            for (int u = 0; u < units.length; u++) {
                member[u] &= units[u].levelRank != Integer.MIN_VALUE && d.test(units[u].levelRank, r.level().rank());
            }
        }
        if (r.unitCredits() != null) {
            // only units of these sizes, by the credit value the spec gives them (an exempt unit keeps its size)
            for (int u = 0; u < units.length; u++) {
                boolean sized = false;
                for (BigDecimal size : r.unitCredits()) {
                    sized |= units[u].creditValue.compareTo(size) == 0;
                }
                member[u] &= sized;
            }
        }
        Requirement.Inclusion[] inclusions = new Requirement.Inclusion[r.including().size()];
        for (int q = 0; q < inclusions.length; q++) {
            boolean[] incl = new boolean[units.length];
            for (String ref : r.including().get(q).anyOf()) {
                incl[unitIndex.get(ref)] = true;
            }
            // "including X" is met by a unit equivalent to X too
            closeUnderEquivalence(incl);
            inclusions[q] = new Requirement.Inclusion(incl, r.including().get(q).min());
        }
        BigDecimal minU = r.units() == null ? null : r.units().min();
        BigDecimal maxU = r.units() == null ? null : r.units().max();
        // hours (GLH, TQT) count as credits do, each unit bringing its own hours instead of its credit
        IrRule.IrBounds weighed = r.credits() != null ? r.credits() : r.glh() != null ? r.glh() : r.tqt();
        long[] amounts = r.glh() != null ? hours(IrUnit::glh) : r.tqt() != null ? hours(IrUnit::tqt) : null;
        Shortfall.Hours hoursOf = r.glh() != null ? Shortfall.Hours.GLH : r.tqt() != null ? Shortfall.Hours.TQT : null;
        BigDecimal minC = weighed == null ? null : weighed.min();
        BigDecimal maxC = weighed == null ? null : weighed.max();
        List<String> groups = r.scope().names();
        List<Requirement> out = new ArrayList<>();
        boolean claims = switch (r.counting()) {
            case CLAIMS -> true;
            case BOUNDS -> false;
        };
        if (claims) {
            out.add(new Requirement(r.id(), Counted.Kind.RULE, groups, r.further(), member, true,
                    minU == null ? 0 : minU.intValue(), scaled(minC), inclusions, false, null, 0,
                    maxU == null ? Requirement.NO_MAX : maxU.longValue(), hoursOf, amounts));
            if (maxC != null) {
                out.add(new Requirement(r.id(), Counted.Kind.RULE, groups, r.further(), member, false, 0, 0,
                        new Requirement.Inclusion[0], amounts == null, null, 0, scaled(maxC), hoursOf, amounts));
            }
        } else {
            if (minU != null || maxU != null || minC == null && maxC == null) {
                out.add(new Requirement(r.id(), Counted.Kind.RULE, groups, r.further(), member, false, 0, 0,
                        new Requirement.Inclusion[0], false, null, minU == null ? 0 : minU.longValue(),
                        maxU == null ? Requirement.NO_MAX : maxU.longValue()));
            }
            // a rule over everything counted (`shared`) meets its inclusions with any counted unit of its pool
            for (Requirement.Inclusion inclusion : inclusions) {
                boolean[] included = new boolean[units.length];
                for (int u = 0; u < units.length; u++) {
                    included[u] = member[u] && inclusion.member()[u];
                }
                out.add(new Requirement(r.id(), Counted.Kind.RULE, groups, r.further(), included, false, 0, 0,
                        new Requirement.Inclusion[] {inclusion}, false, null, inclusion.min(), Requirement.NO_MAX));
            }
            if (minC != null || maxC != null) {
                out.add(new Requirement(r.id(), Counted.Kind.RULE, groups, r.further(), member, false, 0, 0,
                        new Requirement.Inclusion[0], amounts == null, null, scaled(minC),
                        maxC == null ? Requirement.NO_MAX : scaled(maxC), hoursOf, amounts));
            }
        }
        if (r.graded() != null) {
            // only units graded so: here every unit that can be graded so; each evaluation keeps the candidate's
            Requirement.Graded g = new Requirement.Graded(r.graded().label(), Direction.of(r.graded().op()));
            boolean[] gradable = member.clone();
            for (int u = 0; u < units.length; u++) {
                gradable[u] &= canBeGraded(units[u], g);
            }
            out.replaceAll(q -> q.onlyGraded(g, gradable));
        }
        if (r.outcome() != null) {
            // which units pass depends on the candidate: Evaluation judges the pool for each one
            out.replaceAll(req -> req.keeping(r.outcome()));
            outcomeRules = true;
        }
        return out;
    }

    /** Whether some grade the unit can have is graded so. */
    private static boolean canBeGraded(UnitInfo unit, Requirement.Graded g) {
        int bound = unit.gradeOrder.indexOf(g.label());
        if (bound < 0) {
            return false;
        }
        for (int rank = 0; rank < unit.gradeOrder.size(); rank++) {
            if (g.direction().test(rank, bound)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some rule counts only units graded so: then the rules depend on the candidate's grades. */
    boolean hasGradedRules() {
        return hasGradedRules;
    }

    /** Every unit's hours of one measure, in the credit unit's scale (a unit that gives none brings 0). */
    private long[] hours(java.util.function.Function<IrUnit, BigDecimal> measure) {
        long[] out = new long[units.length];
        for (int u = 0; u < out.length; u++) {
            out[u] = scaled(measure.apply(ir.units().get(u)));
        }
        return out;
    }

    private void closeUnderEquivalence(boolean[] member) {
        for (List<String> cls : ir.equivalents()) {
            if (cls.stream().anyMatch(ref -> member[unitIndex.get(ref)])) {
                cls.forEach(ref -> member[unitIndex.get(ref)] = true);
            }
        }
    }

    /** Credits as a number, from whole numbers of 1/creditScale; those up to all units' credits made once. */
    BigDecimal credits(long scaled) {
        if (scaled >= 0 && scaled < creditValues.length) {
            return creditValues[(int) scaled];
        }
        return creditValue(scaled);
    }

    private BigDecimal creditValue(long scaled) {
        BigDecimal value = BigDecimal.valueOf(scaled).divide(BigDecimal.valueOf(creditScale)).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
