package org.qdl.emit.handbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qdl.model.Condition;
import org.qdl.model.Rule;
import org.qdl.model.Rule.Amount;
import org.qdl.model.Rule.ScopeKind;

/**
 * The rules of combination in plain English, worded the way awarding bodies word them. A rule list reads as the
 * SVQ handbook's section 1.1 does: the total as a lead-in ("Minimum of 7 units of which:") and one line per rule
 * ("Two units must be completed from Group A: …", "One further unit can be selected from any of Groups B, C, D and
 * E"). Lines carry no full stop, as in the seeds' lists.
 */
public final class RuleSentences {
    private final Naming names;

    RuleSentences(Naming names) {
        this.names = names;
    }

    /** A list of rules read as a structure: an optional lead-in and the lines under it. */
    public record Structure(Optional<Sentence> leadIn, List<Sentence> lines) {
        public Structure {
            lines = List.copyOf(lines);
        }
    }

    public Structure structure(List<Rule> rules) {
        Optional<Rule> lead = rules.stream().filter(RuleSentences::canLead).findFirst();
        boolean others = rules.stream().anyMatch(r -> lead.isEmpty() || r != lead.get());
        if (lead.isEmpty() || !others) {
            return new Structure(Optional.empty(), rules.stream().map(r -> line(r, false)).toList());
        }
        List<Sentence> lines = new ArrayList<>();
        for (Rule r : rules) {
            if (r != lead.get()) {
                lines.add(line(r, true));
            }
        }
        return new Structure(Optional.of(leadIn((Rule.Amounts) lead.get())), lines);
    }

    /** One rule on its own line. */
    public Sentence line(Rule rule) {
        return line(rule, false);
    }

    /** A total that can head the list: "at least 7 units in total", "51 to 58 credits in total". */
    private static boolean canLead(Rule rule) {
        if (!(rule instanceof Rule.Amounts r) || r.scope().kind() != ScopeKind.TOTAL || r.level().isPresent()
                || !r.unitSizes().isEmpty() || r.hours().isPresent() || r.graded().isPresent()
                || r.outcome().isPresent() || r.further() || r.shared() || !r.including().isEmpty()) {
            return false;
        }
        return r.units().map(a -> a.min().isPresent()).orElse(true) && r.credits().map(a -> a.min().isPresent()).orElse(true);
    }

    /** "Minimum of 7 units of which:", "Minimum of 51 and maximum of 58 credits of which:". */
    private Sentence leadIn(Rule.Amounts r) {
        List<String> amounts = new ArrayList<>();
        r.credits().ifPresent(a -> amounts.add(leadAmount(a, "credit")));
        r.units().ifPresent(a -> amounts.add(leadAmount(a, names.unitNoun(List.of()))));
        String joined = String.join(" and ", amounts);
        return Sentence.of(Words.capitalise(joined) + " of which:");
    }

    private static String leadAmount(Amount a, String noun) {
        String low = Words.number(a.low());
        switch (a.bound()) {
            case EXACTLY:
                return "exactly " + low + " " + Words.noun(noun, a.low());
            default:
                if (a.high().isPresent()) {
                    return "minimum of " + low + " and maximum of " + Words.number(a.high().get()) + " "
                            + Words.plural(noun);
                }
                return "minimum of " + low + " " + Words.noun(noun, a.low());
        }
    }

    private Sentence line(Rule r, boolean underLeadIn) {
        return r.accept(new Rule.Visitor<Sentence>() {
            @Override
            public Sentence allUnits(Rule.AllUnits rule) {
                return all(rule);
            }

            @Override
            public Sentence amounts(Rule.Amounts rule) {
                return amount(rule, underLeadIn);
            }

            @Override
            public Sentence barred(Rule.Barred rule) {
                return unitSet(rule, "barred: only one of them can count towards the qualification");
            }

            @Override
            public Sentence equivalent(Rule.Equivalent rule) {
                return unitSet(rule, "equivalent (the same unit by different routes): either may be achieved, "
                        + "and it counts once");
            }
        });
    }

