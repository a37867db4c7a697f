package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Utf8Input against Java's own UTF-8 decoder: the same bytes are refused, at the same line and column, however
 * the bytes are split into reads.
 */
class Utf8InputPropertyTest {

    @Property(tries = 3000)
    void refusesWhatJavasDecoderRefusesAtTheSamePlace(@ForAll("text") byte[] bytes,
            @ForAll @IntRange(min = 1, max = 64) int piece) {
        String expected = oracle(bytes);
        assertThat(read(bytes, piece)).isEqualTo(expected);
        assertThat(read(bytes, 0)).isEqualTo(expected);
    }

    /** Mostly ASCII with line breaks, some characters of 2 to 4 bytes, now and then a byte that breaks UTF-8. */
    @Provide
    Arbitrary<byte[]> text() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> special = Arbitraries.of("\n", "\r\n", "\r", "\t", "\u0000", "é", "€", "😀", "\uFEFF")
                .map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> notText = Arbitraries.integers().between(0x80, 0xFF).map(b -> new byte[] {(byte) b.intValue()});
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(Tuple.of(10, ascii), Tuple.of(5, special), Tuple.of(1, notText));
        return piece.list().ofMaxSize(40).map(Utf8InputPropertyTest::concat);
    }

    private static byte[] concat(java.util.List<byte[]> pieces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        pieces.forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Reads in pieces of {@code piece} bytes (0: one byte at a time); "ok", or where the input was refused. */
    private static String read(byte[] bytes, int piece) {
        try (InputStream in = new Utf8Input(new ByteArrayInputStream(bytes), 1)) {
            byte[] buffer = new byte[piece + 3];
            while ((piece == 0 ? in.read() : in.read(buffer, 3, piece)) >= 0) {
                // the checks happen as bytes are read
            }
            return "ok";
        } catch (NotTextException e) {
            return e.line + ":" + e.column;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Where Java's decoder stops, as a line and a column counted in the text before it: lines end at `\n`, `\r\n`
     * or a lone `\r`; columns count characters; a byte-order mark that starts the text takes no column.
     */
    private static String oracle(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (!r.isError()) {
            return "ok";
        }
        String before = out.flip().toString();
        if (before.startsWith("\uFEFF")) {
            before = before.substring(1);
        }
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\r' || c == '\n' && (i == 0 || before.charAt(i - 1) != '\r')) {
                line++;
            }
            if (c == '\r' || c == '\n') {
                lineStart = i + 1;
            }
        }
        return line + ":" + (before.codePointCount(lineStart, before.length()) + 1);
    }
}
