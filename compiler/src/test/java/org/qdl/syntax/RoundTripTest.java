package org.qdl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.Comment;
import org.qdl.syntax.tree.SpecFile;

/**
 * For every spec in `specs/`, and every test input that parses: parse → print → parse gives the same tree,
 * printing again changes nothing, and every comment survives, in order.
 */
class RoundTripTest {

    /** The specs, the formatter's own inputs, and the golden inputs whose problems are not syntax errors. */
    static Stream<Path> inputs() throws IOException {
        Path resources = Specs.root().resolve("compiler/src/test/resources");
        List<Path> more;
        try (Stream<Path> files = Files.walk(resources)) {
            more = files.filter(p -> p.toString().endsWith(".qdl")).sorted()
                    .filter(RoundTripTest::parses).toList();
        }
        return Stream.concat(Specs.all(), more.stream());
    }

    private static boolean parses(Path p) {
        try {
            return SpecParser.parse(new SourceFile(p.toString(), Files.readString(p))).ok();
        } catch (IOException e) {
            return false; // not UTF-8 text: one of the bad inputs
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void printsBackToTheSameTree(Path path) throws IOException {
        SourceFile source = new SourceFile(path.toString(), Files.readString(path));
        SpecFile first = parse(source);
        String printed = Printer.print(first);
        SpecFile second = parse(new SourceFile(path + " (printed)", printed));

        assertThat(TreeShape.of(second)).isEqualTo(TreeShape.of(first));
        assertThat(Printer.print(second)).as("printing is idempotent").isEqualTo(printed);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void keepsEveryComment(Path path) throws IOException {
        SpecFile first = parse(new SourceFile(path.toString(), Files.readString(path)));
        SpecFile second = parse(new SourceFile(path + " (printed)", Printer.print(first)));

        assertThat(words(second.comments())).isEqualTo(words(first.comments()));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void parsesWithSllPredictionAlone(Path path) throws IOException {
        SourceFile source = new SourceFile(path.toString(), Files.readString(path));
        assertThat(SpecParser.parsesWithSllOnly(source)).isTrue();
    }

    /** A comment's words: the printer may re-indent a block comment's lines, but not change what it says. */
    private static List<String> words(List<Comment> comments) {
        return comments.stream().map(c -> c.text().strip().replaceAll("\\s+", " ")).toList();
    }

    private static SpecFile parse(SourceFile source) {
        ParseResult result = SpecParser.parse(source);
        assertThat(result.diagnostics()).as("diagnostics of %s", source.path()).isEmpty();
        return result.tree();
    }
}
