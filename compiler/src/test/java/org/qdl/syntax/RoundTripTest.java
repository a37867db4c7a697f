package org.qdl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.SpecFile;

/** parse → print → parse gives the same tree, and printing is idempotent, for every spec in `specs/`. */
class RoundTripTest {

    static Stream<Path> specs() throws IOException {
        return Specs.all();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void printsBackToTheSameTree(Path path) throws IOException {
        SourceFile source = new SourceFile(path.toString(), Files.readString(path));
        SpecFile first = parse(source);
        String printed = Printer.print(first);
        SpecFile second = parse(new SourceFile(path + " (printed)", printed));

        assertThat(TreeShape.of(second)).isEqualTo(TreeShape.of(first));
        assertThat(Printer.print(second)).as("printing is idempotent").isEqualTo(printed);
    }

    @ParameterizedTest
    @MethodSource("specs")
    void parsesWithSllPredictionAlone(Path path) throws IOException {
        SourceFile source = new SourceFile(path.toString(), Files.readString(path));
        assertThat(SpecParser.parsesWithSllOnly(source)).isTrue();
    }

    private static SpecFile parse(SourceFile source) {
        ParseResult result = SpecParser.parse(source);
        assertThat(result.diagnostics()).as("diagnostics of %s", source.path()).isEmpty();
        return result.tree().orElseThrow();
    }
}
