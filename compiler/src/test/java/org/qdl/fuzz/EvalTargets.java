package org.qdl.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;
import org.qdl.syntax.Specs;

/**
 * What candidates are evaluated against: the real specs, each as its source and as the IR `qdl build` makes of
 * it, in a scratch directory, with what a candidate file could say about them (unit references, labels, criteria).
 */
final class EvalTargets {
    /** A spec: its `.qdl` and `.qdl.json` in the scratch directory, its units and their scales. */
    record Target(String id, Path source, Path ir, List<IrUnit> units, Map<String, List<String>> scaleLabels) {
        List<String> labels(String scale) {
            return scale == null ? List.of() : scaleLabels.getOrDefault(scale, List.of());
        }

        @Override
        public String toString() {
            return id;
        }
    }

    static final Path DIR = Scratch.directory("qdl-fuzz-eval");
    private static final List<Target> TARGETS = load();

    private EvalTargets() {
    }

    static List<Target> all() {
        return TARGETS;
    }

    private static List<Target> load() {
        List<Target> out = new ArrayList<>();
        try (Stream<Path> specs = Specs.all()) {
            for (Path spec : specs.toList()) {
                Compilation c = Frontend.compile(spec);
                IrDocument ir = c.ir().orElseThrow();
                String id = ir.qualification().id();
                Path source = DIR.resolve(id + ".qdl");
                Path irFile = DIR.resolve(id + ".qdl.json");
                Files.copy(spec, source);
                Files.writeString(irFile, IrJson.write(ir));
                Map<String, List<String>> labels = new java.util.HashMap<>();
                for (IrScale s : ir.scales()) {
                    labels.put(s.id(), s.labels());
                }
                out.add(new Target(id, source, irFile, ir.units(), labels));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
