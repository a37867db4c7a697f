package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.diag.Code;
import org.qdl.syntax.Specs;
import org.qdl.syntax.parse.SpecParser;

/**
 * Input no one meant to write: each gives error diagnostics with real positions (so `qdl check` exits 1), within
 * seconds, and never an exception (which the command line would turn into exit 70).
 */
class BadInputTest {
    private static final Duration SECONDS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Compilation check(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Compilation c = assertTimeoutPreemptively(SECONDS, () -> Frontend.compile(file, name));
        assertThat(c.hasErrors()).as("%s has errors", name).isTrue();
        assertThat(c.qualification()).isEmpty();
        Positions.assertValid(c.diagnostics());
        return c;
    }

    private Compilation check(String name, String text) throws IOException {
        return check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyFileDeclaresNothing() throws IOException {
        Compilation c = check("empty.qdl", "");
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.Q0010);
            assertThat(d.span().line()).isEqualTo(1);
        });
    }

    @Test
    void aFileOfBlanksAndCommentsDeclaresNothing() throws IOException {
        Compilation c = check("comments.qdl", "\n   \n// a library, one day\n/* nothing yet */\n");
        assertThat(c.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Code.Q0010);
            assertThat(d.span().line()).isEqualTo(3);
        });
    }

    @Test
    void aBinaryFileIsNotText() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[100] = 0;
        assertThat(check("photo.qdl", bytes).diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0009);
    }

    @Test
    void textThatIsNotUtf8IsNotASpec() throws IOException {
        byte[] latin1 = "unit A1 \"Caf\u00e9\" { credit 3 }".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(check("latin1.qdl", latin1).diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0009);
    }

    @Test
    void aTenMegabyteFileIsRefused() throws IOException {
        String line = "unit A1 \"Communicate with customers\" { credit 3 }\n";
        String text = line.repeat(10 * 1024 * 1024 / line.length() + 1);
        assertThat(check("huge.qdl", text).diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0005);
    }

    @Test
    void aFileJustUnderTheLimitIsRead() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < SpecParser.MAX_CHARS - 200; i++) {
            text.append("unit U").append(i).append(" \"A unit with quite a long title, number ").append(i)
                    .append("\" { credit 3 }\n");
        }
        text.append("unit U0 \"the same unit again\" { credit 3 }\n");
        Compilation c = check("large.qdl", text.toString());
        assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0101);
    }

    @Test
    void tenThousandNestedBracesAreRefusedAtTheDepthLimit() throws IOException {
        String text = "qualification q \"Q\" " + "{".repeat(10_000) + "}".repeat(10_000);
        assertThat(check("nested.qdl", text).diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0006);
    }

    @Test
    void tenThousandOpenBracesWithoutClosing() throws IOException {
        assertThat(check("open.qdl", "{".repeat(10_000)).diagnostics()).extracting(d -> d.code())
                .containsExactly(Code.Q0006);
    }

    @Test
    void tenThousandOtherBracketsStopAtTheErrorLimit() throws IOException {
        Compilation c = check("brackets.qdl", "unit A1 \"t\" " + "[(".repeat(5_000) + ")]".repeat(5_000));
        assertThat(c.diagnostics()).hasSize(SpecParser.MAX_ERRORS + 1);
        assertThat(c.diagnostics().get(SpecParser.MAX_ERRORS).code()).isEqualTo(Code.Q0007);
    }

    @Test
    void tenThousandClosingBracesAreOneMistake() throws IOException {
        Compilation c = check("closing.qdl", "unit A1 \"t\" { credit 3 }\n" + "}".repeat(10_000));
        assertThat(c.diagnostics()).isNotEmpty().hasSizeLessThanOrEqualTo(SpecParser.MAX_ERRORS + 1);
    }

    @Test
    void aSpecCutShortAtEveryTenthLine() throws IOException {
        String spec = Files.readString(Specs.root().resolve("specs/proqual-l2-principles-customer-service.qdl"));
        String[] lines = spec.split("\n", -1);
        int qualificationLine = 0;
        while (!lines[qualificationLine].startsWith("qualification")) {
            qualificationLine++;
        }
        for (int n = qualificationLine + 1; n < lines.length - 2; n += 10) {
            String cut = String.join("\n", java.util.Arrays.copyOf(lines, n));
            Compilation c = check("cut-" + n + ".qdl", cut);
            assertThat(c.diagnostics()).as("cut after line %d", n).hasSizeLessThanOrEqualTo(3);
        }
    }

    @Test
    void aSpecWithEveryDeclarationDuplicated() throws IOException {
        String spec = Files.readString(Specs.root().resolve("specs/svq-customer-service-scqf5.qdl"));
        Compilation c = check("twice.qdl", spec + "\n" + spec);
        assertThat(c.diagnostics()).extracting(d -> d.code()).contains(Code.Q0116);
    }

    @Test
    void aLibraryWithEveryDeclarationDuplicatedStopsAtTheLimit() throws IOException {
        StringBuilder library = new StringBuilder("scale pf \"Pass or fail\" { Fail < Pass  achieved Pass }\n");
        for (int i = 0; i < 300; i++) {
            library.append("unit U").append(i).append(" \"Unit ").append(i).append("\" { credit 3 grading scale pf }\n");
            library.append("group G").append(i).append(" \"Group ").append(i).append("\" { units U").append(i)
                    .append(" }\n");
        }
        Compilation c = check("library.qdl", library + library.toString());
        assertThat(c.diagnostics()).hasSize(Frontend.MAX_DIAGNOSTICS + 1);
        assertThat(c.diagnostics()).first().satisfies(d -> assertThat(d.code()).isEqualTo(Code.Q0112));
        assertThat(c.diagnostics().get(Frontend.MAX_DIAGNOSTICS).code()).isEqualTo(Code.Q0007);
    }

    @Test
    void aDirectoryIsNotASpec() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("specs.qdl"));
        Compilation c = Frontend.compile(sub, "specs.qdl");
        assertThat(c.diagnostics()).extracting(d -> d.code()).containsExactly(Code.Q0008);
    }

    @Test
    void controlCharactersAndStrayUnicodeArePositioned() throws IOException {
        Compilation c = check("stray.qdl", "unit A1 \"😀 title\" {\n  credit \u0007 3\n  level ← 2\n}\n");
        assertThat(c.diagnostics()).extracting(d -> d.span().line() + ":" + d.span().column())
                .containsExactly("2:10", "3:9");
    }
}
