package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example under {@code examples/}: its candidates, in CSV, JSON and JSON Lines, evaluated against the spec
 * of the same name give exactly the expected table, JSON and CSV kept beside them (accept new output with
 * {@code -Dqdl.golden.update=true}).
 */
class ExamplesTest {

    private static List<Path> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.repo().resolve("examples"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** `qdl eval OPTIONS... specs/EXAMPLE.qdl INPUT`, the input being the last argument given. */
    private static Qdl.Run eval(String example, String... optionsThenInput) {
        List<String> args = new ArrayList<>(List.of("eval"));
        args.addAll(List.of(optionsThenInput).subList(0, optionsThenInput.length - 1));
        args.add("specs/" + example + ".qdl");
        args.add(optionsThenInput[optionsThenInput.length - 1]);
        Qdl.Run run = Qdl.in(Fixtures.repo()).run(args.toArray(new String[0]));
        assertThat(run.exit()).as("%s: %s", example, run.err()).isZero();
        assertThat(run.err()).as(example).isEmpty();
        return run;
    }

    /** Results without the lines of the rows their problems are about. */
    private static String unplaced(String results) {
        return results.replaceAll("\"line\":[0-9]+,", "");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedResults() throws IOException {
        List<Path> examples = examples();
        assertThat(examples).extracting(p -> p.getFileName().toString()).contains("svq-customer-service-scqf5",
                "proqual-l2-principles-customer-service", "ingots-unit-46-customer-service-skills",
                "customer1st-award-cs-professionals", "ipla-customer-service");
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : examples) {
            String name = dir.getFileName().toString();
            String csv = "examples/" + name + "/candidates.csv";
            tests.add(DynamicTest.dynamicTest(name + ": table", () -> Golden.assertMatches(
                    dir.resolve("expected.table.txt"), eval(name, csv).out())));
            tests.add(DynamicTest.dynamicTest(name + ": csv", () -> Golden.assertMatches(
                    dir.resolve("expected.csv"), eval(name, "--format", "csv", csv).out())));
            tests.add(DynamicTest.dynamicTest(name + ": json", () -> Golden.assertMatches(
                    dir.resolve("expected.json"), eval(name, "--format", "json", csv).out())));
            for (String input : List.of("candidates.json", "candidates.jsonl")) {
                // the same results as from the CSV file, but for where each problem's row is (its line in each file)
                tests.add(DynamicTest.dynamicTest(name + ": json from " + input, () -> assertThat(unplaced(
                        eval(name, "--format", "json", "examples/" + name + "/" + input).out()))
                        .isEqualTo(unplaced(Files.readString(dir.resolve("expected.json"))))));
            }
            if (Files.readString(dir.resolve("candidates.csv")).contains("planned")) {
                tests.add(DynamicTest.dynamicTest(name + ": table, planned units counted", () -> Golden.assertMatches(
                        dir.resolve("expected.include-planned.table.txt"), eval(name, "--include-planned", csv).out())));
            }
        }
        return tests.stream();
    }
}
