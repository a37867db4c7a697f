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
 * archive them (`-Xshare:dump`): later runs of any command map those classes instead of loading them again. Not a
 * command of qdl, and never fails: {@code java -cp qdl.jar org.qdl.cli.Warmup SPEC CANDIDATES_DIR}.
 */
public final class Warmup {
    private Warmup() {
    }

    public static void main(String[] args) {
        try {
            warm(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            // whatever was loaded up to here is still recorded; qdl itself is unaffected
        }
    }

    private static void warm(Path spec, Path candidates) throws IOException {
        Path dir = Files.createTempDirectory("qdl-warmup");
        try {
            Io io = Io.of(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream(), Map.of(), dir);
            String s = spec.toString();
            run(io, "check", s);
            run(io, "check", "--format", "json", s);
            run(io, "fmt", "--check", s);
            run(io, "build", s, "-o", dir.toString());
            run(io, "handbook", s, "-o", dir.resolve("handbook").toString());
            run(io, "explain", "Q0001");
            List<String> specs = new ArrayList<>(List.of(s));
            try (Stream<Path> built = Files.list(dir)) {
                built.filter(p -> p.toString().endsWith(".qdl.json")).forEach(p -> specs.add(p.toString()));
            }
            List<String> inputs = new ArrayList<>();
            if (Files.isDirectory(candidates)) {
                try (Stream<Path> files = Files.list(candidates)) {
                    files.map(Path::toString).filter(f -> f.endsWith(".csv") || f.endsWith(".json")
                            || f.endsWith(".jsonl")).sorted().forEach(inputs::add);
                }
            }
            for (String input : inputs) {
                for (String format : List.of("table", "json", "csv")) {
                    for (String with : specs) {
                        run(io, "eval", "--format", format, "--explain", with, input);
                        run(io, "eval", "--format", format, "-o", dir.resolve("results").toString(), with, input);
                    }
                }
            }
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Io io, String... args) {
        Main.run(args, io);
    }
}
