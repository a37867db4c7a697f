package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.emit.ir.IrEmitter;
import org.qdl.model.Condition;
import org.qdl.model.Level;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;
import org.qdl.model.Rule;
import org.qdl.model.Unit;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.engine.UndecidedException;
import org.qdl.runtime.ir.IrDocument;

/**
 * Proves that the structure can be achieved at all. First rule by rule (a group with too few units, more
 * credits asked than exist, a level nobody can reach, barred units that empty a requirement), then for the whole
 * structure: the rule engine is asked whether a candidate holding every unit of the qualification achieves it,
 * and if not, which smallest set of rules cannot hold together.
 */
final class StructureCheck {
    private final Qualification q;
    private final Diagnostics out;
    private final Env env;

    /** The qualification's units by reference, and each rule's units as a set: specs may have thousands. */
    private final java.util.Map<String, Unit> units = new java.util.HashMap<>();
    private final java.util.Map<Rule, Set<String>> pools = new java.util.IdentityHashMap<>();

    private StructureCheck(Qualification q, Env env) {
        this.q = q;
        this.out = env.out;
        this.env = env;
        q.units().forEach(u -> units.put(u.ref(), u));
    }

    private Optional<Unit> unit(String ref) {
        return Optional.ofNullable(units.get(ref));
    }

    private Set<String> pool(Rule r) {
        return pools.computeIfAbsent(r, x -> new java.util.HashSet<>(x.pool()));
    }

    static void run(Qualification q, Env env) {
        new StructureCheck(q, env).run();
    }

    /** Where the qualification is named: a message about all of it points there, not at its whole text. */
    private org.qdl.syntax.Span qualificationName() {
        return env.decls.qualification.map(d -> d.name().span()).orElse(q.span());
    }

    /** Where a unit is named in its declaration. */
    private org.qdl.syntax.Span unitName(Unit u) {
        return java.util.Optional.ofNullable(env.decls.units.get(u.ref())).map(d -> d.ref().span()).orElse(u.span());
    }

    private void run() {
        if (q.rules().isEmpty() && q.pathways().isEmpty()) {
            out.add(Diagnostic.of(Code.Q0311, qualificationName(), "qualification `" + q.id() + "` has no rules of combination, so "
                    + "every candidate would achieve it").withLabel("no `rules`")
                    .withHelp("add `rules { all units from group ... }` or the rules the handbook states"));
            return;
        }
        int before = out.errorCount();
        List<Rule> all = new ArrayList<>(q.rules());
        q.pathways().forEach(p -> all.addAll(p.rules()));
        for (Rule r : all) {
            ruleByRule(r);
        }
        conflictingBounds(q.rules());
        for (Pathway p : q.pathways()) {
            List<Rule> both = new ArrayList<>(q.rules());
            both.addAll(p.rules());
            conflictingBounds(both);
        }
        barredAgainstRequirements(all);
        if (out.errorCount() > before) {
            return;
        }
        wholeStructure();
        countable();
        equivalentsAlike();
    }

    // ----------------------------------------------------------------------------------------- rule by rule

