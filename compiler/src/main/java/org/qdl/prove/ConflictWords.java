package org.qdl.prove;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Condition;
import org.qdl.model.Level;
import org.qdl.model.Qualification;
import org.qdl.model.Range;
import org.qdl.model.Rule;
import org.qdl.model.Unit;
import org.qdl.runtime.engine.UndecidedException;
import org.qdl.syntax.Span;

/**
 * Explains a conflict the engine found, in the author's terms: how many units or credits a rule asks for and how
 * many its groups have, which minimum meets which maximum, which barred units leave too few. It only ever words
 * a verdict of the engine; where no simple reason fits, the message says the rules cannot hold together and
 * points at them.
 */
final class ConflictWords {
    private final Qualification q;

    ConflictWords(Qualification q) {
        this.q = q;
    }

    // ----------------------------------------------------------------------------------------- before the engine

    /** A rule over no units, or counting credits or levels that some of its units lack: the engine cannot judge it. */
    List<Diagnostic> unreadable(Rule r) {
        List<Diagnostic> out = new ArrayList<>();
        if (!StructureProof.counts(r)) {
            return out;
        }
        for (Pool pool : pools(r)) {
            if (pool.units.isEmpty() && r.scope().kind() != Rule.ScopeKind.TOTAL) {
                out.add(Diagnostic.of(Code.Q0306, r.span(), "this rule looks at " + pool.where + ", which has no units")
                        .withLabel("empty").withHelp("add units to the group, or remove the rule"));
                continue;
            }
            if (amounts(r).flatMap(Rule.Amounts::credits).isPresent()) {
                List<String> noCredit = pool.units.stream().filter(u -> unit(u).map(x -> x.credit().isEmpty())
                        .orElse(false)).toList();
                if (!noCredit.isEmpty()) {
                    out.add(Diagnostic.of(Code.Q0208, r.span(), "this rule counts credits, but " + StructureProof.list(
                            noCredit) + (noCredit.size() == 1 ? " has" : " have") + " no credit value")
                            .withLabel("counts credits").withHelp("give every unit the rule looks at a `credit`"));
                }
            }
            Optional<Rule.Hours> hours = amounts(r).flatMap(Rule.Amounts::hours);
            if (hours.isPresent()) {
                boolean glh = hours.get().measure() == Rule.HoursMeasure.GLH;
                String word = glh ? "glh" : "tqt";
                // a unit whose hours are a range (`glh 30 to 40`) brings no one number either
                List<String> noHours = pool.units.stream().filter(u -> unit(u).map(x -> (glh ? x.glh() : x.tqt())
                        .filter(Range::isSingle).isEmpty()).orElse(false)).toList();
                if (!noHours.isEmpty()) {
                    out.add(Diagnostic.of(Code.Q0226, r.span(), "this rule counts " + (glh ? "guided learning hours"
                            : "total qualification time") + ", but " + StructureProof.list(noHours)
                            + (noHours.size() == 1 ? " has" : " have") + " no `" + word + "` of one number")
                            .withLabel("counts " + word).withHelp("give every unit the rule looks at a `" + word
                                    + "` (one number, such as `" + word + " 60`)"));
                }
            }
            if (level(r).isPresent()) {
                List<String> noLevel = pool.units.stream().filter(u -> unit(u).map(x -> x.level().isEmpty())
                        .orElse(false)).toList();
                if (!noLevel.isEmpty()) {
                    out.add(Diagnostic.of(Code.Q0209, r.span(), "this rule looks at levels, but " + StructureProof.list(
                            noLevel) + (noLevel.size() == 1 ? " has" : " have") + " no level")
                            .withLabel("looks at levels").withHelp("give every unit the rule looks at a `level`"));
                }
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------------------- one rule

    /** A rule the engine says cannot be met even alone: too few units or credits, or none at its level. */
    Diagnostic alone(Rule r) {
        for (Pool pool : pools(r)) {
            List<Unit> units = pool.units.stream().map(this::unit).flatMap(Optional::stream)
                    .filter(u -> level(r).map(f -> StructureProof.atLevel(u, f)).orElse(true)).toList();
            BigDecimal minUnits = amounts(r).flatMap(Rule.Amounts::units).flatMap(Rule.Amount::min)
                    .orElse(BigDecimal.ZERO);
            BigDecimal minCredits = amounts(r).flatMap(Rule.Amounts::credits).flatMap(Rule.Amount::min)
                    .orElse(BigDecimal.ZERO);
            BigDecimal available = units.stream().map(u -> u.credit().orElse(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            String levelWords = level(r).map(f -> " at level " + f.level().label() + directionWords(f.direction()))
                    .orElse("");
            boolean total = r.scope().kind() == Rule.ScopeKind.TOTAL;
            Code code = level(r).isPresent() ? Code.Q0304 : null;
            String atLevel = level(r).isPresent() ? " at that level" : "";
            if (minUnits.compareTo(BigDecimal.valueOf(units.size())) > 0) {
                String has = total ? ", but the qualification has " + units.size() + atLevel
                        : " from " + pool.where + ", which has " + units.size() + atLevel;
                return Diagnostic.of(code != null ? code : Code.Q0301, r.span(), "this rule needs "
                        + minUnits.toPlainString() + " units" + levelWords + has)
                        .withLabel("can never be met").withHelp("check the number, or the units of " + pool.where);
            }
            if (minCredits.compareTo(available) > 0) {
                String has = (total ? ", but the qualification's units" : " from " + pool.where + ", whose units")
                        + atLevel + " have " + available.toPlainString() + " credits in all";
                return Diagnostic.of(code != null ? code : Code.Q0303, r.span(), "this rule needs "
                        + minCredits.toPlainString() + " credits" + levelWords + has).withLabel("can never be met")
                        .withHelp("check the number, or the credits of the units");
            }
        }
        // the engine's verdict, where no count explains it (units equivalent to each other, for instance)
        return Diagnostic.of(Code.Q0307, r.span(), "no combination of the units of `" + q.id() + "` meets this rule")
                .withLabel("this rule can never be met").withHelp("check the rule's numbers and groups (equivalent "
                        + "units count once)");
    }

    // ----------------------------------------------------------------------------------------- several rules

    /**
     * A minimal conflict of several rules: a minimum above a maximum, barred units that leave a rule too few, or
     * else the rules themselves. For a pathway, reported at the first of its own rules in the conflict.
     */
    Diagnostic together(List<Rule> core, List<Rule> own, Code code, Span span, String message) {
        if (core.size() == 2) {
            Optional<Diagnostic> bounds = minimumAboveMaximum(core.get(0), core.get(1));
            if (bounds.isEmpty()) {
                bounds = minimumAboveMaximum(core.get(1), core.get(0));
            }
            if (bounds.isPresent()) {
                return bounds.get();
            }
        }
        Optional<Diagnostic> barred = barredLeaveTooFew(core);
        if (barred.isPresent()) {
            return barred.get();
        }
        if (core.isEmpty()) {
            return Diagnostic.of(code, span, message).withLabel("cannot be achieved")
                    .withHelp("check the rules' numbers and groups");
        }
        Rule primary = core.stream().filter(own::contains).findFirst().orElse(core.get(0));
        if (core.size() == 1) {
            return Diagnostic.of(code, primary.span(), message).withLabel("this rule can never be met")
                    .withHelp("check the rule's numbers and groups");
        }
        Diagnostic d = Diagnostic.of(code, primary.span(), message).withLabel("this rule and the ones noted "
                + "cannot all hold");
        for (Rule r : core) {
            if (r != primary) {
                d = d.withNote(r.span(), own.contains(r) || own.isEmpty() ? "conflicts with this rule"
                        : "conflicts with this rule of the qualification");
            }
        }
        return d.withHelp("without any one of these " + core.size() + " rules the rest can be met; check their "
                + "numbers and groups (a unit counts for one rule that takes units, not for several)");
    }

    /** {@code low} asks for more than {@code high} allows, over the same units or fewer, measured alike. */
    private Optional<Diagnostic> minimumAboveMaximum(Rule lowRule, Rule highRule) {
        if (!(lowRule instanceof Rule.Amounts low) || !(highRule instanceof Rule.Amounts high)) {
            return Optional.empty();
        }
        for (boolean credits : new boolean[] {false, true}) {
            Optional<BigDecimal> min = (credits ? low.credits() : low.units()).flatMap(Rule.Amount::min);
            Optional<BigDecimal> max = (credits ? high.credits() : high.units()).flatMap(Rule.Amount::max);
            if (min.isEmpty() || max.isEmpty() || min.get().compareTo(max.get()) <= 0) {
                continue;
            }
            String measure = credits ? "credits" : "units";
            return Optional.of(Diagnostic.of(Code.Q0302, low.span(), "this rule needs at least "
                    + min.get().toPlainString() + " " + measure + ", but another allows at most "
                    + max.get().toPlainString()).withLabel("minimum " + min.get().toPlainString())
                    .withNote(high.span(), "maximum " + max.get().toPlainString() + " here")
                    .withHelp("one of the two numbers is wrong"));
        }
        return Optional.empty();
    }

    /** A rule that needs more of its units than barred sets let count together. */
    private Optional<Diagnostic> barredLeaveTooFew(List<Rule> core) {
        List<Rule> barred = core.stream().filter(r -> r instanceof Rule.Barred).toList();
        for (Rule r : core) {
            if (barred.isEmpty() || !StructureProof.counts(r)) {
                continue;
            }
            BigDecimal need = r instanceof Rule.AllUnits ? BigDecimal.valueOf(r.pool().size())
                    : amounts(r).flatMap(Rule.Amounts::units).flatMap(Rule.Amount::min).orElse(BigDecimal.ZERO);
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
                return Optional.of(Diagnostic.of(Code.Q0305, culprit.span(), "these barred units leave " + countable
                        + " units that can count together for a rule that needs " + need.toPlainString())
                        .withLabel("at most one of these counts").withNote(r.span(), "needs " + need.toPlainString()
                                + " units")
                        .withHelp("a mandatory group cannot hold units barred from each other"));
            }
        }
        return Optional.empty();
    }

    /** Most rules a "could not prove" warning points at one by one; the rest are counted in its help. */
    private static final int UNPROVED_NOTES = 8;

    /**
     * The engine could not decide within its search budget whether the rules can be met together: a warning
     * naming the rules involved (those that count or bound units), since neither answer has been proved.
     */
    Diagnostic unproved(Span span, String what, List<Rule> rules, UndecidedException e) {
        List<Rule> involved = rules.stream().filter(r -> !(r instanceof Rule.Equivalent)).toList();
        Diagnostic d = Diagnostic.of(Code.Q0315, span, "could not prove within the search budget (" + e.steps()
                + " steps) that " + what + " can be met together").withLabel("not proved either way");
        for (Rule r : involved.subList(0, Math.min(UNPROVED_NOTES, involved.size()))) {
            d = d.withNote(r.span(), "one of the rules involved");
        }
        String more = involved.size() > UNPROVED_NOTES ? " (and " + (involved.size() - UNPROVED_NOTES)
                + " more rules)" : "";
        String rulesLet = involved.size() == 1 ? "this rule lets" : "these " + involved.size() + " rules" + more
                + " let";
        return d.withHelp(rulesLet + " units combine in too many ways to try them all; `qdl eval` may report "
                + "candidates of this structure undecided (E008) too");
    }

    // ----------------------------------------------------------------------------------------- warnings

    /** Equivalent units that differ in credit or level: which one counts would change the result. */
    void equivalentsAlike(List<Diagnostic> out) {
        for (Rule r : q.rules()) {
            if (!(r instanceof Rule.Equivalent)) {
                continue;
            }
            Set<Optional<BigDecimal>> credits = new HashSet<>();
            Set<Optional<Level>> levels = new HashSet<>();
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

    // ----------------------------------------------------------------------------------------- pools

    private record Pool(List<String> units, String where) {
    }

    /** The units a rule looks at, and how to name them: one pool a group for `each of groups`. */
    private List<Pool> pools(Rule r) {
        return switch (r.scope().kind()) {
            case EACH_OF_GROUPS -> r.scope().names().stream()
                    .map(g -> new Pool(q.group(g).map(x -> x.units()).orElse(List.of()), "group " + g)).toList();
            case TOTAL -> List.of(new Pool(q.units().stream().map(Unit::ref).toList(), "the qualification"));
            case UNITS -> List.of(new Pool(r.pool(), "the units listed"));
            case GROUPS, ANY_OF_GROUPS -> List.of(new Pool(r.pool(), (r.scope().names().size() == 1 ? "group "
                    : "groups ") + String.join(", ", r.scope().names())));
        };
    }

    /** The amounts of an amount rule; every other kind asks for its units whole or for none. */
    private static Optional<Rule.Amounts> amounts(Rule r) {
        return r instanceof Rule.Amounts a ? Optional.of(a) : Optional.empty();
    }

    private static Optional<Rule.LevelFilter> level(Rule r) {
        return amounts(r).flatMap(Rule.Amounts::level);
    }

    private Optional<Unit> unit(String ref) {
        return q.unit(ref);
    }

    private static String directionWords(Condition.Direction d) {
        return switch (d) {
            case OR_ABOVE -> " or above";
            case OR_BELOW -> " or below";
            case EXACTLY -> "";
        };
    }
}
