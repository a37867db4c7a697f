package org.qdl.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.qdl.syntax.Specs;

/**
 * The domain corpus: one spec per construct of DOMAIN.md, each taken from a real source named in its comment, with
 * a test file of candidates whose expectations were worked out by hand from the source's words.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path directory() {
        return Specs.root().resolve("compiler/src/test/resources/corpus");
    }

    /** Every spec of the corpus, by file name. */
    public static List<String> specs() {
        return files(".qdl");
    }

    /** Every test file of the corpus, by file name. */
    public static List<String> testFiles() {
        return files(".test.yaml");
    }

    private static List<String> files(String suffix) {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
