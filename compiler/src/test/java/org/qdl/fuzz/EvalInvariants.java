package org.qdl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qdl.cli.Qdl;

/**
 * What must hold whenever `qdl eval` reads a candidate file, as a centre's script would meet it: never exit 70
 * and never a stack trace; exit 0 or 1; on exit 0 the output is whole in the format asked for (one JSON document,
 * a CSV row per candidate, a table with its summary) with one result per candidate; on exit 1 stderr names the
 * line (and for a JSON document the column) where the input goes wrong.
 */
final class EvalInvariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();
    private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) candidates?\\b.*$");

    /** How `qdl eval` is run: the spec, the output format, and the options that change how input is read. */
    record Run(EvalTargets.Target target, boolean fromIr, String format, boolean skipBadRows, boolean stdin,
            boolean sayFormat, boolean explain, boolean includePlanned) {
    }

    /** What a run gave, read: the ids of its results, in order, and how many rows it says it skipped. */
    record Outcome(int exit, List<String> ids, long skipped, String err) {
    }

    private EvalInvariants() {
    }

    /** Runs `qdl eval` on the bytes as a file (or stdin) of the given format and checks what always holds. */
    static Outcome eval(Run run, CandidateInputs.Format format, byte[] input) throws Exception {
        String name = "input" + format.suffix;
        List<String> args = new ArrayList<>(List.of("eval", "--format", run.format()));
        if (run.skipBadRows()) {
            args.add("--skip-bad-rows");
        }
        if (run.explain()) {
            args.add("--explain");
        }
        if (run.includePlanned()) {
            args.add("--include-planned");
        }
        if (run.stdin() && run.sayFormat()) {
            args.addAll(List.of("--input-format", format.name().toLowerCase(java.util.Locale.ROOT)));
        }
        args.add((run.fromIr() ? run.target().ir() : run.target().source()).getFileName().toString());
        args.add(run.stdin() ? "-" : name);
        if (!run.stdin()) {
            Files.write(EvalTargets.DIR.resolve(name), input);
        }
        Qdl qdl = Qdl.in(EvalTargets.DIR);
        if (run.stdin()) {
            qdl.stdin(input);
        }
        Qdl.Run r = Deadline.run("qdl eval", () -> qdl.run(args.toArray(String[]::new)));
        SpecInvariants.sane(r);
        assertThat(r.exit()).as("exit code of %s; stderr:\n%s", r.args(), r.err()).isIn(0, 1);
        if (r.exit() == 1) {
            String where = run.stdin() ? "<stdin>" : name;
            String position = format == CandidateInputs.Format.JSON ? ":\\d+:\\d+: " : ":\\d+(:\\d+)?: ";
            assertThat(r.err()).as("an input problem names its line").containsPattern(
                    "(?m)^error: " + Pattern.quote(where) + position);
            return new Outcome(1, List.of(), 0, r.err());
        }
        return read(run.format(), r);
    }

    /** The results of a run that exited 0: whole, and one a candidate. */
    private static Outcome read(String format, Qdl.Run r) throws Exception {
        List<String> ids = new ArrayList<>();
        long skipped;
        switch (format) {
            case "json": {
                JsonNode doc = JSON.readTree(r.out());
                for (JsonNode result : doc.get("results")) {
                    ids.add(result.get("candidate").asText());
                    assertThat(result.get("achieved").isBoolean()).isTrue();
                }
                JsonNode summary = doc.get("summary");
                assertThat(summary.get("candidates").asLong()).as("summary of %s", r.out()).isEqualTo(ids.size());
                skipped = summary.get("skippedRows").asLong();
                break;
            }
            case "csv": {
                try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class)
                        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(r.out())) {
                    List<List<String>> all = rows.readAll();
                    assertThat(all).as("csv output").isNotEmpty();
                    assertThat(all.get(0).get(0)).isEqualTo("candidate");
                    for (List<String> row : all.subList(1, all.size())) {
                        // a cell a spreadsheet would take for a formula is written after a quote
                        String id = row.get(0);
                        ids.add(id.length() > 1 && id.charAt(0) == '\'' && "=+-@\t\r".indexOf(id.charAt(1)) >= 0
                                ? id.substring(1) : id);
                    }
                }
                skipped = -1;
                break;
            }
            default: {
                Matcher m = SUMMARY.matcher(r.out());
                assertThat(m.find()).as("the table ends with its summary:\n%s", r.out()).isTrue();
                long count = Long.parseLong(m.group(1));
                // a table names each candidate once, at the start of a line after ✔ or ✘
                long marks = r.out().lines().filter(l -> l.startsWith("✔ ") || l.startsWith("✘ ")).count();
                assertThat(marks).as("results in the table:\n%s", r.out()).isEqualTo(count);
                for (int i = 0; i < count; i++) {
                    ids.add(null);
                }
                skipped = -1;
            }
        }
        return new Outcome(0, ids, skipped, r.err());
    }
}