    private void ruleByRule(Rule r) {
        if (r.kind() == Rule.Kind.BARRED || r.kind() == Rule.Kind.EQUIVALENT) {
            return;
        }
        List<List<String>> pools = new ArrayList<>();
        if (r.scope().kind() == Rule.ScopeKind.EACH_OF_GROUPS) {
            for (String g : r.scope().names()) {
                pools.add(q.group(g).map(x -> x.units()).orElse(List.of()));
            }
        } else {
            pools.add(r.scope().kind() == Rule.ScopeKind.TOTAL ? q.units().stream().map(Unit::ref).toList()
                    : r.pool());
        }
        for (int i = 0; i < pools.size(); i++) {
            List<String> pool = pools.get(i);
            String where = r.scope().kind() == Rule.ScopeKind.EACH_OF_GROUPS ? "group " + r.scope().names().get(i)
                    : RuleBuilder.describe(r.scope());
            if (pool.isEmpty() && r.scope().kind() != Rule.ScopeKind.TOTAL) {
                out.add(Diagnostic.of(Code.Q0306, r.span(), "this rule looks at " + where + ", which has no units")
                        .withLabel("empty").withHelp("add units to the group, or remove the rule"));
                continue;
            }
            List<Unit> units = pool.stream().map(u -> unit(u)).flatMap(Optional::stream)
                    .filter(u -> r.level().map(f -> atLevel(u, f)).orElse(true)).toList();
            if (missingValues(r, pool)) {
                continue; // the totals below would count the missing values as nothing
            }
            BigDecimal minUnits = r.kind() == Rule.Kind.ALL ? BigDecimal.ZERO
                    : r.units().flatMap(Rule.Amount::min).orElse(BigDecimal.ZERO);
            BigDecimal minCredits = r.credits().flatMap(Rule.Amount::min).orElse(BigDecimal.ZERO);
            BigDecimal available = units.stream().map(u -> u.credit().orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String levelWords = r.level().map(f -> " at level " + f.level().label() + directionWords(f.direction()))
                    .orElse("");
            boolean total = r.scope().kind() == Rule.ScopeKind.TOTAL;
            Code code = r.level().isPresent() ? Code.Q0304 : null;
            if (minUnits.compareTo(BigDecimal.valueOf(units.size())) > 0) {
                String has = total ? ", but the qualification has " + units.size() + (r.level().isPresent()
                        ? " at that level" : "") : " from " + where + ", which has " + units.size()
                        + (r.level().isPresent() ? " at that level" : "");
                out.add(Diagnostic.of(code != null ? code : Code.Q0301, r.span(), "this rule needs "
                        + minUnits.toPlainString() + " units" + levelWords + has)
                        .withLabel("can never be met").withHelp("check the number, or the units of " + where));
            } else if (minCredits.compareTo(available) > 0) {
                String has = (total ? ", but the qualification's units" : " from " + where + ", whose units")
                        + (r.level().isPresent() ? " at that level" : "") + " have " + available.toPlainString()
                        + " credits in all";
                out.add(Diagnostic.of(code != null ? code : Code.Q0303, r.span(), "this rule needs "
                        + minCredits.toPlainString() + " credits" + levelWords + has).withLabel("can never be met")
                        .withHelp("check the number, or the credits of the units"));
            }
        }
    }

    /** Reports units that lack the credit or level a rule reads; true when there are any. */
    private boolean missingValues(Rule r, List<String> pool) {
        boolean missing = false;
        if (r.credits().isPresent()) {
            List<String> noCredit = pool.stream().filter(u -> unit(u).map(x -> x.credit().isEmpty()).orElse(false))
                    .toList();
            if (!noCredit.isEmpty()) {
                out.add(Diagnostic.of(Code.Q0208, r.span(), "this rule counts credits, but " + list(noCredit)
                        + (noCredit.size() == 1 ? " has" : " have") + " no credit value")
                        .withLabel("counts credits").withHelp("give every unit the rule looks at a `credit`"));
                missing = true;
            }
        }
        if (r.level().isPresent()) {
            List<String> noLevel = pool.stream().filter(u -> unit(u).map(x -> x.level().isEmpty()).orElse(false))
                    .toList();
            if (!noLevel.isEmpty()) {
                out.add(Diagnostic.of(Code.Q0209, r.span(), "this rule looks at levels, but " + list(noLevel)
                        + (noLevel.size() == 1 ? " has" : " have") + " no level")
                        .withLabel("looks at levels").withHelp("give every unit the rule looks at a `level`"));
                missing = true;
            }
        }
        return missing;
    }

    static String list(List<String> units) {
        List<String> shown = units.size() > 5 ? units.subList(0, 5) : units;
        String s = shown.stream().map(u -> "`" + u + "`").reduce((a, b) -> a + ", " + b).orElse("");
        return (units.size() == 1 ? "unit " : "units ") + s + (units.size() > 5 ? " and " + (units.size() - 5)
                + " more" : "");
    }

    private static boolean atLevel(Unit u, Rule.LevelFilter f) {
        if (u.level().isEmpty()) {
            return false;
        }
        int rank = u.level().get().rank();
        int bound = f.level().rank();
        return switch (f.direction()) {
            case OR_ABOVE -> rank >= bound;
            case OR_BELOW -> rank <= bound;
            default -> rank == bound;
        };
    }

    private static String directionWords(Condition.Direction d) {
        return switch (d) {
            case OR_ABOVE -> " or above";
            case OR_BELOW -> " or below";
            default -> "";
        };
    }

    /** A minimum above a maximum over the same or a wider set of units, measured the same way. */
    private void conflictingBounds(List<Rule> rules) {
        for (Rule low : rules) {
            for (Rule high : rules) {
                if (low == high) {
                    continue;
                }
                check(low, high, low.units(), high.units(), "units");
                check(low, high, low.credits(), high.credits(), "credits");
            }
        }
    }

    private void check(Rule low, Rule high, Optional<Rule.Amount> lowAmount, Optional<Rule.Amount> highAmount,
            String measure) {
        Optional<BigDecimal> min = lowAmount.flatMap(Rule.Amount::min);
        Optional<BigDecimal> max = highAmount.flatMap(Rule.Amount::max);
        if (min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) <= 0) {
            return;
        }
        boolean sameFilter = high.level().isEmpty() || high.level().equals(low.level());
        boolean wider = high.scope().kind() == Rule.ScopeKind.TOTAL
                || low.scope().kind() != Rule.ScopeKind.TOTAL && pool(high).containsAll(low.pool())
                        && high.scope().kind() != Rule.ScopeKind.EACH_OF_GROUPS
                        && low.scope().kind() != Rule.ScopeKind.EACH_OF_GROUPS;
        if (sameFilter && wider) {
            out.add(Diagnostic.of(Code.Q0302, low.span(), "this rule needs at least " + min.get().toPlainString() + " "
                    + measure + ", but another allows at most " + max.get().toPlainString())
                    .withLabel("minimum " + min.get().toPlainString()).withNote(high.span(), "maximum "
                            + max.get().toPlainString() + " here")
                    .withHelp("one of the two numbers is wrong"));
        }
    }

