package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Condition;
import org.qdl.model.Level;
import org.qdl.model.Rule;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Num;
import org.qdl.syntax.tree.RuleNode;

/** Checks rules of combination and builds the model rules, each with a stable id. */
final class RuleBuilder {
    private final Env env;
    private final Map<String, Name> labels = new HashMap<>();
    private final Set<String> ids = new LinkedHashSet<>();

    RuleBuilder(Env env) {
        this.env = env;
    }

    /** Builds the rules of one block (the qualification's `rules`, or a pathway's); ids are unique across all. */
    List<Rule> build(List<RuleNode> nodes) {
        List<Rule> out = new ArrayList<>();
        for (RuleNode n : nodes) {
            rule(n).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Rule> rule(RuleNode node) {
        Optional<String> label = node.label().map(Name::text);
        node.label().ifPresent(l -> {
            Name first = labels.putIfAbsent(l.text(), l);
            if (first != null) {
                env.out.add(Diagnostic.of(Code.Q0117, l.span(), "two rules are labelled `" + l.text() + "`")
                        .withLabel("second use").withNote(first.span(), "first use")
                        .withHelp("a rule's label is its stable id; give each rule its own"));
            }
        });
        String text = Printer.ruleText(node);
        if (node instanceof RuleNode.BarredRule b) {
            List<String> units = units(b.units(), "barred");
            if (distinct(b.units()) < 2) {
                tooFew(b, "`barred` needs at least two units: at most one of them counts");
                return Optional.empty();
            }
            if (units.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new Rule.Barred(id(label, "barred-" + String.join("-", units)), label, units, text,
                    node.span()));
        }
        if (node instanceof RuleNode.EquivalentRule e) {
            List<String> units = units(e.units(), "equivalent");
            if (distinct(e.units()) < 2) {
                tooFew(e, "`equivalent` needs at least two units");
                return Optional.empty();
            }
            if (units.size() < 2) {
                return Optional.empty();
            }
            return Optional.of(new Rule.Equivalent(id(label, "equivalent-" + String.join("-", units)), label, units,
                    text, node.span()));
        }
        if (node instanceof RuleNode.AllRule a) {
            Pool pool = pool(a.pool());
            List<Rule.Inclusion> including = including(a.including(), pool);
            return Optional.of(new Rule.AllUnits(id(label, "all-from-" + String.join("-", pool.scope.names())
                    + (a.passed() ? "-passed" : "")), label, pool.scope, pool.units, including, a.shared(), text,
                    node.span(), a.passed()));
        }
        RuleNode.AmountRule r = (RuleNode.AmountRule) node;
        Optional<Rule.Amount> unitAmount = Optional.empty();
        Optional<Rule.Amount> creditAmount = Optional.empty();
        Optional<Rule.Hours> hours = Optional.empty();
        boolean ok = true;
        for (RuleNode.Amount amount : r.second().isPresent() ? List.of(r.amount(), r.second().get())
                : List.of(r.amount())) {
            Optional<Rule.Amount> a = amount(amount);
            ok &= a.isPresent();
            RuleNode.Measure measure = amount.measure();
            boolean weighed = measure != RuleNode.Measure.UNITS;
            Optional<String> taken = !weighed ? unitAmount.map(x -> "units") : creditAmount.isPresent()
                    ? Optional.of("credits") : hours.map(h -> h.measure().name().toLowerCase(Locale.ROOT));
            if (taken.isPresent()) {
                // a rule counts units and at most one measure: one slot cannot be filled by two sums at once
                String word = measure.word(false);
                env.out.add(Diagnostic.of(Code.Q0114, amount.span(), taken.get().equals(word)
                        ? "this rule gives two amounts of " + word
                        : "this rule gives an amount of " + taken.get() + " and one of " + word)
                        .withLabel("second amount")
                        .withHelp("write one amount of units and one of credits (or glh, or tqt), or two rules"));
                ok = false;
            } else {
                switch (measure) {
                    case UNITS -> unitAmount = a;
                    case CREDITS -> creditAmount = a;
                    case GLH -> hours = a.map(x -> new Rule.Hours(Rule.HoursMeasure.GLH, x));
                    case TQT -> hours = a.map(x -> new Rule.Hours(Rule.HoursMeasure.TQT, x));
                }
            }
        }
        Optional<Rule.LevelFilter> level = r.level().flatMap(this::levelFilter);
        ok &= r.level().isEmpty() || level.isPresent();
        List<BigDecimal> sizes = new ArrayList<>();
        for (Num size : r.unitSizes()) {
            if (!Numbers.inRange(size, env.out)) {
                ok = false;
            } else if (size.value().signum() <= 0) {
                env.out.add(Diagnostic.of(Code.Q0201, size.span(), "a unit size of " + size + " credits matches no "
                        + "unit").withLabel("not a unit size").withHelp("give the sizes of the units meant, such as "
                        + "`1 unit of 6 or 9 credits`"));
                ok = false;
            } else if (sizes.stream().noneMatch(s -> s.compareTo(size.value()) == 0)) {
                sizes.add(size.value());
            }
        }
        Pool pool = r.pool().map(this::pool).orElse(new Pool(new Rule.Scope(Rule.ScopeKind.TOTAL, List.of()),
                List.of()));
        List<Rule.Inclusion> including = including(r.including(), pool);
        boolean further = r.amount().further() || r.second().map(RuleNode.Amount::further).orElse(false);
        if (!ok) {
            return Optional.empty();
        }
        List<String> idWords = new ArrayList<>();
        if (further) {
            idWords.add("further");
        }
        String weighedWord = hours.map(h -> h.measure().name().toLowerCase(Locale.ROOT)).orElse("credits");
        boolean weighed = creditAmount.isPresent() || hours.isPresent();
        idWords.add(weighed && unitAmount.isEmpty() ? weighedWord : "units");
        if (weighed && unitAmount.isPresent()) {
            idWords.add(weighedWord);
        }
        if (unitAmount.flatMap(Rule.Amount::min).isEmpty() && creditAmount.flatMap(Rule.Amount::min).isEmpty()
                && hours.flatMap(h -> h.amount().min()).isEmpty()) {
            idWords.add("max");
        }
        r.outcome().ifPresent(o -> idWords.add(o == RuleNode.Outcome.PASSED ? "passed" : "not-passed"));
        if (!sizes.isEmpty()) {
            idWords.add("of-" + String.join("-or-", sizes.stream().map(BigDecimal::toPlainString).toList())
                    + "-credits");
        }
        Optional<Rule.Graded> graded = r.graded().map(g -> new Rule.Graded(g.label().text(),
                Conditions.direction(g.direction()), g.label().span()));
        graded.ifPresent(g -> idWords.add("graded-" + g.label() + switch (g.direction()) {
            case OR_ABOVE -> "-or-above";
            case OR_BELOW -> "-or-below";
            case EXACTLY -> "";
        }));
        idWords.add(scopeKey(level, pool.scope));
        return Optional.of(new Rule.Amounts(id(label, String.join("-", idWords)), label, unitAmount, creditAmount,
                further, level, pool.scope, pool.units, including, r.shared(), text, node.span(), sizes, hours,
                graded, r.outcome().map(o -> switch (o) {
                    case PASSED -> Rule.Outcome.PASSED;
                    case NOT_PASSED -> Rule.Outcome.NOT_PASSED;
                })));
    }

    private static long distinct(List<Name> units) {
        return units.stream().map(Name::text).distinct().count();
    }

    private void tooFew(RuleNode node, String message) {
        env.out.add(Diagnostic.of(Code.Q0216, node.span(), message).withLabel("one unit")
                .withHelp("list every unit of the set, separated by commas"));
    }

    private Optional<Rule.Amount> amount(RuleNode.Amount a) {
        if (!Numbers.inRange(a.low(), env.out) || a.high().isPresent() && !Numbers.inRange(a.high().get(), env.out)) {
            return Optional.empty();
        }
        BigDecimal low = a.low().value();
        Optional<BigDecimal> high = a.high().map(h -> h.value());
        if (a.measure() == RuleNode.Measure.UNITS && (!a.low().isWhole() || a.high().isPresent()
                && !a.high().get().isWhole())) {
            env.out.add(Diagnostic.of(Code.Q0214, a.span(), "units are counted in whole numbers")
                    .withLabel("not a whole number").withHelp("write a whole number of units, or count credits"));
            return Optional.empty();
        }
        if (high.isPresent() && high.get().compareTo(low) < 0) {
            env.out.add(Diagnostic.of(Code.Q0206, a.span(), "this range runs backwards: " + low.toPlainString() + " to "
                    + high.get().toPlainString()).withLabel("the first number should be the smaller")
                    .withHelp("write `" + high.get().toPlainString() + " to " + low.toPlainString() + "`"));
            return Optional.empty();
        }
        if (low.signum() == 0 && a.bound() != RuleNode.Bound.AT_MOST && high.isEmpty()) {
            env.out.add(Diagnostic.of(Code.Q0201, a.low().span(), "a rule that asks for 0 "
                    + a.measure().word(false) + " asks for nothing")
                    .withLabel("nothing required").withHelp("remove the rule, or say `at most`"));
            return Optional.empty();
        }
        Rule.Bound bound = switch (a.bound()) {
            case AT_LEAST -> Rule.Bound.AT_LEAST;
            case AT_MOST -> Rule.Bound.AT_MOST;
            case EXACTLY -> Rule.Bound.EXACTLY;
            case PLAIN -> Rule.Bound.PLAIN;
        };
        if (a.bound() == RuleNode.Bound.AT_MOST && high.isPresent()) {
            env.out.add(Diagnostic.of(Code.Q0206, a.span(), "`at most` takes one number, not a range")
                    .withLabel("a range after `at most`").withHelp("write `" + low.toPlainString() + " to "
                            + high.get().toPlainString() + "` for a range"));
            return Optional.empty();
        }
        return Optional.of(new Rule.Amount(bound, low, high));
    }

    private Optional<Rule.LevelFilter> levelFilter(RuleNode.LevelFilter f) {
        return levelFilter(env, f);
    }

    /** The level a rule or a grading condition names, resolved in the qualification's framework. */
    static Optional<Rule.LevelFilter> levelFilter(Env env, RuleNode.LevelFilter f) {
        Condition.Direction direction = Conditions.direction(f.direction());
        if (f.level().isEmpty()) {
            if (env.qualificationLevel.isEmpty()) {
                env.out.add(Diagnostic.of(Code.Q0115, f.span(), "this rule refers to the qualification's level, but the "
                        + "qualification has none").withLabel("which level?")
                        .withHelp("give the qualification a `level`, or name the level here"));
                return Optional.empty();
            }
            return Optional.of(new Rule.LevelFilter(env.qualificationLevel.get(), direction, true));
        }
        if (env.framework.isEmpty()) {
            return Optional.empty();
        }
        Optional<Level> level = Levels.resolve(env, f.level().get());
        return level.map(l -> new Rule.LevelFilter(l, direction, false));
    }

    record Pool(Rule.Scope scope, List<String> units) {
    }

    /** The units a pool names (groups resolved, unknown names reported), and where it looks. */
    Pool pool(RuleNode.Pool p) {
        if (p instanceof RuleNode.UnitPool u) {
            return new Pool(new Rule.Scope(Rule.ScopeKind.UNITS, u.units().stream().map(Name::text).toList()),
                    units(u.units(), "rule"));
        }
        RuleNode.GroupPool g = (RuleNode.GroupPool) p;
        Rule.ScopeKind kind = switch (g.quantifier()) {
            case ANY -> Rule.ScopeKind.ANY_OF_GROUPS;
            case EACH -> Rule.ScopeKind.EACH_OF_GROUPS;
            case NONE -> Rule.ScopeKind.GROUPS;
        };
        Set<String> units = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Name n : g.groups()) {
            names.add(n.text());
            List<String> members = env.groupUnits.get(n.text());
            if (members == null) {
                GroupResolver.unknownGroup(env, n);
            } else {
                units.addAll(members);
            }
        }
        return new Pool(new Rule.Scope(kind, names), new ArrayList<>(units));
    }

    private List<String> units(List<Name> refs, String where) {
        List<String> out = new ArrayList<>();
        for (Name ref : refs) {
            if (!env.decls.units.containsKey(ref.text())) {
                GroupResolver.unknownUnit(env, ref, "");
            } else if (!out.contains(ref.text())) {
                out.add(ref.text());
            }
        }
        return out;
    }

    /**
     * Where a rule looks, for its id: made from the rule's structure (its level filter, its groups or units), not
     * from how it is worded, so that rewording a rule keeps its id.
     */
    private static String scopeKey(Optional<Rule.LevelFilter> level, Rule.Scope scope) {
        List<String> key = new ArrayList<>();
        level.ifPresent(f -> {
            key.add(f.qualificationLevel() ? "at qualification level" : "at level " + f.level().label());
            key.add(switch (f.direction()) {
                case EXACTLY -> "";
                case OR_ABOVE -> "or above";
                case OR_BELOW -> "or below";
            });
        });
        List<String> names = scope.names();
        String and = names.size() <= 1 ? String.join("", names)
                : String.join(" ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        key.add(switch (scope.kind()) {
            case TOTAL -> level.isPresent() ? "" : "in total";
            case GROUPS -> "from " + (names.size() == 1 ? "group " : "groups ") + and;
            case ANY_OF_GROUPS -> "from groups " + and;
            case EACH_OF_GROUPS -> "from each-groups " + and;
            case UNITS -> "from " + (names.size() == 1 ? "unit " : "units ") + String.join(" ", names);
        });
        return String.join(" ", key);
    }

