package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.syntax.Specs;

/**
 * What a build pipeline publishes is the same on every run: `qdl build` and `qdl handbook`, run twice on each spec
 * in `specs/`, write byte-identical files (so that a rebuild shows no change, and a changed file means a changed
 * spec). The emitters' own tests check the same in process; this checks the commands, end to end.
 */
class DeterminismTest {
    @TempDir
    Path tmp;

    static Stream<String> specs() throws IOException {
        return Specs.all().map(p -> Specs.root().relativize(p).toString().replace('\\', '/'));
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void sameBytes(Map<String, byte[]> first, Map<String, byte[]> second) {
        assertThat(first).isNotEmpty();
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private Map<String, byte[]> run(String command, String spec, String dir) throws IOException {
        Path out = tmp.resolve(dir);
        Qdl.Run run = Qdl.in(Fixtures.repo()).run(command, spec, "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return files(out);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void buildWritesTheSameIrEveryTime(String spec) throws IOException {
        sameBytes(run("build", spec, "first"), run("build", spec, "second"));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void handbookWritesTheSameFilesEveryTime(String spec) throws IOException {
        sameBytes(run("handbook", spec, "first"), run("handbook", spec, "second"));
    }

    /**
     * Two processes, not two runs in one: an order that comes from identity hash codes (an enum in a HashMap) is the
     * same within a JVM and differs between them.
     */
    @Test
    void separateProcessesWriteTheSameBytes() throws Exception {
        for (String dir : new String[] {"one", "two"}) {
            java.util.List<String> build = new java.util.ArrayList<>(java.util.List.of(javaCommand(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "build"));
            build.addAll(specs().toList());
            build.addAll(java.util.List.of("-o", tmp.resolve(dir).resolve("ir").toString()));
            process(build);
            process(java.util.List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "handbook", "specs/svq-customer-service-scqf5.qdl", "-o",
                    tmp.resolve(dir).resolve("handbook").toString()));
        }
        sameBytes(files(tmp.resolve("one")), files(tmp.resolve("two")));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void process(java.util.List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).directory(Fixtures.repo().toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    @Test
    void buildingEverySpecAtOnceWritesWhatBuildingEachAloneDoes() throws IOException {
        Path together = tmp.resolve("together");
        String[] args = Stream.concat(Stream.of("build"), Stream.concat(specs(), Stream.of("-o", together.toString())))
                .toArray(String[]::new);
        Qdl.Run run = Qdl.in(Fixtures.repo()).run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, byte[]> alone = new TreeMap<>();
        for (String spec : specs().toList()) {
            alone.putAll(run("build", spec, "alone"));
        }
        sameBytes(files(together), alone);
    }
}