    /** A requirement whose units are so barred from each other that it cannot get the units it needs. */
    private void barredAgainstRequirements(List<Rule> rules) {
        List<Rule> barred = rules.stream().filter(r -> r.kind() == Rule.Kind.BARRED).toList();
        if (barred.isEmpty()) {
            return;
        }
        for (Rule r : rules) {
            if (!r.assigned()) {
                continue;
            }
            BigDecimal need = r.kind() == Rule.Kind.ALL ? BigDecimal.valueOf(r.pool().size())
                    : r.units().flatMap(Rule.Amount::min).orElse(BigDecimal.ZERO);
            if (need.compareTo(BigDecimal.valueOf(r.pool().size())) > 0) {
                continue;
            }
            int countable = r.pool().size();
            Rule culprit = null;
            for (Rule b : barred) {
                long inPool = b.pool().stream().filter(r.pool()::contains).count();
                if (inPool > 1) {
                    countable -= (int) inPool - 1;
                    culprit = b;
                }
            }
            if (culprit != null && need.compareTo(BigDecimal.valueOf(countable)) > 0) {
                out.add(Diagnostic.of(Code.Q0305, culprit.span(), "these barred units leave " + countable + " units that "
                        + "can count together for a rule that needs " + need.toPlainString())
                        .withLabel("at most one of these counts").withNote(r.span(), "needs " + need.toPlainString()
                                + " units")
                        .withHelp("a mandatory group cannot hold units barred from each other"));
            }
        }
    }

    // ----------------------------------------------------------------------------------------- whole structure

