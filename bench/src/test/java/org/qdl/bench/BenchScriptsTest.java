package org.qdl.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench scripts' own logic, which the figures in BENCHMARKS.md rest on: the median, the options of the scripts that
 * run pairs, and a run of pairs end to end on commands that take no time (the JVM runs themselves are measurements,
 * not tests).
 */
class BenchScriptsTest {
    @TempDir
    Path tmp;

    /** The checkout: the folder above this module's (Maven runs the tests in the module's folder). */
    private static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bench/lib.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no bench/lib.sh above " + Path.of("").toAbsolutePath());
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs bash with {@code args} in the checkout, the bench scripts' own output in a folder of the test's. */
    private Run bash(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash"));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PAIRS_WORK", Files.createDirectories(tmp.resolve("pairs")).toString());
        Process p = pb.start();
        try {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("bash %s ended within a minute", args).isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Whether /usr/bin/time is GNU time (the scripts use its -o and -f; BSD's has neither). */
    private static boolean gnuTime() {
        try {
            Process p = new ProcessBuilder("/usr/bin/time", "--version").redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && said.contains("GNU");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String median(String... numbers) throws Exception {
        Path file = Files.write(tmp.resolve("numbers.txt"), List.of(numbers));
        return bash("-c", ". bench/lib.sh && median \"$1\"", "median", file.toString()).out().strip();
    }

    @Test
    void theMedianOfAnOddOrEvenCountInNumericOrder() throws Exception {
        assertThat(median("3", "1", "2")).isEqualTo("2 3");
        assertThat(median("10", "-1", "2", "4")).isEqualTo("3 4");
        assertThat(median("0.25", "-0.5")).isEqualTo("-0.125 2");
        assertThat(median("1e3", "20", "300")).as("numbers, not text: 20 < 300 < 1000").isEqualTo("300 3");
    }

    @Test
    void pairsOptionsTakeTheirDefaultsAndRefuseABadCountOrOption() throws Exception {
        String show = ". bench/lib.sh && pairs_options usage 5 0-1 \"$@\" && echo \"$pairs|$cores|${operands[*]}\"";
        assertThat(bash("-c", show, "x", "a", "b").out()).isEqualTo("5|0-1|a b\n");
        assertThat(bash("-c", show, "x", "-n", "9", "-c", "1", "a b", "c").out()).isEqualTo("9|1|a b c\n");
        for (String[] bad : List.of(new String[] {"-n", "0"}, new String[] {"-n", "two"}, new String[] {"-x"})) {
            String[] args = new String[3 + bad.length];
            args[0] = "-c";
            args[1] = show;
            args[2] = "x";
            System.arraycopy(bad, 0, args, 3, bad.length);
            Run run = bash(args);
            assertThat(run.exit()).as(String.join(" ", bad)).isEqualTo(64);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void pairsRunsBothCommandsInTurnAndComparesWhatTheyWrote() throws Exception {
        Assumptions.assumeTrue(gnuTime(), "GNU time is not installed as /usr/bin/time");
        Run same = bash("bench/pairs.sh", "-n", "3", "printf same > {out}", "printf same > {out}");
        assertThat(same.exit()).as(same.err()).isZero();
        assertThat(same.out()).contains("| 1 |", "| 3 |").doesNotContain("| 4 |")
                .containsPattern("B against A: wall (n/a|[-+][0-9.]+%)") // commands of no time: no change to give
                .containsPattern("B quicker in [0-3] of 3 pairs")
                .contains("results: the same, byte for byte");
        assertThat(tmp.resolve("pairs/out-A")).hasContent("same");
        Run different = bash("bench/pairs.sh", "-n", "1", "printf a > {out}", "printf b > {out}");
        assertThat(different.exit()).isEqualTo(1);
        assertThat(different.out()).contains("results: DIFFERENT");
        Run failing = bash("bench/pairs.sh", "-n", "1", "true", "echo broken >&2; exit 3");
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.err()).contains("command B failed", "broken");
        assertThat(bash("bench/pairs.sh", "-n", "1", "only one").exit()).isEqualTo(64);
    }

    @Test
    void jmhPairsRefusesAMissingJarBeforeRunningAnything() throws Exception {
        Run run = bash("bench/jmh-pairs.sh", tmp.resolve("before.jar").toString(), tmp.resolve("after.jar").toString());
        assertThat(run.exit()).isEqualTo(66);
        assertThat(run.err()).contains("no such jar: " + tmp.resolve("before.jar"));
        assertThat(bash("bench/jmh-pairs.sh", "-n", "0", "a.jar", "b.jar").exit()).isEqualTo(64);
    }
}
