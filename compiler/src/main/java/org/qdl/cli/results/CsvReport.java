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
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;

/**
 * One CSV row per candidate, for a spreadsheet or a management-information system. A shortfall's message names at
 * most a few of the units it offers ("… and 22 more"); `options` lists every one, with its title, each shortfall's
 * after a ` | `. Text cells are {@linkplain Cells#neutral neutralised} against formula injection.
 */
final class CsvReport implements Report {
    private static final List<String> COLUMNS = List.of("candidate", "achieved", "grade", "credits", "units_needed",
            "shortfalls", "problems", "options");
    private static final CsvFactory CSV = new CsvFactory();

    private final ResultWords words;
    /** The input as the user named it, which places a problem with a row ("orders.csv:1234: …"). */
    private final String input;
    private final boolean tariff;
    private final boolean profile;
    private final boolean graded;
    private final List<String> columns;
    private final CsvSchema schema;

    /**
     * The tariff column only for a qualification with a tariff, the profile column only for one whose units can be
     * achieved at two grades or more, the graded column only for one whose grading chooses the credits it grades:
     * every other CSV reads as it always has.
     */
    CsvReport(ResultWords words, boolean tariff, String input) {
        this.words = words;
        this.input = input;
        this.tariff = tariff;
        this.profile = words.showsGradeProfile();
        this.graded = words.showsGradedCredits();
        java.util.stream.Stream<String> extra = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                tariff ? java.util.stream.Stream.of("tariff") : java.util.stream.Stream.empty(),
                profile ? java.util.stream.Stream.of("profile") : java.util.stream.Stream.empty()),
                graded ? java.util.stream.Stream.of("graded") : java.util.stream.Stream.empty());
        this.columns = java.util.stream.Stream.concat(COLUMNS.stream(), extra).toList();
        CsvSchema.Builder builder = CsvSchema.builder();
        columns.forEach(builder::addColumn);
        this.schema = builder.build().withoutHeader().withLineSeparator("\n");
    }

    @Override
    public String header() {
        return String.join(",", columns) + "\n";
    }

    /** The rows, written field by field with Jackson's CSV generator (which quotes what needs quoting). */
    @Override
    public String render(List<Result> results) {
        StringWriter out = new StringWriter(results.size() * 96);
        try (CsvGenerator g = CSV.createGenerator(out)) {
            g.setSchema(schema);
            for (Result r : results) {
                g.writeStartArray();
                g.writeString(Cells.neutral(r.candidate()));
                g.writeString(String.valueOf(r.achieved()));
                g.writeString(Cells.neutral(r.grade() == null ? "" : r.grade()));
                g.writeString(Numbers.plain(r.credits()));
                g.writeString(String.valueOf(r.unitsNeeded()));
                g.writeString(Cells.neutral(joined(r.shortfalls(), words::shortfall)));
                g.writeString(Cells.neutral(joined(r.problems(), p -> p.code() + " " + words.problem(p, input))));
                g.writeString(Cells.neutral(options(r, words)));
                if (tariff) {
                    g.writeString(r.tariff() == null ? "" : Numbers.plain(r.tariff()));
                }
                if (profile) {
                    g.writeString(Cells.neutral(words.profile(r.profile())));
                }
                if (graded) {
                    g.writeString(Cells.neutral(words.graded(r.graded())));
                }
                g.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every unit each shortfall offers, with its title: `M7 Title; M9 Title | 4427-301 Title`. */
    static String options(Result r, ResultWords words) {
        StringJoiner all = new StringJoiner(" | ");
        for (Shortfall s : r.shortfalls()) {
            if (!s.options().isEmpty()) {
                all.add(String.join("; ", s.options().stream().map(words::unitWithTitle).toList()));
            }
        }
        return all.toString();
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
