package org.qdl.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.cli.candidates.Chunk;
import org.qdl.cli.candidates.JsonCandidates;
import org.qdl.cli.spectest.TestCase;
import org.qdl.cli.spectest.TestFileReader;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/**
 * The "done when": on every spec in {@code specs/} and in the test corpora (the examples' learners, the
 * specs' test files, the CLI tests' class), for every learner not yet achieved, adding any one completion the
 * advice offers (every set each way stands for) makes the learner achieved, and adding any unit a shortfall
 * offers lowers the units needed by one.
 */
class CompletionsAchieveTest {

    private static Path repo() {
        Path p = Path.of("").toAbsolutePath();
        while (!Files.exists(p.resolve("specs"))) {
            p = p.getParent();
        }
        return p;
    }

    @TestFactory
    Stream<DynamicTest> everyOfferedCompletionAchieves() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Path repo = repo();
        for (Path folder : List.of(repo.resolve("specs"), repo.resolve("compiler/src/test/resources/corpus"))) {
            boolean seeds = folder.endsWith("specs");
            try (Stream<Path> specs = Files.list(folder)) {
                for (Path spec : specs.filter(p -> p.toString().endsWith(".qdl")).sorted().toList()) {
                    String name = spec.getFileName().toString().replace(".qdl", "");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        Compilation c = Frontend.compile(spec, name);
                        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
                        List<Candidate> learners = new ArrayList<>();
                        Path examples = repo.resolve("examples/" + name + "/candidates.json");
                        if (Files.exists(examples)) {
                            learners.addAll(json(examples));
                        }
                        Path cases = folder.resolve(name + ".test.yaml");
                        if (Files.exists(cases)) {
                            for (TestCase t : TestFileReader.read(cases, name).file().orElseThrow().cases()) {
                                learners.add(new Candidate(t.learner() == null ? t.name() : t.learner(), t.units()));
                            }
                        }
                        int checked = checkAll(q, learners);
                        if (seeds) {
                            assertThat(checked).as(name).isPositive();
                        }
                    }));
                }
            }
        }
        tests.add(DynamicTest.dynamicTest("the CLI tests' class", () -> {
            Path dir = repo.resolve("compiler/src/test/resources/cli");
            CompiledQualification q = CompiledQualification.compile(IrJson.read(dir.resolve("mini.qdl.json")));
            assertThat(checkAll(q, json(dir.resolve("class.json")))).isPositive();
        }));
        return tests.stream();
    }

    private static List<Candidate> json(Path file) throws Exception {
        List<Candidate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                JsonCandidates source = JsonCandidates.open(in, file.toString(), null, w -> { })) {
            for (Chunk c = source.next(1000); c != null; c = source.next(1000)) {
                out.addAll(c.candidates());
            }
        }
        return out;
    }

    /** Checks every learner not achieved, with and without planned units; returns how many were checked. */
    private static int checkAll(CompiledQualification q, List<Candidate> learners) {
        int checked = 0;
        for (boolean whatIf : new boolean[] {false, true}) {
            EvaluationOptions options = new EvaluationOptions(whatIf).withAdvice(true);
            for (Candidate learner : learners) {
                Result r = q.evaluate(learner, options);
                boolean belowEveryGrade = r.shortfalls().stream().anyMatch(s -> s.kind() == Shortfall.Kind.GRADE);
                if (r.achieved() || r.undecided() || belowEveryGrade) {
                    // below every grade (`otherwise not achieved`): better grades are missing, not units
                    continue;
                }
                checked++;
                if (r.unitsNeeded() == 0) {
                    // no unit added can complete it: only better grades of units held would (a rule on graded
                    // units), and the result names that rule, offering nothing
                    assertThat(r.shortfalls()).as("%s: out of reach, and why", learner.id()).isNotEmpty()
                            .allSatisfy(s -> assertThat(s.options()).isEmpty());
                    continue;
                }
                assertThat(r.unitsNeeded()).as("%s: a learner not achieved needs some unit", learner.id()).isPositive();
                Advice a = r.advice();
                assertThat(a).as(learner.id()).isNotNull();
                assertThat(a.ways()).as("%s: some way to complete", learner.id()).isNotEmpty();
                for (Advice.Way w : a.ways()) {
                    for (List<String> completion : WaySets.of(w, 2000)) {
                        Result after = q.evaluate(adding(q, learner, completion), options);
                        assertThat(after.achieved()).as("%s with %s added", learner.id(), completion).isTrue();
                    }
                }
                for (var s : r.shortfalls()) {
                    for (String unit : s.options()) {
                        Result after = q.evaluate(adding(q, learner, List.of(unit)), options);
                        assertThat(after.achieved() ? 0 : after.unitsNeeded())
                                .as("%s with %s (offered for %s) added", learner.id(), unit, s.requirement())
                                .isEqualTo(r.unitsNeeded() - 1);
                    }
                }
            }
        }
        return checked;
    }

    /** The learner with these units added as achieved (an entry for a unit listed already replaces it). */
    /**
     * The learner with these units achieved. Where a rule counts only units graded so (`graded Pass or above`), or the
     * grades are a condition of achievement (`otherwise not achieved`), a unit added is achieved at its scale's highest
     * grade: the advice to add it means achieving it at a grade that counts.
     */
    private static Candidate adding(CompiledQualification q, Candidate c, List<String> units) {
        List<Achievement> out = new ArrayList<>();
        for (Achievement a : c.achievements()) {
            if (!units.contains(a.unit())) {
                out.add(a);
            }
        }
        boolean graded = q.ir().rules().stream().anyMatch(r -> r.graded() != null)
                || q.ir().grading() != null && q.ir().grading().requiresGrade();
        for (String u : units) {
            Optional<String> best = Optional.empty();
            if (graded) {
                org.qdl.runtime.ir.IrUnit unit = q.ir().units().stream().filter(x -> x.ref().equals(u)).findFirst()
                        .orElseThrow();
                best = q.ir().scales().stream().filter(s -> s.id().equals(unit.gradingScale())).findFirst()
                        .map(s -> s.labels().get(s.labels().size() - 1));
            }
            out.add(new Achievement(u, best, java.util.Map.of(), Optional.empty(), Optional.empty(), 0));
        }
        return new Candidate(c.id(), out);
    }
}
