package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qdl.cli.candidates.CsvCandidates.Splitting;

/** Candidate files are checked to be UTF-8 byte by byte, and a bad byte is named by its line and column. */
class Utf8InputTest {
    @TempDir
    Path tmp;

    private static byte[] hex(String hex) {
        String[] parts = hex.split(" ");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    private static void readAll(InputStream in) throws IOException {
        byte[] buffer = new byte[3];
        while (in.read(buffer) >= 0) {
            // read in small pieces, so that sequences are split across reads
        }
    }

    @Test
    void everyCharacterOfUtf8Passes() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x110000; cp += cp < 0x800 ? 1 : 7) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                all.appendCodePoint(cp);
            }
        }
        readAll(new Utf8Input(new ByteArrayInputStream(all.toString().getBytes(StandardCharsets.UTF_8)), 1));
    }

    /** Overlong forms, surrogates, beyond U+10FFFF, stray or missing continuation bytes, bytes UTF-8 never uses. */
    @ParameterizedTest
    @ValueSource(strings = {"C0 AF", "E0 80 AF", "F0 80 80 AF", "ED A0 80", "ED BF BF", "F4 90 80 80", "F5 80 80 80",
        "80", "BF", "C3", "E2 82", "C3 41", "FE", "FF"})
    void whatIsNotUtf8IsRefusedWhereItStarts(String bytes) {
        byte[] text = new byte[6 + bytes.split(" ").length];
        System.arraycopy("a\nb\r\nc".getBytes(StandardCharsets.US_ASCII), 0, text, 0, 6);
        System.arraycopy(hex(bytes), 0, text, 6, text.length - 6);
        assertThatThrownBy(() -> readAll(new Utf8Input(new ByteArrayInputStream(text), 1)))
                .isInstanceOfSatisfying(NotTextException.class, e -> {
                    assertThat(e.line).isEqualTo(3);
                    assertThat(e.column).isEqualTo(2);
                });
    }

    @Test
    void linesEndAsTheParsersEndThemAndColumnsCountCharacters() {
        // a byte-order mark is no column; `é` and `😀` are one each; a lone \r ends a line
        byte[] text = "\uFEFFé😀\rx\r\n\ny".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 1];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xFF;
        assertThatThrownBy(() -> readAll(new Utf8Input(new ByteArrayInputStream(bad), 1)))
                .isInstanceOfSatisfying(NotTextException.class, e -> {
                    assertThat(e.line).isEqualTo(4);
                    assertThat(e.column).isEqualTo(2);
                });
        byte[] onFirstLine = "\uFEFFé😀".getBytes(StandardCharsets.UTF_8);
        byte[] badFirst = java.util.Arrays.copyOf(onFirstLine, onFirstLine.length + 1);
        badFirst[onFirstLine.length] = (byte) 0x80;
        assertThatThrownBy(() -> readAll(new Utf8Input(new ByteArrayInputStream(badFirst), 1)))
                .isInstanceOfSatisfying(NotTextException.class, e -> assertThat(e.column).isEqualTo(3));
    }

    @Test
    void aBadByteDeepInALargeCsvIsNamedAlikeWhicheverThreadReadsIt() throws Exception {
        StringBuilder csv = new StringBuilder("candidate,unit\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append("C").append(i % 300).append(",\"U, ").append(i % 9).append("\"\n");
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 6);
        System.arraycopy(new byte[] {'C', 'x', (byte) 0xE9, ',', 'U', '\n'}, 0, bytes, good.length, 6);
        Path file = tmp.resolve("class.csv");
        Files.write(file, bytes);
        String expected = "class.csv:50002:3: not UTF-8 text; save the file as UTF-8";
        assertThatThrownBy(() -> CsvCandidates.read(new ByteArrayInputStream(bytes), "class.csv", null, w -> { }))
                .isInstanceOf(BadInputException.class).hasMessage(expected);
        for (int threads : new int[] {2, 5}) {
            assertThatThrownBy(() -> CsvCandidates.read(file, "class.csv", null, w -> { },
                    Splitting.on(threads).cutFrom(0)))
                    .isInstanceOf(BadInputException.class).hasMessage(expected);
        }
    }
}
