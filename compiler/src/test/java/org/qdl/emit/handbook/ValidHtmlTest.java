package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.model.Qualification;

/** Every page of every seed handbook is valid HTML5 by the Nu HTML Checker, with no warnings either. */
class ValidHtmlTest {
    private static NuChecker checker;

    @BeforeAll
    static void setUp() throws Exception {
        checker = new NuChecker();
    }

    static Stream<Qualification> handbooks() {
        return SeedHandbooks.qualifications().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handbooks")
    void everyPageIsValidHtml5(Qualification q, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(q, out, Optional.empty());
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
        for (Path page : pages) {
            for (String problem : checker.checkHtml(page)) {
                problems.add(out.relativize(page) + " " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckerCatchesWhatItShould(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                + "<table><tr><th scope=\"sideways\">a</th></tr></table><h1>a</h1><h1>b</h1></body></html>");
        assertThat(checker.checkHtml(page)).anyMatch(p -> p.startsWith("error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handbooks")
    void theStylesheetIsValidCss(Qualification q, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        HandbookEmitter.render(q, out, Optional.empty());
        assertThat(checker.checkCss(out.resolve("handbook.css"))).isEmpty();
    }
}
