package org.qdl.cli.results;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Each worker's cells, reused from chunk to chunk: only the finished chunk's bytes are copied out. */
    private static final ThreadLocal<CsvCells> CELLS = ThreadLocal.withInitial(() -> new CsvCells(1 << 16));

    private final ResultWords words;
    /** The input as the user named it, which places a problem with a row ("orders.csv:1234: …"). */
    private final String input;
    private final boolean tariff;
    private final boolean profile;
    private final boolean graded;
    private final List<String> columns;

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
    }

    @Override
    public String header() {
        return String.join(",", columns) + "\n";
    }

    @Override
    public String render(List<Result> results) {
        return new String(renderUtf8(results), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The rows as UTF-8, written straight to bytes ({@link CsvCells}: quoted as Jackson's CSV generator quotes them, as
     * qdl's CSV always was). A chunk's learners share their shortfalls' words: a shortfall's text is made once per
     * chunk.
     */
    @Override
    public byte[] renderUtf8(List<Result> results) {
        CsvCells out = CELLS.get();
        out.clear();
        Map<Shortfall, String> said = new HashMap<>();
        StringBuilder scratch = new StringBuilder(256);
        for (Result r : results) {
            out.cell(Cells.neutral(r.candidate()));
            out.cell(r.achieved() ? "true" : "false");
            out.cell(Cells.neutral(r.grade() == null ? "" : r.grade()));
            out.cell(Numbers.plain(r.credits()));
            out.cell(Integer.toString(r.unitsNeeded()));
            List<Shortfall> shortfalls = r.shortfalls();
            if (shortfalls.isEmpty()) {
                out.cell("");
            } else {
                scratch.setLength(0);
                for (Shortfall s : shortfalls) {
                    scratch.append(scratch.length() == 0 ? "" : "; ").append(said.computeIfAbsent(s, words::shortfall));
                }
                out.cell(neutral(scratch));
            }
            out.cell(Cells.neutral(joined(r.problems(), p -> p.code() + " " + words.problem(p, input))));
            scratch.setLength(0);
            options(r, words, scratch);
            out.cell(neutral(scratch));
            if (tariff) {
                out.cell(r.tariff() == null ? "" : Numbers.plain(r.tariff()));
            }
            if (profile) {
                out.cell(Cells.neutral(words.profile(r.profile())));
            }
            if (graded) {
                out.cell(Cells.neutral(words.graded(r.graded())));
            }
            out.endRow();
        }
        return out.toBytes();
    }

    /** {@link Cells#neutral} of text being built. */
    private static CharSequence neutral(StringBuilder text) {
        if (text.length() == 0) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? text.insert(0, '\'') : text;
    }

    /** Every unit each shortfall offers, with its title: `M7 Title; M9 Title | 4427-301 Title`. */
    static String options(Result r, ResultWords words) {
        StringBuilder out = new StringBuilder();
        options(r, words, out);
        return out.toString();
    }

    /** {@link #options(Result, ResultWords)}, added to {@code out}. */
    static void options(Result r, ResultWords words, StringBuilder out) {
        boolean first = true;
        for (Shortfall s : r.shortfalls()) {
            List<String> offered = s.options();
            if (offered.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(" | ");
            }
            first = false;
            for (int i = 0; i < offered.size(); i++) {
                String unit = offered.get(i);
                String title = words.unitTitle(unit);
                out.append(i == 0 ? "" : "; ").append(unit);
                if (!title.isEmpty()) {
                    out.append(' ').append(title); // as ResultWords.unitWithTitle
                }
            }
        }
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
