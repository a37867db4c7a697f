package org.qdl.emit.handbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;

class ScratchRenderTest {
    @Test
    void render() throws Exception {
        try (var files = Files.list(Path.of("/tmp/qdl-specs/specs"))) {
            for (Path p : files.sorted().toList()) {
                Compilation c = Frontend.compile(p);
                System.err.println("SPEC " + p + " " + c.qualification().isPresent() + " " + c.diagnostics());
                if (c.qualification().isPresent()) {
                    HandbookEmitter.render(c.qualification().get(), Path.of("target/real/" + p.getFileName()), Optional.empty());
                }
            }
        }
    }
}
