package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidate files the fuzzer found that `qdl eval` got wrong: each is refused with exit 1 at the line (and for
 * JSON the column) where it goes wrong — not exit 70, not a message without a place, not the wrong line — or read
 * as what it is.
 */
class BadCandidateFilesTest {
    private static final String SPEC = "specs/proqual-l2-principles-customer-service.qdl";

    @TempDir
    Path tmp;

    private Qdl.Run eval(String name, byte[] content) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, content);
        return Qdl.in(Fixtures.repo()).run("eval", "--format", "csv", SPEC, file.toString());
    }

    private static byte[] bytes(String... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String p : parts) {
            out.writeBytes(p.getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private void refused(Qdl.Run run, String where, String what) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("error: " + tmp.resolve(where) + what);
    }

    @Test
    void csvThatIsNotUtf8NamesTheLineAndColumn() throws IOException {
        // was: `not UTF-8 text (Invalid UTF-8 start byte 0xff (at char #29, byte #-1) ...)`, no line
        refused(eval("class.csv", bytes("candidate,unit\nC1,R/506/4854\nC\u00ff2,R/506/4854\n")), "class.csv",
                ":3:2: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void utf16ThatIsNotUtf16NamesTheLineAndColumn() throws IOException {
        // was: `not UTF-8 or UTF-16 text (Input length = 1)`, no line (found by CandidateFuzzTest's long run)
        java.io.ByteArrayOutputStream lone = new java.io.ByteArrayOutputStream();
        lone.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        lone.writeBytes("candidate\tunit\nC1\tR/506/4854\nC".getBytes(StandardCharsets.UTF_16LE));
        lone.writeBytes(new byte[] {0x00, (byte) 0xDC}); // a low surrogate with no high one before it
        lone.writeBytes("2\tR/506/4854\n".getBytes(StandardCharsets.UTF_16LE));
        Qdl.Run run = eval("class.csv", lone.toByteArray());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("read as tab-separated UTF-16 text\nerror: " + tmp.resolve("class.csv")
                + ":3:2: not UTF-16 text (half a surrogate pair); save the file as UTF-8");
        byte[] odd = java.util.Arrays.copyOf(lone.toByteArray(), 2 + 2 * "candidate\tunit\nC1".length() + 1);
        run = eval("class.csv", odd);
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error: " + tmp.resolve("class.csv")
                + ":2:3: not UTF-16 text (an odd byte at the end of the file)");
    }

    @Test
    void jsonLinesThatAreNotUtf8NameTheLineTheByteIsOn() throws IOException {
        // was line 1: the decoder failed a whole buffer ahead of the line being read
        refused(eval("class.jsonl", bytes("{\"id\": \"C1\"}\n{\"id\": \"C2\"}\n{\"id\": \"C\u00ff3\"}\n")),
                "class.jsonl", ":3:10: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() throws IOException {
        // was read as an id `C?`
        refused(eval("class.json", bytes("{\"candidates\": [{\"id\": \"C\u00ed\u00a0\u0080\"}]}")), "class.json",
                ":1:26: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void jsonNestedDeeperThanJacksonReadsIsRefusedWithItsPlace() throws IOException {
        // was exit 70: Jackson's StreamConstraintsException is not a JsonParseException
        String deep = "[".repeat(1001) + "]".repeat(1001);
        refused(eval("class.json", ("{\"candidates\": [" + deep + "]}").getBytes(StandardCharsets.UTF_8)),
                "class.json", ":1:1016: not valid JSON: Document nesting depth (1001) exceeds the maximum allowed "
                        + "(1000)");
        // was exit 70 too: the exception has no location, and the message needed one
        refused(eval("class.jsonl", ("{\"id\": \"C1\", \"achievements\": [" + deep + "]}\n")
                .getBytes(StandardCharsets.UTF_8)), "class.jsonl", ":1: not valid JSON: Document nesting depth");
    }

    @Test
    void aValueLongerThanJacksonReadsIsRefusedWithItsLine() throws IOException {
        String huge = "x".repeat(20_000_001);
        // both were exit 70
        Qdl.Run json = eval("class.json", ("{\"candidates\": [{\"id\": \"" + huge + "\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        refused(json, "class.json", ":1:");
        assertThat(json.err()).containsPattern(":1:\\d+: not valid JSON: String value length \\(20000001\\) "
                + "exceeds the maximum allowed \\(20000000\\)");
        refused(eval("class.csv", ("candidate,unit\n" + huge + ",R/506/4854\n").getBytes(StandardCharsets.UTF_8)),
                "class.csv", ":2: not valid CSV: String value length");
    }

    @Test
    void aCsvOfOnlyAByteOrderMarkHasNoCandidates() throws IOException {
        // was: `the header has no candidate column`, the mark being taken for a header
        Qdl.Run empty = eval("class.csv", bytes("\u00ef\u00bb\u00bf"));
        assertThat(empty.exit()).as(empty.err()).isZero();
        assertThat(empty.out()).isEqualTo("candidate,achieved,grade,credits,units_needed,shortfalls,problems,options\n");

        Qdl.Run afterBlankLines = eval("class.csv", bytes("\u00ef\u00bb\u00bf\n\ncandidate,unit\nC1,R/506/4854\n"));
        assertThat(afterBlankLines.exit()).as(afterBlankLines.err()).isZero();
        assertThat(afterBlankLines.out().lines()).hasSize(2).last().asString().startsWith("C1,false,");
    }
}
