package org.qdl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.syntax.SourceFile;

/**
 * Found by fuzzing: text in quotes keeps control characters, and diagnostics quoted it as it was — an escape
 * sequence in a spec ran the reader's terminal, and a NEL or line separator split the short form's one line.
 */
class VisibleTextTest {
    private static final String SPEC = "scale pf \"Pass or fail\" { Fail < Pass achieved Pass }\n"
            + "unit A1 \"Communicate\" { criterion scale pf criterion 1 \"One\" "
            + "achieved when every criterion at \"\u001b[2J\u0085\u202eS\" }"
            + " unit A1 \"again\"\n";

    private static List<Diagnostic> diagnostics() {
        Compilation c = Frontend.compile(new SourceFile("a.qdl", SPEC), Path.of("."));
        assertThat(c.diagnostics()).isNotEmpty();
        return c.diagnostics();
    }

    @Test
    void theHumanFormShowsControlCharactersAndKeepsItsMarksInPlace() {
        String out = new HumanRenderer(false).render(diagnostics());
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0085").doesNotContain("\u202e")
                .contains("U+001B[2JU+0085U+202ES");
        // the second declaration of A1 comes after the escapes on its line: its mark is still under it
        List<String> lines = out.lines().toList();
        int marks = lines.indexOf(lines.stream().filter(l -> l.endsWith("^^ declared again here")).findFirst()
                .orElseThrow());
        assertThat(lines.get(marks - 1).substring(lines.get(marks).indexOf('^'))).startsWith("A1 \"again\"");
    }

    @Test
    void theShortFormIsOneLineADiagnostic() {
        List<Diagnostic> diagnostics = diagnostics();
        String out = ShortRenderer.render(diagnostics);
        assertThat(out.split("\n", -1)).hasSize(diagnostics.size() + 1);
        assertThat(out).doesNotContain("\u0085").doesNotContain("\u001b");
    }

    /** Issue 17, item 11: a Cyrillic М, a zero-width space; and a word in Cyrillic, which is left as it is. */
    private static final String LOOK_ALIKES = "qualification q \"Q\" {\n"
            + "  unit M1 \"One\" { credit 1 }\n"
            + "  unit M2 \"Two\" { credit 1 }\n"
            + "  group G \"G\" { units \"\u041c1\", \"M2\u200b\", \"\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440\" }\n"
            + "  rules { all units from group G }\n"
            + "}\n";

    @Test
    void lookAlikesAndInvisibleCharactersAreShownAndNamed() {
        Compilation c = Frontend.compile(new SourceFile("a.qdl", LOOK_ALIKES), Path.of("."));
        String out = new HumanRenderer(false).render(c.diagnostics());
        assertThat(out).doesNotContain("\u041c1").doesNotContain("\u200b")
                .contains("error[Q0102]: unknown unit `U+041C1` in group `G`")
                .contains("= note: `U+041C1` contains a character that looks like `M`: U+041C CYRILLIC CAPITAL LETTER EM")
                .contains("= help: did you mean `M1`?")
                .contains("error[Q0102]: unknown unit `M2U+200B` in group `G`")
                .contains("= note: `M2U+200B` contains an invisible character: U+200B ZERO WIDTH SPACE")
                // a word of Cyrillic with letters of its own is Cyrillic, not a disguise
                .contains("unknown unit `\u041c\u0435\u043d\u0435\u0434\u0436\u0435\u0440`");
        assertThat(ShortRenderer.render(c.diagnostics())).contains("unknown unit `U+041C1`")
                .doesNotContain("\u200b");
    }
}
