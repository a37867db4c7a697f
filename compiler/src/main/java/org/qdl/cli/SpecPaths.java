package org.qdl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files that command-line arguments name, where a folder stands for every file under it whose name ends in
 * the command's suffix (`.qdl` for check and fmt), in a stable order. Hidden folders and build output are not
 * searched: they hold copies, not sources.
 */
final class SpecPaths {
    private SpecPaths() {
    }

    /** A file to work on: its path, and how messages name it (the folder as typed, then the path under it). */
    record Typed(Path path, String display) {
    }

    static List<Typed> expand(Io io, List<String> typed, String suffix, String what) {
        List<Typed> out = new ArrayList<>();
        for (String t : typed) {
            Path p = io.resolve(t);
            if (Files.isDirectory(p)) {
                List<Typed> found = under(p, t, suffix);
                if (found.isEmpty()) {
                    throw CliException.usage("no `*" + suffix + "` files under folder `" + t + "`");
                }
                out.addAll(found);
            } else {
                out.add(new Typed(UserFiles.regularFile(io, t, what), t));
            }
        }
        return out;
    }

    private static List<Typed> under(Path dir, String typed, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .filter(p -> !skipped(dir.relativize(p)))
                    .sorted()
                    .map(p -> new Typed(p, display(typed, dir.relativize(p))))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw CliException.usage("cannot read folder `" + typed + "`: " + e.getMessage());
        }
    }

    private static boolean skipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || name.equals("node_modules") || name.equals("target")) {
                return true;
            }
        }
        return false;
    }

    /** The folder as typed, then the path under it, normalised as the checker names imported files (`./a` is `a`). */
    private static String display(String typedDir, Path relative) {
        return Path.of(typedDir).resolve(relative).normalize().toString().replace('\\', '/');
    }
}
