package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.diag.Diagnostic;
import org.qdl.grammar.QdlLexer;
import org.qdl.syntax.Specs;

/**
 * Broken specs as authors break them (a misspelt keyword, a brace too few, a quote too few, a file cut short)
 * and what QDL says about each: {@code syntax/NAME.qdl} and {@code syntax/NAME.expected}. The point is the
 * wording and the place: the mistake named in the author's terms, where it is, once.
 */
class SyntaxErrorGoldenTest {

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(Specs.root().resolve("compiler/src/test/resources/syntax"))) {
            return files.filter(p -> p.toString().endsWith(".qdl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void messagesMatchTheGoldenFile(Path input) throws IOException {
        String name = input.getFileName().toString();
        Compilation compilation = Frontend.compile(input, name);

        assertThat(compilation.hasErrors()).as("%s has an error", name).isTrue();
        assertThat(compilation.diagnostics()).as("no token soup").noneMatch(SyntaxErrorGoldenTest::tokenSoup);
        Golden.assertMatches(Golden.render(compilation.diagnostics()),
                input.resolveSibling(name.replaceFirst("\\.qdl$", ".expected")));
    }

    /** ANTLR's own words, or the grammar's token names, leaking into a message (outside quoted code). */
    static boolean tokenSoup(Diagnostic d) {
        String m = d.message().replaceAll("`[^`]*`", "``");
        if (m.contains("mismatched input") || m.contains("extraneous input") || m.contains("no viable")
                || m.contains("expecting") || m.contains("<EOF>") || m.contains("{'")) {
            return true;
        }
        for (int t = 1; t <= QdlLexer.VOCABULARY.getMaxTokenType(); t++) {
            String name = QdlLexer.VOCABULARY.getSymbolicName(t);
            if (name != null && m.matches("(?s).*\\b" + name + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
