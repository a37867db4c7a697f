package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qdl.emit.handbook.Models.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.model.Qualification;

/** What a user of `qdl handbook` notices: escaping, determinism, file names, overrides, whole-or-nothing output. */
class HandbookEmitterTest {
    @TempDir
    Path dir;

    private static Qualification hostile() {
        return qualification("x", "<script>alert(1)</script>")
                .awardingBody("Smith & Sons <b>Ltd</b>")
                .group("A", "Group A: \"Core\" <i>units</i>", unit("R/506/4854", "<img src=x onerror=alert(2)>")
                        .section(paragraph(org.qdl.model.Section.Kind.OVERVIEW, "</p><script>alert(3)</script>")))
                .rule(all("A"))
                .build();
    }

    @Test
    void specTextIsDataNotMarkup() throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(hostile(), out, Optional.empty());
        String index = Trees.text(out, "index.html");
        assertThat(index).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>");
        assertThat(index).contains("Smith &amp; Sons &lt;b&gt;Ltd&lt;/b&gt;");
        assertThat(index).contains("Group A: &quot;Core&quot; &lt;i&gt;units&lt;/i&gt;");
        for (Map.Entry<String, byte[]> f : Trees.read(out).entrySet()) {
            // the checker page's own three script elements are the only ones; spec text in its IR is \u003c-escaped
            String text = new String(f.getValue(), StandardCharsets.UTF_8)
                    .replace("<script type=\"application/json\" id=\"qdl-ir\">", "")
                    .replace("<script src=\"qdl-engine.js\"></script>", "")
                    .replace("<script src=\"checker.js\"></script>", "");
            assertThat(text).as(f.getKey()).doesNotContain("<script").doesNotContain("<img").doesNotContain("<i>");
        }
        assertThat(Trees.text(out, "units/unit-r-506-4854.html"))
                .contains("&lt;/p&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    }

    @Test
    void theSameSourceGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        HandbookEmitter.render(SampleModels.svq(), first, Optional.empty());
        HandbookEmitter.render(SampleModels.svq(), second, Optional.empty());
        Map<String, byte[]> a = Trees.read(first);
        Map<String, byte[]> b = Trees.read(second);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        assertThat(new String(a.get("index.html"), StandardCharsets.UTF_8)).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void pagesAndTheirNames() throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(SampleModels.proqual(), out, Optional.empty());
        assertThat(Trees.read(out).keySet()).containsExactly(".qdl-handbook", "checker.html", "checker.js",
                "handbook.css", "handbook.html", "index.html", "qdl-engine.js", "units/unit-k-503-0323.html", "units/unit-r-506-4854.html",
                "units/unit-y-506-4855.html");
    }

    @Test
    void referencesThatCollideGetDistinctStableNames() {
        Map<String, String> ids = PageIds.assign("unit-", java.util.List.of("M1", "m1", "A/1", "A-1", "B"));
        assertThat(ids.get("B")).isEqualTo("unit-b");
        assertThat(ids.values()).doesNotHaveDuplicates().allMatch(id -> id.matches("unit-[a-z0-9-]+"));
        assertThat(ids.get("M1")).startsWith("unit-m1-").isNotEqualTo(ids.get("m1"));
        assertThat(PageIds.assign("unit-", java.util.List.of("m1", "M1")).get("M1")).isEqualTo(ids.get("M1"));
    }

    @Test
    void aBrokenOverrideNamesTheTemplateAndLineAndLeavesNothing() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("unit.ftlh"), "<!DOCTYPE html>\n<html lang=\"en\">\n<p>${unit.nosuch}</p>\n");
        Path out = dir.resolve("site").resolve("out");
        assertThatThrownBy(() -> HandbookEmitter.render(SampleModels.svq(), out, Optional.of(templates)))
                .isInstanceOf(HandbookException.class)
                .hasMessageContaining(templates.resolve("unit.ftlh").toString())
                .hasMessageContaining("line 3");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("site")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("brand");
        }
    }

    @Test
    void aTemplateThatDoesNotParseNamesItsLine() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("page.ftlh"), "<#macro head title>\n<#if title>\n</#macro>\n");
        assertThatThrownBy(() -> HandbookEmitter.render(SampleModels.svq(), dir.resolve("out"), Optional.of(templates)))
                .isInstanceOf(HandbookException.class)
                .hasMessageMatching("template `.*page\\.ftlh`, line \\d+.*");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFailedRenderKeepsThePreviousHandbook() throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(SampleModels.svq(), out, Optional.empty());
        Map<String, byte[]> before = Trees.read(out);
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("index.ftlh"), "${handbook.nosuch}");
        assertThatThrownBy(() -> HandbookEmitter.render(SampleModels.proqual(), out, Optional.of(templates)))
                .isInstanceOf(HandbookException.class).hasMessageContaining("index.ftlh");
        assertThat(Trees.read(out).keySet()).containsExactlyElementsOf(before.keySet());
    }

    @Test
    void renderingAgainReplacesTheHandbookWhole() throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(SampleModels.svq(), out, Optional.empty());
        HandbookEmitter.render(SampleModels.proqual(), out, Optional.empty());
        assertThat(out.resolve("units/unit-4427-203.html")).doesNotExist();
        assertThat(out.resolve("units/unit-r-506-4854.html")).exists();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("out");
        }
    }

    @Test
    void anotherDirectoryIsNeverReplaced() throws Exception {
        Path out = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(out.resolve("thesis.txt"), "years of work");
        assertThatThrownBy(() -> HandbookEmitter.render(SampleModels.svq(), out, Optional.empty()))
                .isInstanceOf(HandbookException.class).hasMessageContaining("is not a handbook QDL wrote");
        assertThat(Trees.read(out).keySet()).containsExactly("thesis.txt");
    }

    @Test
    void anOverrideBrandsTheHandbook() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("brand"));
        Files.writeString(templates.resolve("handbook.css"), "body { color: #000; }\n");
        Files.createDirectories(templates.resolve("assets"));
        Files.write(templates.resolve("assets/logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
        Files.writeString(templates.resolve("page.ftlh"), String.join("\n",
                "<#macro head title><head><meta charset=\"utf-8\"><title>${title}</title>",
                "<link rel=\"stylesheet\" href=\"${links.stylesheet()}\"></head></#macro>",
                "<#macro masthead><header><img src=\"${links.asset(\"logo.svg\")}\" alt=\"Brand\"></header></#macro>",
                "<#macro footer><footer>Brand footer</footer></#macro>", ""));
        Path out = dir.resolve("out");
        HandbookEmitter.render(SampleModels.svq(), out, Optional.of(templates));
        assertThat(Trees.text(out, "handbook.css")).isEqualTo("body { color: #000; }\n");
        assertThat(out.resolve("assets/logo.svg")).exists();
        assertThat(Trees.text(out, "index.html")).contains("<img src=\"assets/logo.svg\" alt=\"Brand\">")
                .contains("Brand footer").contains("Minimum of 7 units of which:");
        assertThat(Trees.text(out, "units/unit-4427-203.html")).contains("<img src=\"../assets/logo.svg\"");
    }

    @Test
    void aMissingTemplatesDirectoryIsAnError() {
        assertThatThrownBy(() -> HandbookEmitter.render(SampleModels.svq(), dir.resolve("out"),
                Optional.of(dir.resolve("nope")))).isInstanceOf(HandbookException.class)
                .hasMessageContaining("does not exist");
    }
}