    /** What a rule must include; whether the rule may include anything at all is for lowering to say. */
    private List<Rule.Inclusion> including(Optional<RuleNode.Including> inc, Pool pool) {
        if (inc.isEmpty()) {
            return List.of();
        }
        RuleNode.Including i = inc.get();
        List<String> units = new ArrayList<>();
        for (Name ref : i.units()) {
            if (!env.decls.units.containsKey(ref.text())) {
                GroupResolver.unknownUnit(env, ref, "");
            } else if (pool.scope.kind() != Rule.ScopeKind.TOTAL && !pool.units.contains(ref.text())) {
                env.out.add(Diagnostic.of(Code.Q0312, ref.span(), "unit `" + ref.text() + "` is not in "
                        + describe(pool.scope) + ", so this rule cannot include it").withLabel("outside the rule's units")
                        .withHelp("add the unit to the group, or include a unit of the group"));
            } else {
                units.add(ref.text());
            }
        }
        if (units.isEmpty()) {
            return List.of();
        }
        if (i.oneOf()) {
            return List.of(new Rule.Inclusion(true, units));
        }
        return units.stream().map(u -> new Rule.Inclusion(false, List.of(u))).toList();
    }

    static String describe(Rule.Scope scope) {
        return switch (scope.kind()) {
            case TOTAL -> "the qualification";
            case UNITS -> "the units listed";
            case GROUPS, ANY_OF_GROUPS, EACH_OF_GROUPS -> (scope.names().size() == 1 ? "group " : "groups ")
                    + String.join(", ", scope.names());
        };
    }

    private String id(Optional<String> label, String words) {
        if (label.isPresent()) {
            ids.add(label.get());
            return label.get();
        }
        String base = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9*]+", "-").replaceAll("(^-+|-+$)", "");
        String id = base;
        for (int n = 2; ids.contains(id) || labels.containsKey(id); n++) {
            id = base + "-" + n;
        }
        ids.add(id);
        return id;
    }
}
