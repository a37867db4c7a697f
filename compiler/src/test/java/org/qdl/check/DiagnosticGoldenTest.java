package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.Specs;
import org.qdl.syntax.parse.SpecParser;

/**
 * One golden file per diagnostic code: {@code diagnostics/CODE.qdl} (or a directory {@code CODE/} with
 * {@code main.qdl} and the files it imports) and {@code CODE.expected}, the human form without colour followed by
 * the short form, positions included. Run with {@code -Dqdl.golden.update=true} to accept new output.
 */
class DiagnosticGoldenTest {
    /** Reported by the command line, which knows when a file must declare a qualification. */
    private static final Set<Code> CLI_ONLY = EnumSet.of(Code.Q0121);

    static Path directory() {
        return Specs.root().resolve("compiler/src/test/resources/diagnostics");
    }

    /** A golden case: the file to check, the name messages give it, and where its expected output lives. */
    record Case(String code, Path input, String displayName, Path expected) {
        @Override
        public String toString() {
            return code;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory())) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    cases.add(new Case(name, p.resolve("main.qdl"), name + "/main.qdl", directory().resolve(name
                            + ".expected")));
                } else if (name.endsWith(".qdl")) {
                    String code = name.substring(0, name.length() - 4);
                    cases.add(new Case(code, p, name, directory().resolve(code + ".expected")));
                }
            }
        }
        cases.add(tooLarge());
        cases.add(new Case("Q0008", directory().resolve("Q0008.qdl"), "Q0008.qdl",
                directory().resolve("Q0008.expected")));
        return cases.stream();
    }

    /** A file just over the size limit, made here rather than kept in the repository. */
    private static Case tooLarge() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "golden"));
            Path big = dir.resolve("Q0005.qdl");
            String line = "// padding: a file this large is not a spec\n";
            int size = SpecParser.MAX_CHARS + 1024 * 1024;
            StringBuilder text = new StringBuilder(size + line.length());
            while (text.length() < size) {
                text.append(line);
            }
            Files.writeString(big, text, StandardCharsets.UTF_8);
            return new Case("Q0005", big, "Q0005.qdl", directory().resolve("Q0005.expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void diagnosticsMatchTheGoldenFile(Case c) throws IOException {
        Compilation compilation = Frontend.compile(c.input(), c.displayName());
        List<Diagnostic> diagnostics = compilation.diagnostics();

        assertThat(diagnostics).as("the golden input for %s reports it", c.code())
                .anyMatch(d -> d.code().name().equals(c.code()));
        Golden.assertMatches(Golden.render(diagnostics), c.expected());
    }

    @Test
    void everyCodeHasAGoldenFile() throws IOException {
        Set<String> covered = new java.util.HashSet<>();
        cases().forEach(c -> covered.add(c.code()));
        for (Code code : Code.values()) {
            if (!CLI_ONLY.contains(code)) {
                assertThat(covered).as("a golden file for %s", code).contains(code.name());
            }
        }
    }
}