    /**
     * The common rules must hold together, and then each pathway's (and endorsement's) rules together with
     * them. A failure is reported at the smallest set of rules that cannot hold at once, so that the author
     * sees which rules to compare rather than a verdict on the whole structure.
     */
    private void wholeStructure() {
        try {
            if (!achievable(q.rules())) {
                unsatisfiable(Code.Q0307, qualificationName(), "no combination of the units of `" + q.id() + "` meets "
                        + "all its rules together", minimalConflict(q.rules()), List.of());
                return;
            }
        } catch (UndecidedException e) {
            unproved(qualificationName(), "the rules of `" + q.id() + "`", q.rules(), e);
            return;
        }
        for (Pathway p : q.pathways()) {
            List<Rule> both = new ArrayList<>(q.rules());
            both.addAll(p.rules());
            String kind = p.kind().name().toLowerCase(java.util.Locale.ROOT);
            try {
                if (!achievable(both)) {
                    unsatisfiable(Code.Q0308, p.span(), kind + " `" + p.name() + "` can never be achieved: no "
                            + "combination of units meets its rules together with the qualification's",
                            minimalConflict(both), p.rules());
                }
            } catch (UndecidedException e) {
                unproved(p.span(), "the rules of " + kind + " `" + p.name() + "` with the qualification's", both, e);
            }
        }
    }

    /** Most rules a "could not prove" warning points at one by one; the rest are counted in its help. */
    private static final int UNPROVED_NOTES = 8;

    /**
     * The engine could not decide within its search budget whether the rules can be met together: a warning
     * naming the rules involved (those that count or bound units), since neither answer has been proved.
     */
    private void unproved(org.qdl.syntax.Span span, String what, List<Rule> rules, UndecidedException e) {
        List<Rule> involved = rules.stream().filter(r -> r.kind() != Rule.Kind.EQUIVALENT).toList();
        Diagnostic d = Diagnostic.of(Code.Q0315, span, "could not prove within the search budget (" + e.steps()
                + " steps) that " + what + " can be met together").withLabel("not proved either way");
        for (Rule r : involved.subList(0, Math.min(UNPROVED_NOTES, involved.size()))) {
            d = d.withNote(r.span(), "one of the rules involved");
        }
        String more = involved.size() > UNPROVED_NOTES ? " (and " + (involved.size() - UNPROVED_NOTES)
                + " more rules)" : "";
        String rulesLet = involved.size() == 1 ? "this rule lets" : "these " + involved.size() + " rules" + more + " let";
        out.add(d.withHelp(rulesLet + " units combine in too many ways to try them all; `qdl eval` may report "
                + "candidates of this structure undecided (E008) too"));
    }

    /**
     * Reports a conflict at its first rule, with the others as notes; for a pathway, at the first of its own
     * rules in the conflict, since the common rules hold without it.
     */
    private void unsatisfiable(Code code, org.qdl.syntax.Span span, String message, List<Rule> core,
            List<Rule> own) {
        if (core.isEmpty()) {
            out.add(Diagnostic.of(code, span, message).withLabel("cannot be achieved")
                    .withHelp("check the rules' numbers and groups"));
            return;
        }
        Rule primary = core.stream().filter(own::contains).findFirst().orElse(core.get(0));
        if (core.size() == 1) {
            out.add(Diagnostic.of(code, primary.span(), message).withLabel("this rule can never be met")
                    .withHelp("check the rule's numbers and groups"));
            return;
        }
        Diagnostic d = Diagnostic.of(code, primary.span(), message).withLabel("this rule and the ones noted "
                + "cannot all hold");
        for (Rule r : core) {
            if (r != primary) {
                d = d.withNote(r.span(), own.contains(r) || own.isEmpty() ? "conflicts with this rule"
                        : "conflicts with this rule of the qualification");
            }
        }
        out.add(d.withHelp("without any one of these " + core.size() + " rules the rest can be met; check their "
                + "numbers and groups (a unit counts for one rule that takes units, not for several)"));
    }

    /** Whether a candidate holding every unit achieves the qualification under these rules alone. */
    private boolean achievable(List<Rule> rules) {
        return achievable(rules, List.of());
    }

