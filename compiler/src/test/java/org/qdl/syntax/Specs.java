package org.qdl.syntax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The spec files of the repository, found from the module directory the tests run in. */
public final class Specs {
    private Specs() {
    }

    public static Path root() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("specs"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("no specs/ directory above " + Path.of("").toAbsolutePath());
        }
        return here;
    }

    public static Stream<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(root().resolve("specs"))) {
            return files.filter(p -> p.toString().endsWith(".qdl")).sorted().toList().stream();
        }
    }
}
