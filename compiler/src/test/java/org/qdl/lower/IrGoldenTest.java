package org.qdl.lower;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.runtime.ir.IrJson;

/**
 * The IR of every spec in {@code specs/}, as golden files: a change to what a rule lowers to shows in review.
 * The bytes do not depend on the path the spec was given by. Run with {@code -Dqdl.golden.update=true} to accept
 * new output.
 */
class IrGoldenTest {
    private static final Path SPECS = Path.of("..", "specs");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "ir");

    @TempDir
    Path elsewhere;

    static Stream<String> specs() throws IOException {
        try (Stream<Path> files = Files.list(SPECS)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".qdl")).sorted()
                    .toList();
            assertThat(names).isNotEmpty();
            return names.stream();
        }
    }

    private static String ir(Path spec, String shownAs) {
        Compilation c = Frontend.compile(spec, shownAs);
        assertThat(c.hasErrors()).as("%s compiles", spec).isFalse();
        return IrJson.write(c.ir().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theIrIsAsRecorded(String name) throws IOException {
        String actual = ir(SPECS.resolve(name), "specs/" + name);
        Path expected = GOLDEN.resolve(name.replace(".qdl", ".qdl.json"));
        if (Boolean.getBoolean("qdl.golden.update")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(expected)).as("%s exists (run with -Dqdl.golden.update=true)", expected).isTrue();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("specs")
    void theIrDoesNotDependOnThePathTheSpecWasGivenBy(String name) throws IOException {
        Path copy = elsewhere.resolve("deep").resolve("folder").resolve(name);
        Files.createDirectories(copy.getParent());
        Files.copy(SPECS.resolve(name), copy);
        assertThat(ir(copy, copy.toAbsolutePath().toString()))
                .isEqualTo(ir(SPECS.resolve(name).toAbsolutePath(), "specs/" + name))
                .isEqualTo(ir(SPECS.resolve(name), name));
    }
}
