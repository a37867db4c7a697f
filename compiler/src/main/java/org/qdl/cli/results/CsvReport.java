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
    /** Only for a qualification with a tariff, so that every other CSV reads as it always has. */
    private static final List<String> WITH_TARIFF = java.util.stream.Stream.concat(COLUMNS.stream(),
            java.util.stream.Stream.of("tariff")).toList();
    private static final CsvFactory CSV = new CsvFactory();

    private final ResultWords words;
    private final boolean tariff;
    private final CsvSchema schema;

    CsvReport(ResultWords words, boolean tariff) {
        this.words = words;
        this.tariff = tariff;
        CsvSchema.Builder builder = CsvSchema.builder();
        (tariff ? WITH_TARIFF : COLUMNS).forEach(builder::addColumn);
        this.schema = builder.build().withoutHeader().withLineSeparator("\n");
    }

    @Override
    public String header() {
        return String.join(",", tariff ? WITH_TARIFF : COLUMNS) + "\n";
    }

    /** The rows, written field by field with Jackson's CSV generator (which quotes what needs quoting). */
    @Override
    public String render(List<Result> results) {
        StringWriter out = new StringWriter(results.size() * 96);
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.setSchema(schema);
            for (Result r : results) {
                g.writeStartArray();
                g.writeString(r.candidate());
                g.writeString(String.valueOf(r.achieved()));
                g.writeString(r.grade() == null ? "" : r.grade());
                g.writeString(Numbers.plain(r.credits()));
                g.writeString(String.valueOf(r.unitsNeeded()));
                g.writeString(joined(r.shortfalls(), words::shortfall));
                g.writeString(joined(r.problems(), p -> p.code() + " " + words.problem(p)));
                if (tariff) {
                    g.writeString(r.tariff() == null ? "" : Numbers.plain(r.tariff()));
                }
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
