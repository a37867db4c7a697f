package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.lower.Lowering;
import org.qdl.model.Qualification;
import org.qdl.runtime.ir.IrJson;

/** The checker page as files: what every handbook ships for it, and what a browser without JavaScript shows. */
class CheckerPageTest {
    /** The budget docs/HANDBOOK.md states for the engine script. */
    private static final long ENGINE_BUDGET = 300_000;

    @Test
    void everyHandbookShipsTheEngineWithinItsBudgetAndTheIrQdlEvalReads(@TempDir Path dir) throws Exception {
        Qualification q = SeedHandbooks.fromSpec("svq-customer-service-scqf5.qdl").orElseThrow();
        HandbookEmitter.render(q, dir, Optional.empty());
        assertThat(Files.size(dir.resolve("qdl-engine.js"))).isBetween(10_000L, ENGINE_BUDGET);
        assertThat(Files.readString(dir.resolve("qdl-engine.js"))).contains("qdlEngine");
        String page = Files.readString(dir.resolve("checker.html"));
        String start = "<script type=\"application/json\" id=\"qdl-ir\">";
        String ir = page.substring(page.indexOf(start) + start.length(), page.indexOf("</script>", page.indexOf(start)));
        assertThat(IrJson.read(ir, "checker.html")).isEqualTo(Lowering.lower(q).ir());
        assertThat(page).contains("<script src=\"qdl-engine.js\"></script>", "<script src=\"checker.js\"></script>");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<a href=\"checker.html\">Check a choice of units</a>");
    }

    @Test
    void withoutJavaScriptThePageSaysSoAndShowsNoDeadForm(@TempDir Path dir) throws Exception {
        HandbookEmitter.render(SeedHandbooks.fromSpec("svq-customer-service-scqf5.qdl").orElseThrow(), dir,
                Optional.empty());
        String page = Files.readString(dir.resolve("checker.html"));
        assertThat(page).contains("<noscript><p class=\"checker-off\" role=\"note\">The checker needs JavaScript")
                .contains("<form id=\"checker\" class=\"checker\" hidden>")
                .contains("<div id=\"verdict\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\">");
    }

    @Test
    void scriptSafeJsonCannotCloseItsElement() {
        assertThat(CheckerViews.scriptSafe("{\"text\": \"a </script><!-- b\"}"))
                .isEqualTo("{\"text\": \"a \\u003c/script>\\u003c!-- b\"}");
    }
}
