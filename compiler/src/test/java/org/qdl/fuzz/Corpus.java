package org.qdl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.qdl.syntax.Specs;

/**
 * The specs fuzzing starts from: the real ones in `specs/` and every `.qdl` the tests use (golden diagnostics,
 * syntax errors, CLI inputs), copied into a scratch directory with their relative paths, so that imports resolve
 * and a mutant can be written beside its original without touching the source tree.
 */
final class Corpus {
    /** A seed spec: where it sits under the scratch directory, and its text. */
    record Seed(String path, String text) {
    }

    private static final Path SCRATCH = Scratch.directory("qdl-fuzz-specs");
    private static final List<Seed> SEEDS = load();

    private Corpus() {
    }

    static List<Seed> seeds() {
        return SEEDS;
    }

    /** The scratch directory that holds a copy of every seed. */
    static Path scratch() {
        return SCRATCH;
    }

    private static List<Seed> load() {
        Path root = Specs.root();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(root.resolve("specs"), root.resolve("compiler/src/test/resources"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".qdl")).sorted(Comparator.comparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Seed> out = new ArrayList<>();
        for (Path f : files) {
            String relative = root.relativize(f).toString().replace('\\', '/');
            try {
                byte[] bytes = Files.readAllBytes(f);
                Path copy = SCRATCH.resolve(relative);
                Files.createDirectories(copy.getParent());
                Files.write(copy, bytes);
                out.add(new Seed(relative, new String(bytes, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }
}