    /**
     * Whether a candidate holding every unit achieves the qualification under these rules. Equivalent units are
     * one unit wherever they are declared (the IR holds them once, for the whole qualification, and the engine
     * applies them to every rule), so every `equivalent` rule of the qualification takes part, not only those
     * among {@code rules}: else a pathway could be proved against a structure the engine never evaluates.
     */
    private boolean achievable(List<Rule> rules, List<Pathway> pathways) {
        List<Rule> withEquivalents = new ArrayList<>(rules);
        for (Rule r : everyRule()) {
            if (r.kind() == Rule.Kind.EQUIVALENT && !withEquivalents.contains(r)) {
                withEquivalents.add(r);
            }
        }
        IrDocument ir = IrEmitter.emit(q, withEquivalents, pathways);
        CompiledQualification compiled = CompiledQualification.compile(ir);
        List<Achievement> everything = q.units().stream().map(u -> Achievement.of(u.ref())).toList();
        return compiled.isAchieved(new Candidate("every unit", everything), EvaluationOptions.DEFAULT);
    }

    private List<Rule> everyRule() {
        List<Rule> all = new ArrayList<>(q.rules());
        q.pathways().forEach(p -> all.addAll(p.rules()));
        return all;
    }

    /**
     * A minimal set of rules that cannot hold together: no rule of it can be left out and the rest still
     * conflict (deletion filtering; one engine run a rule).
     */
    private List<Rule> minimalConflict(List<Rule> rules) {
        List<Rule> core = new ArrayList<>(rules);
        for (Rule r : rules) {
            List<Rule> without = new ArrayList<>(core);
            without.remove(r);
            try {
                if (!achievable(without)) {
                    core = without;
                }
            } catch (UndecidedException e) {
                // the rules kept so far still conflict, only perhaps not minimally; one more budget spent per rule
                // would make check as slow as the rules have rules
                break;
            }
        }
        return core;
    }

    // ----------------------------------------------------------------------------------------- warnings

    /** Units that no rule can count: in no rule's units, and no minimum over everything counted reaches them. */
    private void countable() {
        List<Rule> all = new ArrayList<>(q.rules());
        q.pathways().forEach(p -> all.addAll(p.rules()));
        for (Unit u : q.units()) {
            Predicate<Rule> counts = r -> {
                if (r.kind() == Rule.Kind.BARRED || r.kind() == Rule.Kind.EQUIVALENT) {
                    return false;
                }
                boolean inPool = r.scope().kind() == Rule.ScopeKind.TOTAL || pool(r).contains(u.ref());
                boolean levelOk = r.level().map(f -> atLevel(u, f)).orElse(true);
                boolean hasMin = r.kind() == Rule.Kind.ALL || r.units().flatMap(Rule.Amount::min).isPresent()
                        || r.credits().flatMap(Rule.Amount::min).isPresent();
                return inPool && levelOk && hasMin;
            };
            if (all.stream().noneMatch(counts)) {
                out.add(Diagnostic.of(Code.Q0310, unitName(u), "no rule can count unit `" + u.ref() + "`")
                        .withLabel("never counted")
                        .withHelp("add it to a group a rule takes units from, or add a rule in total"));
            }
        }
    }

    private void equivalentsAlike() {
        for (Rule r : q.rules()) {
            if (r.kind() != Rule.Kind.EQUIVALENT) {
                continue;
            }
            Set<Optional<BigDecimal>> credits = new java.util.HashSet<>();
            Set<Optional<Level>> levels = new java.util.HashSet<>();
            for (String ref : r.pool()) {
                unit(ref).ifPresent(u -> {
                    credits.add(u.credit().map(BigDecimal::stripTrailingZeros));
                    levels.add(u.level());
                });
            }
            if (credits.size() > 1 || levels.size() > 1) {
                out.add(Diagnostic.of(Code.Q0313, r.span(), "these equivalent units differ in "
                        + (credits.size() > 1 ? "credit" : "level") + ", so which one counts changes the result")
                        .withLabel("not alike").withHelp("check the units' credit and level"));
            }
        }
    }
}
