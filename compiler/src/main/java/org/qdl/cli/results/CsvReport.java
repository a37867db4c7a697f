package org.qdl.cli.results;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.words.ResultWords;

/** One CSV row per candidate, for a spreadsheet or a management-information system. */
final class CsvReport implements Report {
    private static final List<String> COLUMNS = List.of("candidate", "achieved", "grade", "credits", "units_needed",
            "shortfalls", "problems");
    private static final CsvFactory CSV = new CsvFactory();
    private static final CsvSchema SCHEMA;

    static {
        CsvSchema.Builder schema = CsvSchema.builder();
        COLUMNS.forEach(schema::addColumn);
        SCHEMA = schema.build().withoutHeader().withLineSeparator("\n");
    }

    private final ResultWords words;

    CsvReport(ResultWords words) {
        this.words = words;
    }

    @Override
    public String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    /** The rows, written field by field with Jackson's CSV generator (which quotes what needs quoting). */
    @Override
    public String render(List<Result> results) {
        StringWriter out = new StringWriter(results.size() * 96);
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.setSchema(SCHEMA);
            for (Result r : results) {
                g.writeStartArray();
                g.writeString(r.candidate());
                g.writeString(String.valueOf(r.achieved()));
                g.writeString(r.grade() == null ? "" : r.grade());
                g.writeString(Numbers.plain(r.credits()));
                g.writeString(String.valueOf(r.unitsNeeded()));
                g.writeString(joined(r.shortfalls(), words::shortfall));
                g.writeString(joined(r.problems(), p -> p.code() + " " + words.problem(p)));
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return text.apply(items.get(0));
        }
        StringJoiner all = new StringJoiner("; ");
        items.forEach(i -> all.add(text.apply(i)));
        return all.toString();
    }

    @Override
    public String footer(Summary summary) {
        return "";
    }
}
