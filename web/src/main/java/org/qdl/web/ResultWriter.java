package org.qdl.web;

import java.math.BigDecimal;
import java.util.List;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;

/**
 * A result as JSON for the page, with the field names of `qdl eval --format json` (achieved, grade, credits,
 * unitsNeeded, counted, shortfalls with requirement, rule, message, units, credits, options; problems), so that
 * the browser test compares like with like; its sentences come from the renderer `qdl eval` uses.
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    public static String write(Result r, ResultWords words) {
        StringBuilder s = new StringBuilder("{");
        field(s, "candidate").append(quote(r.candidate())).append(',');
        field(s, "achieved").append(r.achieved()).append(',');
        field(s, "grade").append(r.grade() == null ? "null" : quote(r.grade())).append(',');
        field(s, "credits").append(number(r.credits())).append(',');
        field(s, "unitsNeeded").append(r.unitsNeeded()).append(',');
        if (r.tariff() != null) {
            field(s, "tariff").append(number(r.tariff())).append(',');
        }
        if (r.smaller() != null) {
            field(s, "smaller").append('{');
            field(s, "id").append(quote(r.smaller().id())).append(',');
            if (r.smaller().grade() != null) {
                field(s, "grade").append(quote(r.smaller().grade())).append(',');
            }
            field(s, "title").append(quote(r.smaller().title())).append("},");
        }
        if (words.showsGradeProfile()) {
            field(s, "profile").append('[');
            for (int i = 0; i < r.profile().size(); i++) {
                org.qdl.runtime.result.GradeCount g = r.profile().get(i);
                s.append(i == 0 ? "{" : ",{");
                field(s, "grade").append(quote(g.grade())).append(',');
                field(s, "credits").append(number(g.credits())).append(',');
                field(s, "units").append(g.units()).append('}');
            }
            s.append("],");
            if (!r.profile().isEmpty()) {
                field(s, "profileWords").append(quote(words.profile(r.profile()))).append(',');
            }
        }
        if (words.showsGradedCredits()) {
            field(s, "graded").append('[');
            for (int i = 0; i < r.graded().size(); i++) {
                org.qdl.runtime.result.GradedCredit g = r.graded().get(i);
                s.append(i == 0 ? "{" : ",{");
                field(s, "unit").append(quote(g.unit())).append(',');
                field(s, "credits").append(number(g.credits())).append('}');
            }
            s.append("],");
            if (!r.graded().isEmpty()) {
                field(s, "gradedWords").append(quote(words.graded(r.graded()))).append(',');
            }
        }
        field(s, "undecided").append(r.undecided()).append(',');
        field(s, "whatIf").append(r.whatIf()).append(',');
        field(s, "counted").append('[');
        for (int i = 0; i < r.counted().size(); i++) {
            Counted c = r.counted().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "unit").append(quote(c.unit())).append(',');
            field(s, "requirement").append(quote(c.requirement())).append(',');
            field(s, "rule").append(quote(words.countedFor(c))).append('}');
        }
        s.append("],");
        field(s, "shortfalls").append('[');
        for (int i = 0; i < r.shortfalls().size(); i++) {
            Shortfall f = r.shortfalls().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "requirement").append(quote(f.requirement())).append(',');
            field(s, "rule").append(quote(words.rule(f.requirement()))).append(',');
            field(s, "message").append(quote(words.shortfall(f))).append(',');
            field(s, "units").append(f.units()).append(',');
            field(s, "credits").append(number(f.credits())).append(',');
            if (f.kind() == Shortfall.Kind.GRADE) {
                field(s, "grade").append(quote(f.grade())).append(',');
                if (f.points() != null) {
                    field(s, "points").append(number(f.points())).append(',');
                }
            }
            if (f.hoursOf() != null) {
                field(s, f.hoursOf().field()).append(number(f.hours())).append(',');
            }
            if (f.kind() == Shortfall.Kind.CLOSED && f.date() != null) {
                field(s, "closed").append(quote(f.date())).append(',');
            }
            if (!f.closedUnits().isEmpty()) {
                closedUnits(s, f.closedUnits(), null);
            }
            field(s, "options");
            strings(s, f.options()).append('}');
        }
        s.append("],");
        field(s, "problems").append('[');
        for (int i = 0; i < r.problems().size(); i++) {
            Problem p = r.problems().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "code").append(quote(p.code())).append(',');
            field(s, "unit").append(quote(p.unit())).append(',');
            field(s, "message").append(quote(words.problem(p))).append('}');
        }
        s.append("],");
        field(s, "advice");
        strings(s, r.advice() == null ? List.of() : words.advice(r.advice())).append(',');
        field(s, "notCounted").append('[');
        for (int i = 0; i < r.notCounted().size(); i++) {
            NotCounted n = r.notCounted().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "unit").append(quote(n.unit())).append(',');
            field(s, "reason").append(quote(n.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                    .append(',');
            if (n.closed() != null) {
                field(s, "closed").append(quote(n.closed().why().word())).append(',');
            }
            field(s, "message").append(quote(words.notCounted(n))).append('}');
        }
        s.append("],");
        if (r.timing() != null) {
            timing(s, r.timing(), words);
        }
        field(s, "endorsements");
        strings(s, r.endorsements()).append(',');
        field(s, "unitCertificate");
        strings(s, r.unitCertificate());
        return s.append('}').toString();
    }

    /** The result's `timing`, as `qdl eval --format json` writes it, with the registration line in words. */
    private static void timing(StringBuilder s, org.qdl.runtime.result.Timing t, ResultWords words) {
        field(s, "timing").append('{');
        field(s, "registered").append(quote(t.registered())).append(',');
        if (t.registrationEnds() != null) {
            field(s, "registrationEnds").append(quote(t.registrationEnds())).append(',');
            field(s, "registrationEnded").append(t.registrationEnded()).append(',');
        }
        if (t.closed() != null) {
            field(s, "closed").append(quote(t.closed().word())).append(',');
            field(s, "closedOn").append(quote(t.closedOn())).append(',');
        }
        if (!t.closedUnits().isEmpty()) {
            closedUnits(s, t.closedUnits(), words);
        }
        field(s, "registrationWords").append(quote(words.registration(t))).append(',');
        field(s, "attempts").append('[');
        for (int i = 0; i < t.attempts().size(); i++) {
            org.qdl.runtime.result.Attempt a = t.attempts().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "unit").append(quote(a.unit())).append(',');
            field(s, "attempt").append(a.attempt()).append(',');
            field(s, "date").append(quote(a.date())).append(',');
            field(s, "result").append(quote(a.result())).append(',');
            field(s, "grade").append(quote(a.grade())).append(',');
            field(s, "used").append(a.used()).append(',');
            field(s, "reason").append(quote(a.reason().name().toLowerCase(java.util.Locale.ROOT))).append(',');
            field(s, "words").append(quote(words.attempt(a))).append('}');
        }
        s.append("]},");
    }

    /** `closedUnits`, as `qdl eval --format json` writes it (with {@code words}, each unit's line too), and a comma. */
    private static void closedUnits(StringBuilder s, List<org.qdl.runtime.result.ClosedUnit> units, ResultWords words) {
        field(s, "closedUnits").append('[');
        for (int i = 0; i < units.size(); i++) {
            org.qdl.runtime.result.ClosedUnit c = units.get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "unit").append(quote(c.unit())).append(',');
            field(s, "reason").append(quote(c.why().word())).append(',');
            field(s, "limit").append(quote(c.limit()));
            if (words != null) {
                s.append(',');
                field(s, "words").append(quote(words.closedUnit(c)));
            }
            s.append('}');
        }
        s.append("],");
    }

    private static StringBuilder field(StringBuilder s, String name) {
        return s.append('"').append(name).append("\":");
    }

    private static StringBuilder strings(StringBuilder s, List<String> values) {
        s.append('[');
        boolean first = true;
        for (String value : values) {
            s.append(first ? "" : ",").append(quote(value));
            first = false;
        }
        return s.append(']');
    }

    private static String number(BigDecimal n) {
        return n == null ? "0" : n.stripTrailingZeros().toPlainString();
    }

    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        s.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
