package org.qdl.cli.results;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/** One CSV row per candidate, for a spreadsheet or a management-information system. */
final class CsvReport implements Report {
    private static final List<String> COLUMNS = List.of("candidate", "achieved", "grade", "credits", "units_needed",
            "shortfalls", "problems");
    private static final ObjectWriter ROWS;

    static {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        ROWS = new CsvMapper().writerFor(String[].class).with(schema.build().withoutHeader().withLineSeparator("\n"));
    }

    @Override
    public String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    @Override
    public String render(List<Result> results) {
        List<String[]> rows = new ArrayList<>(results.size());
        for (Result r : results) {
            List<String> shortfalls = new ArrayList<>();
            for (Shortfall s : r.shortfalls()) {
                shortfalls.add(s.message());
            }
            List<String> problems = new ArrayList<>();
            for (Problem p : r.problems()) {
                problems.add(p.code() + " " + p.message());
            }
            rows.add(new String[] {r.candidate(), String.valueOf(r.achieved()), r.grade() == null ? "" : r.grade(),
                Numbers.plain(r.credits()), String.valueOf(r.unitsNeeded()), String.join("; ", shortfalls),
                String.join("; ", problems)});
        }
        StringWriter out = new StringWriter();
        try (SequenceWriter w = ROWS.writeValues(out)) {
            w.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String footer(Summary summary) {
        return "";
    }
}