    /** "Two units must be completed from Group A: Mandatory Units". */
    private Sentence all(Rule.AllUnits r) {
        int n = r.pool().isEmpty() ? names.qualification().units().size() : r.pool().size();
        BigDecimal count = BigDecimal.valueOf(n);
        String noun = names.unitNoun(r.pool(), count);
        Sentence.Builder b = Sentence.builder();
        if (r.scope().kind() == ScopeKind.UNITS) {
            b.text(Words.capitalise(Words.noun(names.unitNoun(r.scope().names()), count)) + " ");
            units(b, r.scope().names());
            b.text(" must be completed");
        } else {
            b.text(Words.capitalise(Words.count(n)) + " " + noun + " must be completed");
            scope(b, r);
        }
        if (r.passed()) {
            b.text(", each with a pass");
        }
        including(b, r.including());
        if (r.shared()) {
            b.text(" (units counted towards other rules count here too)");
        }
        return b.build();
    }

    /** "One unit must be selected from Group B", "A maximum of 10 credits from Group C can count …". */
    private Sentence amount(Rule.Amounts r, boolean underLeadIn) {
        String noun = names.unitNoun(r.pool());
        Sentence.Builder b = Sentence.builder();
        boolean capOnly = r.units().map(a -> a.min().isEmpty()).orElse(true)
                && r.credits().map(a -> a.min().isEmpty()).orElse(true)
                && r.hours().map(h -> h.amount().min().isEmpty()).orElse(true);
        List<String> subject = new ArrayList<>();
        r.credits().ifPresent(a -> subject.add(creditAmount(a)));
        r.hours().ifPresent(h -> subject.add(hoursAmount(h)));
        r.units().ifPresent(a -> subject.add(unitAmount(a, noun, r.further())));
        String head = subject.size() == 1 ? subject.get(0) : subject.get(0) + " (" + subject.get(1) + ")";
        b.text(Words.capitalise(head));
        r.outcome().ifPresent(o -> b.text(switch (o) {
            case PASSED -> " passed";
            case NOT_PASSED -> " not passed (recorded below a pass)";
        }));
        if (!r.unitSizes().isEmpty()) {
            b.text(" from " + Words.plural(noun) + " of " + String.join(" or ", r.unitSizes().stream()
                    .map(Words::number).toList()) + " credits");
        }
        r.level().ifPresent(l -> b.text(" " + level(l)));
        r.graded().ifPresent(g -> b.text(" graded " + g.label() + switch (g.direction()) {
            case OR_ABOVE -> " or above";
            case OR_BELOW -> " or below";
            case EXACTLY -> "";
        }));
        if (capOnly) {
            scope(b, r);
            b.text(" can count towards the qualification");
        } else {
            boolean unitsOnly = r.credits().isEmpty() && r.hours().isEmpty();
            String verb = !unitsOnly ? "must be achieved"
                    : r.further() && underLeadIn ? "can be selected" : "must be selected";
            b.text(" " + verb);
            if (r.scope().kind() == ScopeKind.TOTAL && r.level().isEmpty() && r.unitSizes().isEmpty()
                    && r.graded().isEmpty() && !underLeadIn) {
                b.text(" in total");
            }
            scope(b, r);
        }
        including(b, r.including());
        if (r.shared()) {
            b.text(" (units counted towards other rules may count here too)");
        }
        return b.build();
    }

    /** "one unit", "one further unit", "at least two units", "no more than two units", "three to five units". */
    private static String unitAmount(Amount a, String noun, boolean further) {
        String low = Words.count(a.low());
        String more = further ? "further " : "";
        if (a.high().isPresent()) {
            return low + " to " + Words.count(a.high().get()) + " " + more + Words.plural(noun);
        }
        String what = more + Words.noun(noun, a.low());
        switch (a.bound()) {
            case AT_LEAST:
                return "at least " + low + " " + what;
            case AT_MOST:
                return "no more than " + low + " " + what;
            case EXACTLY:
                return "exactly " + low + " " + what;
            default:
                return low + " " + what;
        }
    }

    /** "a minimum of 13 credits", "a maximum of 10 credits", "exactly 12 credits", "between 2 and 7 credits". */
    private static String creditAmount(Amount a) {
        String low = Words.number(a.low());
        if (a.high().isPresent()) {
            return "between " + low + " and " + Words.number(a.high().get()) + " credits";
        }
        String credits = low + " " + Words.noun("credit", a.low());
        switch (a.bound()) {
            case AT_MOST:
                return "a maximum of " + credits;
            case EXACTLY:
                return "exactly " + credits;
            default:
                return "a minimum of " + credits;
        }
    }

