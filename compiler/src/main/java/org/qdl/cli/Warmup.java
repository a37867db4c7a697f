package org.qdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs each qdl command once, on a spec and a folder of candidate files, into a temporary directory and with its
 * output thrown away, so that the launcher can list every class a run of qdl loads (`-XX:DumpLoadedClassList`) and
 * archive them (`-Xshare:dump`): later runs of any command map those classes instead of loading them again. Further
 * specs, each with its folder, are checked and evaluated too: what one qualification never loads (grades, criteria
 * rated on a scale, points) another does, and a class left out of the archive is loaded from the jar, which opens the
 * jar's 17,000 entries again. Not a command of qdl, and never fails:
 * {@code java -cp qdl.jar org.qdl.cli.Warmup SPEC CANDIDATES_DIR [SPEC CANDIDATES_DIR]...}.
 */
public final class Warmup {
    private Warmup() {
    }

    public static void main(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            try {
                String spec = Path.of(args[i]).toAbsolutePath().toString();
                Path candidates = Path.of(args[i + 1]).toAbsolutePath();
                Path dir = Files.createTempDirectory("qdl-warmup");
                try {
                    Io io = Io.of(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                            OutputStream.nullOutputStream(), Map.of(), dir);
                    if (i == 0) {
                        warm(io, dir, spec, candidates);
                    } else {
                        evaluate(io, dir, spec, candidates);
                    }
                } finally {
                    delete(dir);
                }
            } catch (IOException | RuntimeException e) {
                // whatever was loaded up to here is still recorded; qdl itself is unaffected
            }
        }
    }

    /** A further spec: checked, built, its handbook made, and each of its candidate files evaluated. */
    private static void evaluate(Io io, Path dir, String spec, Path candidates) throws IOException {
        run(io, "check", spec);
        run(io, "build", spec, "-o", dir.toString());
        run(io, "handbook", spec, "-o", dir.resolve("handbook").toString());
        for (String input : inputs(candidates)) {
            run(io, "eval", "--explain", spec, input);
            run(io, "eval", "--format", "csv", "-o", dir.resolve("results").toString(), spec, input);
        }
    }

    /** The candidate files of a folder, in order of name. */
    private static List<String> inputs(Path candidates) throws IOException {
        List<String> inputs = new ArrayList<>();
        if (Files.isDirectory(candidates)) {
            try (Stream<Path> files = Files.list(candidates)) {
                files.map(Path::toString).filter(f -> f.endsWith(".csv") || f.endsWith(".json")
                        || f.endsWith(".jsonl")).sorted().forEach(inputs::add);
            }
        }
        return inputs;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The first spec: every command, and eval in each format, on the spec and on the IR built from it. */
    private static void warm(Io io, Path dir, String spec, Path candidates) throws IOException {
        run(io, "--help");
        run(io, "check", spec);
        run(io, "check", "--format", "json", spec);
        run(io, "fmt", "--check", spec);
        run(io, "build", spec, "-o", dir.toString());
        run(io, "handbook", spec, "-o", dir.resolve("handbook").toString());
        run(io, "explain", "Q0001");
        List<String> specs = new ArrayList<>(List.of(spec));
        try (Stream<Path> built = Files.list(dir)) {
            built.filter(p -> p.toString().endsWith(".qdl.json")).forEach(p -> specs.add(p.toString()));
        }
        List<String> inputs = inputs(candidates);
        for (String input : inputs) {
            for (String format : List.of("table", "json", "csv")) {
                for (String with : specs) {
                    run(io, "eval", "--format", format, "--explain", with, input);
                    run(io, "eval", "--format", format, "-o", dir.resolve("results").toString(), with, input);
                }
            }
        }
        // a plain file is read straight from its bytes; one from stdin is read by Jackson's parser, as a file with
        // quotes is, and its classes are archived too
        for (String input : inputs) {
            if (input.endsWith(".csv")) {
                try (InputStream in = Files.newInputStream(Path.of(input))) {
                    run(Io.of(in, OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), Map.of(), dir),
                            "eval", "--format", "csv", spec, "-");
                }
                break;
            }
        }
    }

    private static void run(Io io, String... args) {
        Main.run(args, io);
    }
}
