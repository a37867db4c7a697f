package org.qdl.cli.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Assignment;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;
import org.qdl.runtime.words.ResultWords;

/**
 * The contract's JSON: {@code {"qualification": ..., "results": [...]}}, one result a line so that a million
 * results stay readable with line tools, then a summary.
 */
final class JsonReport implements Report {
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportOptions options;
    private final ResultWords words;

    JsonReport(ReportOptions options, ResultWords words) {
        this.options = options;
        this.words = words;
    }

    @Override
    public String header() {
        return "{\n  \"qualification\": " + quote(options.qualificationId()) + ",\n  \"title\": " + quote(options.title())
                + ",\n  \"includePlanned\": " + options.includePlanned() + ",\n  \"results\": [";
    }

    @Override
    public String render(List<Result> results) {
        StringWriter out = new StringWriter();
        try {
            for (int i = 0; i < results.size(); i++) {
                out.write(i == 0 ? "\n    " : ",\n    ");
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    result(g, results.get(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String separator() {
        return ",";
    }

    /** A unit's title beside its reference, when it has one. */
    private void title(JsonGenerator g, String unit) throws IOException {
        String title = words.unitTitle(unit);
        if (!title.isEmpty()) {
            g.writeStringField("title", title);
        }
    }

    private void result(JsonGenerator g, Result r) throws IOException {
        g.writeStartObject();
        g.writeStringField("candidate", r.candidate());
        g.writeBooleanField("achieved", r.achieved());
        g.writeStringField("grade", r.grade());
        g.writeNumberField("credits", r.credits() == null ? java.math.BigDecimal.ZERO : r.credits());
        g.writeNumberField("unitsNeeded", r.unitsNeeded());
        if (r.tariff() != null) {
            // only with a tariff table, so that results of other qualifications read as they always have
            g.writeNumberField("tariff", r.tariff());
        }
        if (words.showsGradeProfile()) {
            // only for a qualification whose units can be achieved at two grades or more, as the tariff
            g.writeArrayFieldStart("profile");
            for (org.qdl.runtime.result.GradeCount p : r.profile()) {
                g.writeStartObject();
                g.writeStringField("grade", p.grade());
                g.writeNumberField("credits", p.credits());
                g.writeNumberField("units", p.units());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (words.showsGradedCredits()) {
            // only for a grading that chooses the credits it grades, as the tariff
            g.writeArrayFieldStart("graded");
            for (org.qdl.runtime.result.GradedCredit c : r.graded()) {
                g.writeStartObject();
                g.writeStringField("unit", c.unit());
                g.writeNumberField("credits", c.credits());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (r.undecided()) {
            // only when it happens, so that every decided result reads as it always has
            g.writeBooleanField("undecided", true);
        }
        g.writeArrayFieldStart("counted");
        for (Counted c : r.counted()) {
            g.writeStartObject();
            g.writeStringField("unit", c.unit());
            title(g, c.unit());
            g.writeStringField("requirement", c.requirement());
            g.writeStringField("rule", words.countedFor(c));
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "surplus", r.surplus());
        g.writeArrayFieldStart("shortfalls");
        for (Shortfall s : r.shortfalls()) {
            g.writeStartObject();
            g.writeStringField("requirement", s.requirement());
            g.writeStringField("rule", words.rule(s.requirement()));
            g.writeStringField("message", words.shortfall(s));
            g.writeNumberField("units", s.units());
            g.writeNumberField("credits", s.credits());
            if (s.kind() == Shortfall.Kind.GRADE) {
                // below every grade where the grading says `otherwise not achieved`: the grade missed, and the most
                // points a valid combination of the learner's units is worth
                g.writeStringField("grade", s.grade());
                if (s.points() != null) {
                    g.writeNumberField("points", s.points());
                }
            }
            if (s.kind() == Shortfall.Kind.CLOSED && s.date() != null) {
                // no unit can count any more (IR 2.5): the day the registration closed or ended, or certification
                // ended; `unitsNeeded` is then 0, as no number of units would do
                g.writeStringField("closed", s.date());
            }
            if (!s.closedUnits().isEmpty()) {
                // `units-closed`: the units closed to the learner that stand in the way, each with why
                closedUnits(g, s.closedUnits(), false);
            }
            if (s.hoursOf() != null) {
                // only for a rule on hours, so every other shortfall reads as before
                g.writeNumberField(s.hoursOf().field(), s.hours());
            }
            strings(g, "options", s.options());
            g.writeArrayFieldStart("choices");
            for (String option : s.options()) {
                g.writeStartObject();
                g.writeStringField("unit", option);
                title(g, option);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("problems");
        for (Problem p : r.problems()) {
            g.writeStartObject();
            g.writeStringField("code", p.code());
            g.writeStringField("unit", p.unit());
            title(g, p.unit());
            if (p.line() > 0) {
                g.writeNumberField("line", p.line());
            }
            g.writeStringField("message", words.problem(p));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.notCounted().isEmpty()) {
            g.writeArrayFieldStart("notCounted");
            for (NotCounted n : r.notCounted()) {
                g.writeStartObject();
                g.writeStringField("unit", n.unit());
                g.writeStringField("reason", n.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                if (n.requirement() != null) {
                    g.writeStringField("requirement", n.requirement());
                }
                if (!n.others().isEmpty()) {
                    strings(g, "others", n.others());
                }
                if (n.closed() != null) {
                    // the unit cannot be taken again: `resits-used-up` or `resit-window-closed`
                    g.writeStringField("closed", n.closed().why().word());
                }
                g.writeStringField("message", words.notCounted(n));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (r.advice() != null) {
            Advice a = r.advice();
            g.writeObjectFieldStart("advice");
            g.writeNumberField("unitsNeeded", a.unitsNeeded());
            g.writeArrayFieldStart("ways");
            for (Advice.Way w : a.ways()) {
                g.writeStartObject();
                g.writeArrayFieldStart("choices");
                for (List<String> choice : w.choices()) {
                    g.writeStartArray();
                    for (String unit : choice) {
                        g.writeString(unit);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeNumberField("completions", w.count());
                g.writeStringField("message", words.way(a, w));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("moreWays", a.moreWays());
            g.writeBooleanField("exhaustive", a.exhaustive());
            strings(g, "forCredit", a.forCredit());
            g.writeEndObject();
        }
        if (!r.assignments().isEmpty()) {
            g.writeArrayFieldStart("assignments");
            for (Assignment a : r.assignments()) {
                g.writeStartObject();
                g.writeStringField("id", a.variant());
                g.writeStringField("title", a.title());
                g.writeStringField("kind", a.endorsement() ? "endorsement" : "pathway");
                g.writeArrayFieldStart("counted");
                for (Counted c : a.counted()) {
                    g.writeStartObject();
                    g.writeStringField("unit", c.unit());
                    g.writeStringField("requirement", c.requirement());
                    g.writeStringField("rule", words.countedFor(c));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (r.unitResults().stream().anyMatch(u -> u.mark() != null)) {
            // a result given as a mark, and the grade it gives
            g.writeArrayFieldStart("marks");
            for (UnitResult u : r.unitResults()) {
                if (u.mark() != null) {
                    g.writeStartObject();
                    g.writeStringField("unit", u.unit());
                    g.writeStringField("mark", u.mark());
                    g.writeStringField("grade", u.grade());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
        }
        strings(g, "unitCertificate", r.unitCertificate());
        strings(g, "endorsements", r.endorsements());
        if (r.smaller() != null) {
            // a qualification of a suite not achieved: the largest smaller qualification of the suite achieved instead
            g.writeObjectFieldStart("smaller");
            g.writeStringField("id", r.smaller().id());
            g.writeStringField("title", r.smaller().title());
            if (r.smaller().grade() != null) {
                // graded by its own grading (IR 2.4)
                g.writeStringField("grade", r.smaller().grade());
            }
            g.writeEndObject();
        }
        if (r.timing() != null) {
            // a qualification with rules on time and attempts: which attempt stands for each unit, and why the others not
            org.qdl.runtime.result.Timing t = r.timing();
            g.writeObjectFieldStart("timing");
            g.writeStringField("registered", t.registered());
            if (t.registrationEnds() != null) {
                g.writeStringField("registrationEnds", t.registrationEnds());
                g.writeBooleanField("registrationEnded", t.registrationEnded());
            }
            if (t.closed() != null) {
                // only when no unit can count any more, so that every other result reads as before
                g.writeStringField("closed", t.closed().word());
                g.writeStringField("closedOn", t.closedOn());
            }
            if (!t.closedUnits().isEmpty()) {
                // only when some unit is closed to the learner on its own, so that every other result reads as before
                closedUnits(g, t.closedUnits(), true);
            }
            g.writeArrayFieldStart("attempts");
            for (org.qdl.runtime.result.Attempt a : t.attempts()) {
                g.writeStartObject();
                g.writeStringField("unit", a.unit());
                g.writeNumberField("attempt", a.attempt());
                g.writeStringField("date", a.date());
                g.writeStringField("result", a.result());
                g.writeStringField("grade", a.grade());
                g.writeBooleanField("used", a.used());
                g.writeStringField("reason", a.reason().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("words", words.attempt(a));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (options.explain()) {
            g.writeArrayFieldStart("units");
            for (UnitResult u : r.unitResults()) {
                g.writeStartObject();
                g.writeStringField("unit", u.unit());
                title(g, u.unit());
                g.writeBooleanField("achieved", u.achieved());
                g.writeStringField("grade", u.grade());
                if (u.mark() != null) {
                    g.writeStringField("mark", u.mark());
                }
                g.writeStringField("status", u.status());
                if (u.reason() != UnitResult.Reason.NONE) {
                    g.writeStringField("reason", words.unitReason(u));
                }
                if (!u.shortOf().isEmpty()) {
                    g.writeArrayFieldStart("unmetCriteria");
                    for (UnitResult.Rating rating : u.shortOf()) {
                        g.writeStartObject();
                        g.writeStringField("criterion", rating.criterion());
                        g.writeStringField("rating", rating.label());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** `closedUnits`: each unit closed to the learner, why (`resits-used-up`, `resit-window-closed`) and its limit. */
    private void closedUnits(JsonGenerator g, List<org.qdl.runtime.result.ClosedUnit> units, boolean withWords)
            throws IOException {
        g.writeArrayFieldStart("closedUnits");
        for (org.qdl.runtime.result.ClosedUnit c : units) {
            g.writeStartObject();
            g.writeStringField("unit", c.unit());
            g.writeStringField("reason", c.why().word());
            g.writeStringField("limit", c.limit());
            if (withWords) {
                g.writeStringField("words", words.closedUnit(c));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    @Override
    public String footer(Summary summary) {
        return "\n  ],\n  \"summary\": {\"candidates\": " + summary.candidates() + ", \"achieved\": " + summary.achieved()
                + ", \"notAchieved\": " + summary.notAchieved() + ", \"skippedRows\": " + summary.skippedRows()
                + (summary.undecided() > 0 ? ", \"undecided\": " + summary.undecided() : "") + "}\n}\n";
    }

    private static String quote(String s) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