    /** "a minimum of 180 GLH", "a maximum of 120 hours of TQT": as credits are said, in the handbooks' terms. */
    private static String hoursAmount(Rule.Hours h) {
        Amount a = h.amount();
        String noun = switch (h.measure()) {
            case GLH -> "GLH";
            case TQT -> "hours of TQT";
        };
        String low = Words.number(a.low());
        if (a.high().isPresent()) {
            return "between " + low + " and " + Words.number(a.high().get()) + " " + noun;
        }
        return switch (a.bound()) {
            case AT_MOST -> "a maximum of " + low + " " + noun;
            case EXACTLY -> "exactly " + low + " " + noun;
            case PLAIN, AT_LEAST -> "a minimum of " + low + " " + noun;
        };
    }

    /** "at level 3 or above", "at Entry level 3", "at or above the qualification's level (level 5)". */
    static String level(Rule.LevelFilter f) {
        String level = Naming.level(f.level());
        if (f.qualificationLevel()) {
            String where = "the qualification's level (" + level + ")";
            if (f.direction() == Condition.Direction.OR_ABOVE) {
                return "at or above " + where;
            }
            return f.direction() == Condition.Direction.OR_BELOW ? "at or below " + where : "at " + where;
        }
        if (f.direction() == Condition.Direction.OR_ABOVE) {
            return "at " + level + " or above";
        }
        return f.direction() == Condition.Direction.OR_BELOW ? "at " + level + " or below" : "at " + level;
    }

    /** " from Group B: …", " from any of Groups B, C, D and E", " from each of Groups A and B", " from units X and Y". */
    private void scope(Sentence.Builder b, Rule r) {
        List<String> where = r.scope().names();
        String lead = switch (r.scope().kind()) {
            case TOTAL -> null;
            case GROUPS -> " from ";
            case ANY_OF_GROUPS -> where.size() == 1 ? " from " : " from any of ";
            case EACH_OF_GROUPS -> where.size() == 1 ? " from " : " from each of ";
            case UNITS -> " from " + Words.noun(names.unitNoun(where), BigDecimal.valueOf(where.size())) + " ";
        };
        if (lead == null) {
            return;
        }
        b.text(lead);
        if (r.scope().kind() == ScopeKind.UNITS) {
            units(b, where);
        } else {
            groups(b, where);
        }
    }

    /** One group by its title; several as "Groups B, C, D and E" when their titles begin so, else by titles. */
    private void groups(Sentence.Builder b, List<String> groups) {
        if (groups.size() == 1) {
            String g = groups.get(0);
            b.group(names.groupTitle(g), names.groupId(g));
            return;
        }
        boolean byName = groups.stream().allMatch(names::titledByName);
        if (byName) {
            b.text("Groups ");
        }
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            b.text(Words.separator(i, groups.size(), "and"));
            b.group(byName ? g : names.groupTitle(g), names.groupId(g));
        }
    }

    private void units(Sentence.Builder b, List<String> refs) {
        for (int i = 0; i < refs.size(); i++) {
            b.text(Words.separator(i, refs.size(), "and"));
            b.unit(refs.get(i), names.unitId(refs.get(i)));
        }
    }

    /** ", including unit 4427-301", ", including one of units X, Y or Z". */
    private void including(Sentence.Builder b, List<Rule.Inclusion> including) {
        for (Rule.Inclusion inc : including) {
            List<String> refs = inc.units();
            String noun = names.unitNoun(refs);
            if (inc.oneOf() && refs.size() > 1) {
                b.text(", including one of " + Words.plural(noun) + " ");
                for (int i = 0; i < refs.size(); i++) {
                    b.text(Words.separator(i, refs.size(), "or"));
                    b.unit(refs.get(i), names.unitId(refs.get(i)));
                }
            } else {
                b.text(", including " + Words.noun(noun, BigDecimal.valueOf(refs.size())) + " ");
                units(b, refs);
            }
        }
    }

    /** "Units 4427-202 and 4427-662 are barred: …". */
    private Sentence unitSet(Rule r, String what) {
        List<String> refs = r.scope().kind() == ScopeKind.UNITS && !r.scope().names().isEmpty() ? r.scope().names()
                : r.pool();
        Sentence.Builder b = Sentence.builder();
        b.text(Words.capitalise(Words.plural(names.unitNoun(refs))) + " ");
        units(b, refs);
        b.text(" are " + what);
        return b.build();
    }
}
