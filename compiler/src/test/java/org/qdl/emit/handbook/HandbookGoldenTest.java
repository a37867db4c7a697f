package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.model.Qualification;

/**
 * The SVQ handbook, file by file, against the accepted output in `src/test/resources/.../golden/`. To accept new
 * output: `./mvnw -pl compiler -am test -Dtest=HandbookGoldenTest -Dqdl.golden.update=true`, then read the diff.
 */
class HandbookGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/qdl/emit/handbook/golden");
    private static final boolean UPDATE = Boolean.getBoolean("qdl.golden.update");

    @TempDir
    Path dir;

    @Test
    void svqFromItsSpec() throws Exception {
        Optional<Qualification> q = SeedHandbooks.fromSpec("svq-customer-service-scqf5.qdl");
        Assumptions.assumeTrue(q.isPresent(), "specs/svq-customer-service-scqf5.qdl does not check yet "
                + "(the checker or the spec has not landed); the hand-built SVQ golden stands in");
        compare("svq-customer-service-scqf5", q.get());
    }

    @Test
    void svqBuiltByHand() throws Exception {
        compare("svq-hand-built", SampleModels.svq());
    }

    private void compare(String name, Qualification q) throws IOException, HandbookException {
        Path out = dir.resolve(name);
        HandbookEmitter.render(q, out, Optional.empty());
        Map<String, byte[]> actual = new java.util.TreeMap<>(Trees.read(out));
        // the engine script is a build product with tests of its own (CheckerPageTest, CheckerBrowserTest): a golden
        // copy would only repeat TeaVM's output
        assertThat(actual.remove(HandbookEmitter.ENGINE_SCRIPT)).isNotNull();
        Path golden = GOLDEN.resolve(name);
        if (UPDATE) {
            replace(golden, actual);
            return;
        }
        if (!Files.isDirectory(golden)) {
            fail("no golden handbook at " + golden + ": run with -Dqdl.golden.update=true to create it");
        }
        Map<String, byte[]> expected = Trees.read(golden);
        assertThat(actual.keySet()).as("files of the %s handbook", name).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            assertThat(new String(actual.get(e.getKey()), StandardCharsets.UTF_8))
                    .as("%s/%s (accept new output with -Dqdl.golden.update=true)", name, e.getKey())
                    .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
        }
    }

    private static void replace(Path golden, Map<String, byte[]> files) throws IOException {
        if (Files.exists(golden)) {
            try (Stream<Path> old = Files.walk(golden)) {
                for (Path p : (Iterable<Path>) old.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = golden.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
    }
}
