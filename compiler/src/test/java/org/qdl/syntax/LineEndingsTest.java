package org.qdl.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.SpecFile;

/**
 * Files saved with Windows (`\r\n`) or old Mac (`\r`) line endings: lines are counted as an editor counts them,
 * and formatting keeps each comment on its own line. (Found by the fuzzer: a `\r`-only file was one long line, so
 * `qdl fmt` joined its `//` comments into one and every diagnostic said line 1.)
 */
class LineEndingsTest {

    @Test
    void everyKindOfLineBreakStartsALine() {
        SourceFile f = new SourceFile("a.qdl", "a\rb\r\nc\nd\r");
        assertThat(f.lineCount()).isEqualTo(5);
        assertThat(f.line(f.text().indexOf('b'))).isEqualTo(2);
        assertThat(f.line(f.text().indexOf('c'))).isEqualTo(3);
        assertThat(f.line(f.text().indexOf('d'))).isEqualTo(4);
        assertThat(f.column(f.text().indexOf('d'))).isEqualTo(1);
        assertThat(f.lineText(2)).isEqualTo("b");
        assertThat(f.lineText(3)).isEqualTo("c");
    }

    @Test
    void diagnosticsInACarriageReturnFileNameTheirLine() {
        String text = "unit A1 \"Title\" {\r  credit 3\r  level \u2190 2\r}\r";
        Compilation c = Frontend.compile(new SourceFile("cr.qdl", text), Path.of("."));
        assertThat(c.diagnostics()).extracting(d -> d.span().line() + ":" + d.span().column()).containsExactly("3:9");
    }

    @Test
    void formattingKeepsEachCommentOnItsLine() {
        for (String eol : new String[] {"\r", "\r\n"}) {
            String text = String.join(eol, "// one", "// two", "unit A1 \"Title\" { // after the brace",
                    "  credit 3 /* a", "  block */", "}", "");
            SpecFile tree = SpecParser.parse(new SourceFile("a.qdl", text)).tree();
            String printed = Printer.print(tree);
            assertThat(printed).as(eol.equals("\r") ? "CR" : "CRLF").isEqualTo("""
                    // one
                    // two
                    unit A1 "Title" { // after the brace
                      credit 3 /* a
                      block */
                    }
                    """);
        }
    }
}
