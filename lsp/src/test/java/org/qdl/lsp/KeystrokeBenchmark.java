package org.qdl.lsp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

/**
 * "Answer after a keystroke on the SVQ spec": through the protocol, a one-character change to the 3,458-line SVQ
 * spec until its diagnostics are published, then a hover. Prints figures, asserts none (a benchmark, not a timed
 * test); runs only when asked: `bench/lsp.sh`, or `-Dqdl.bench=true`. Writes lsp/target/lsp-bench.txt.
 */
class KeystrokeBenchmark {
    private static final int WARMUP = 100;
    private static final int MEASURED = 200;

    @Test
    void keystrokeOnTheSvqSpec() throws Exception {
        assumeTrue(Boolean.getBoolean("qdl.bench"), "a benchmark: run with -Dqdl.bench=true (bench/lsp.sh)");
        Path svq = Path.of(System.getProperty("user.dir")).getParent().resolve("specs/svq-customer-service-scqf5.qdl");
        String text = Files.readString(svq);
        String uri = svq.toUri().toString();
        int typedAt = text.indexOf("group-b: 1 unit from group B") - 1;
        Position hoverAt = new Position(368, 10);
        List<Long> change = new ArrayList<>();
        List<Long> hover = new ArrayList<>();
        try (LspSession lsp = new LspSession()) {
            lsp.initialize();
            lsp.open(uri, text);
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                // type a space, then delete it: every other keystroke leaves the spec as it was
                String now = i % 2 == 0 ? text.substring(0, typedAt) + " " + text.substring(typedAt) : text;
                long t0 = System.nanoTime();
                lsp.change(uri, now);
                long t1 = System.nanoTime();
                lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), hoverAt))
                        .get(30, TimeUnit.SECONDS);
                long t2 = System.nanoTime();
                if (i >= WARMUP) {
                    change.add(t1 - t0);
                    hover.add(t2 - t1);
                }
            }
        }
        String report = "SVQ spec (" + text.lines().count() + " lines), " + MEASURED + " keystrokes after " + WARMUP
                + " warm-up, through LSP4J over pipes, one JVM\n"
                + figures("keystroke -> diagnostics published", change)
                + figures("then hover on a unit", hover)
                + figures("keystroke -> diagnostics + hover", sum(change, hover));
        Files.writeString(Path.of("target/lsp-bench.txt"), report);
        System.out.print(report);
    }

    private static List<Long> sum(List<Long> a, List<Long> b) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) + b.get(i));
        }
        return out;
    }

    private static String figures(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("%-38s median %6.1f ms   p95 %6.1f ms   max %6.1f ms%n", what,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
