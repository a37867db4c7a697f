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
        NuChecker checker = new NuChecker();
        try (var files = Files.list(Path.of("/tmp/qdl-specs/specs"))) {
            for (Path p : files.sorted().toList()) {
                Compilation c = Frontend.compile(p);
                Path out = Path.of("target/real/" + p.getFileName());
                HandbookEmitter.render(c.qualification().get(), out, Optional.empty());
                try (var pages = Files.walk(out)) {
                    for (Path page : pages.filter(x -> x.toString().endsWith(".html")).toList()) {
                        for (String problem : checker.checkHtml(page)) {
                            System.err.println("NU " + page + " " + problem);
                        }
                    }
                }
            }
        }
    }
}
