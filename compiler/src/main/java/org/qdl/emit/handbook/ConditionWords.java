package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.qdl.model.Condition;
import org.qdl.model.Condition.Atom;
import org.qdl.model.Condition.Direction;
import org.qdl.model.Scale;

/**
 * Conditions over criterion ratings and unit grades in words: "every criterion must be rated S or H", "at least 50%
 * of the criteria are rated Exceeds", "every unit counted is graded Advanced". "Or above" is spelt out as the labels
 * it means when they are few ("S or H", "Meets or Exceeds").
 */
final class ConditionWords {
    /** "must be rated" when the condition is what a learner must do; "is rated" when it says when a grade is given. */
    enum Mood { MUST, WHEN }

    private static final int SPELL_OUT = 3;

    private final Naming names;

    ConditionWords(Naming names) {
        this.names = names;
    }

    /** The condition's atoms joined with "and"; {@code criterionScale} is the scale criteria are rated on. */
    String words(Condition c, Optional<Scale> criterionScale, Mood mood, String unitNoun) {
        List<String> parts = new ArrayList<>();
        for (Atom a : c.atoms()) {
            parts.add(atom(a, criterionScale, mood, unitNoun));
        }
        return String.join(" and ", parts);
    }

    private String atom(Atom a, Optional<Scale> criterionScale, Mood mood, String unitNoun) {
        boolean must = mood == Mood.MUST;
        switch (a.kind()) {
            case EVERY_CRITERION:
                return "every criterion " + (must ? "must be" : "is") + " rated "
                        + labels(a.label(), a.direction(), criterionScale);
            case SOME_CRITERIA: {
                boolean one = !a.percent() && Words.isOne(a.count());
                return "at least " + howMany(a, "criterion", "criteria") + " " + (must ? "must be" : one ? "is" : "are")
                        + " rated " + labels(a.label(), a.direction(), criterionScale);
            }
            case EVERY_UNIT:
                return "every " + unitNoun + " counted " + (must ? "must be" : "is") + " graded "
                        + labels(a.label(), a.direction(), names.scaleWithLabel(a.label()));
            case SOME_UNITS: {
                boolean one = !a.percent() && Words.isOne(a.count());
                return "at least " + howMany(a, unitNoun, Words.plural(unitNoun)) + " counted "
                        + (must ? "must be" : one ? "is" : "are") + " graded "
                        + labels(a.label(), a.direction(), names.scaleWithLabel(a.label()));
            }
            case SOME_CREDITS:
                return "at least " + Words.count(a.count()) + (Words.isOne(a.count()) ? " credit" : " credits")
                        + " from the " + Words.plural(unitNoun) + " counted"
                        + a.level().map(l -> " " + RuleSentences.level(l)).orElse("") + " "
                        + (must ? "must be" : "are") + " graded "
                        + labels(a.label(), a.direction(), names.scaleWithLabel(a.label()));
            case UNIT_GRADED:
                return unitNoun + " " + a.unit().orElse("") + " " + (must ? "must be" : "is") + " graded "
                        + labels(a.label(), a.direction(), names.scaleWithLabel(a.label()));
            default:
                return "the " + Words.plural(unitNoun) + " counted" + a.from().map(f -> " " + from(f, unitNoun))
                        .orElse("") + " " + (must ? "must be" : "are") + " worth at least "
                        + Words.number(a.points()) + " points";
        }
    }

    /** "from Group A: Core units", "from Groups B and C", "from units U1 and U2": whose points count. */
    private String from(Condition.From f, String unitNoun) {
        List<String> where = f.scope().names();
        List<String> named = new ArrayList<>();
        boolean units = f.scope().kind() == org.qdl.model.Rule.ScopeKind.UNITS;
        boolean byName = !units && where.size() > 1 && where.stream().allMatch(names::titledByName);
        for (String w : where) {
            named.add(units || byName ? w : names.groupTitle(w));
        }
        String list = Words.join(named, "and");
        if (units) {
            return "from " + (where.size() == 1 ? unitNoun : Words.plural(unitNoun)) + " " + list;
        }
        return "from " + (byName ? "Groups " : "") + list;
    }

    private static String howMany(Atom a, String singular, String plural) {
        if (a.percent()) {
            return Words.number(a.count()) + "% of the " + plural;
        }
        return Words.count(a.count()) + " " + (Words.isOne(a.count()) ? singular : plural);
    }

    /** "S or H" for "S or above" on N < L < S < H; "Merit or above" when the labels are many or unknown. */
    static String labels(String label, Direction direction, Optional<Scale> scale) {
        if (direction == Direction.EXACTLY) {
            return label;
        }
        String words = direction == Direction.OR_ABOVE ? label + " or above" : label + " or below";
        if (scale.isEmpty() || scale.get().rank(label) < 0) {
            return words;
        }
        List<String> all = scale.get().labelNames();
        int at = all.indexOf(label);
        List<String> meant = direction == Direction.OR_ABOVE ? all.subList(at, all.size()) : reversed(all.subList(0, at + 1));
        return meant.size() <= SPELL_OUT ? Words.join(meant, "or") : words;
    }

    private static List<String> reversed(List<String> list) {
        List<String> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }
}
