package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 12: a learner the engine cannot decide within the search budget does not sink the class. The
 * spec is the adversarial ring with maximums that bind (13 groups of 6 units, each unit in two groups); the
 * learner holding every unit needs far more of the search than the one holding every other unit, so a small
 * budget (--search-steps) leaves only the first undecided.
 */
class UndecidedLearnerTest {
    private static final int GROUPS = 13;

    @TempDir
    Path dir;

    @BeforeEach
    void writeSpecAndClass() throws IOException {
        int n = 3 * GROUPS;
        StringBuilder spec = new StringBuilder("qualification ring \"Ring\" {\n");
        for (int u = 0; u < n; u++) {
            spec.append("  unit U").append(u).append(" \"Unit ").append(u).append("\" { credit ").append(1 + u % 4)
                    .append(" }\n");
        }
        spec.append("  rules {\n");
        StringBuilder groups = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < GROUPS; k++) {
            spec.append("    1 unit from group G").append(k).append('\n');
            spec.append("    at most 9 credits from group G").append(k).append('\n');
            groups.append("group G").append(k).append(" \"G").append(k).append("\" { units ");
            for (int i = 0; i < 6; i++) {
                groups.append(i == 0 ? "" : ", ").append('U').append((3 * k + i) % n);
            }
            groups.append(" }\n");
            names.append(k == 0 ? "" : k == GROUPS - 1 ? " and " : ", ").append('G').append(k);
        }
        spec.append("    3 further units from any of groups ").append(names).append("\n  }\n}\n").append(groups);
        Files.writeString(dir.resolve("ring.qdl"), spec);
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        for (int u = 0; u < n; u++) {
            csv.append("all,U").append(u).append('\n');
        }
        for (int u = 0; u < n; u += 2) {
            csv.append("half,U").append(u).append('\n');
        }
        csv.append("one,U0\n");
        Files.writeString(dir.resolve("class.csv"), csv);
    }

    @Test
    void theUndecidedLearnerIsMarkedAndEveryOtherIsEvaluated() {
        Qdl.Run run = Qdl.in(dir).run("eval", "--format", "csv", "--search-steps", "2000", "ring.qdl", "class.csv");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines()).hasSize(4);
        assertThat(run.out().lines().filter(l -> l.startsWith("all,"))).singleElement().satisfies(l -> assertThat(l)
                .startsWith("all,false,,0,0,").contains("E008 could not decide within the search budget of 2000 steps"));
        assertThat(run.out()).contains("\nhalf,true,").contains("\none,false,,1,15,");
        assertThat(run.out().lines().filter(l -> !l.startsWith("all,"))).noneMatch(l -> l.contains("E008"));
    }

    @Test
    void theTableSaysUndecidedAndWhy() {
        Qdl.Run run = Qdl.in(dir).run("eval", "--search-steps", "2000", "ring.qdl", "class.csv");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("✘ all   undecided\n").contains("[E008]").contains("✔ half  achieved")
                .contains("3 candidates: 1 achieved, 2 not yet (1 of them undecided)");
    }

    @Test
    void failOnUndecidedExits1AfterWritingEveryResult() {
        Qdl.Run run = Qdl.in(dir).run("eval", "--format", "json", "--search-steps", "2000", "--fail-on-undecided",
                "ring.qdl", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("\"candidate\":\"all\",\"achieved\":false,\"grade\":null,\"credits\":0,"
                + "\"unitsNeeded\":0,\"undecided\":true").contains("\"candidate\":\"half\",\"achieved\":true")
                .contains("\"undecided\": 1}");
    }

    @Test
    void withTheDefaultBudgetEveryLearnerIsDecided() {
        Qdl.Run run = Qdl.in(dir).run("eval", "--fail-on-undecided", "ring.qdl", "class.csv");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("all").contains("achieved").doesNotContain("undecided").doesNotContain("E008");
    }

    @Test
    void aBudgetBelowOneStepIsAUsageError() {
        Qdl.Run run = Qdl.in(dir).run("eval", "--search-steps", "0", "ring.qdl", "class.csv");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--search-steps must be at least 1, not 0");
    }
}
