package org.qdl.cli.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.check.Frontend;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.words.ResultWords;
import org.qdl.syntax.Specs;

/**
 * The CSV results written straight to bytes, each shortfall's words and offered units made once per run and copied
 * from then on, are byte for byte what writing each row's cells — worded learner by learner — with Jackson's CSV
 * generator gives: for random learners of every corpus spec and seed spec (ids to neutralise and quote among them),
 * in chunks where many learners share shortfalls, written twice by one report (the second time every shortfall's
 * bytes are made already).
 */
class CsvReportBytesTest {
    static Stream<Path> specs() throws Exception {
        Path root = Specs.root();
        try (Stream<Path> corpus = Files.list(root.resolve("compiler/src/test/resources/corpus"));
                Stream<Path> seeds = Files.list(root.resolve("specs"))) {
            return Stream.concat(corpus.toList().stream(), seeds.toList().stream())
                    .filter(p -> p.toString().endsWith(".qdl")).sorted().toList().stream();
        }
    }

    private static final String[] IDS = {"L1", "=cmd", "-2", "a,b", "say \"hi\"", "é", " spaced", "@x", "L2"};
    private static final String[] RESULTS = {"Pass", "Merit", "Distinction", "Fail", "S", "H", "Achieved", "U", "60"};

    @ParameterizedTest
    @MethodSource("specs")
    void bytesAreWhatTheGeneratorWritesOfEachRowsCells(Path spec) throws Exception {
        IrDocument ir = Frontend.compile(spec, spec.getFileName().toString()).ir().orElse(null);
        if (ir == null) {
            return; // a spec of the corpus that does not compile is another test's business
        }
        CompiledQualification q = CompiledQualification.compile(ir);
        ResultWords words = ResultWords.of(ir);
        Random random = new Random(spec.getFileName().toString().hashCode());
        List<Result> results = new ArrayList<>();
        List<IrUnit> units = ir.units();
        for (int i = 0; i < 300; i++) {
            List<Achievement> held = new ArrayList<>();
            for (IrUnit u : units) {
                if (random.nextInt(3) > 0) {
                    held.add(new Achievement(u.ref(), Optional.of(RESULTS[random.nextInt(RESULTS.length)]), Map.of(),
                            Optional.empty(), Optional.empty(), 0));
                }
            }
            results.add(q.evaluate(new Candidate(IDS[random.nextInt(IDS.length)] + i % 7, held),
                    new EvaluationOptions(false)));
        }
        for (boolean tariff : new boolean[] {false, true}) {
            CsvReport report = new CsvReport(words, tariff, "class.csv");
            String expected = new String(reference(report, words, tariff, results).getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1);
            for (int pass = 1; pass <= 2; pass++) {
                java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
                for (int from = 0; from < results.size(); from += 50) {
                    written.writeBytes(report.renderUtf8(results.subList(from, Math.min(results.size(), from + 50))));
                }
                assertThat(new String(written.toByteArray(), StandardCharsets.ISO_8859_1))
                        .as("%s, pass %d", spec, pass).isEqualTo(expected);
            }
        }
    }

    /** Each row's cells worded one by one, as the report always wrote them, through Jackson's generator. */
    private static String reference(CsvReport report, ResultWords words, boolean tariff, List<Result> results)
            throws Exception {
        int width = report.header().split(",").length;
        CsvSchema.Builder schema = CsvSchema.builder();
        for (int i = 0; i < width; i++) {
            schema.addColumn("c" + i);
        }
        StringWriter out = new StringWriter();
        try (CsvGenerator g = new CsvFactory().createGenerator(out)) {
            g.setSchema(schema.build().withoutHeader().withLineSeparator("\n"));
            for (Result r : results) {
                g.writeStartArray();
                g.writeString(Cells.neutral(r.candidate()));
                g.writeString(String.valueOf(r.achieved()));
                g.writeString(Cells.neutral(r.grade() == null ? "" : r.grade()));
                g.writeString(Numbers.plain(r.credits()));
                g.writeString(String.valueOf(r.unitsNeeded()));
                g.writeString(Cells.neutral(String.join("; ", r.shortfalls().stream().map(words::shortfall).toList())));
                g.writeString(Cells.neutral(String.join("; ", r.problems().stream()
                        .map(p -> p.code() + " " + words.problem(p, "class.csv")).toList())));
                g.writeString(Cells.neutral(CsvReport.options(r, words)));
                if (tariff) {
                    g.writeString(r.tariff() == null ? "" : Numbers.plain(r.tariff()));
                }
                if (words.showsGradeProfile()) {
                    g.writeString(Cells.neutral(words.profile(r.profile())));
                }
                if (words.showsGradedCredits()) {
                    g.writeString(Cells.neutral(words.graded(r.graded())));
                }
                g.writeEndArray();
            }
        }
        return out.toString();
    }
}
