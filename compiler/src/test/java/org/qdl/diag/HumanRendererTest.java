package org.qdl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/** The human form's layout, against the contract's example and the cases around it. */
class HumanRendererTest {
    private final HumanRenderer renderer = new HumanRenderer(false);

    private static Span span(SourceFile f, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = f.text().indexOf(text, at + 1);
        }
        return new Span(f, at, at + text.length());
    }

    @Test
    void rendersTheContractsExample() {
        String text = "\n".repeat(40) + "  unit 4427-55\n";
        SourceFile f = new SourceFile("specs/svq-customer-service-scqf5.qdl", text);
        Diagnostic d = Diagnostic.of(Code.Q0102, span(f, "4427-55", 0), "unknown unit `4427-55` in group `B`")
                .withLabel("not declared in this qualification").withHelp("did you mean `4427-552`?");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0102]: unknown unit `4427-55` in group `B`
                  --> specs/svq-customer-service-scqf5.qdl:41:8
                   |
                41 |   unit 4427-55
                   |        ^^^^^^^ not declared in this qualification
                   |
                   = help: did you mean `4427-552`?
                """);
    }

    @Test
    void aSpanOverSeveralLinesGetsABar() {
        SourceFile f = new SourceFile("a.qdl", "qualification q \"Q\" {\n  grading {\n    no overall grade\n  }\n}\n");
        Diagnostic d = Diagnostic.of(Code.Q0114, new Span(f, f.text().indexOf("grading"),
                f.text().indexOf("  }\n}") + 3), "the qualification has two `grading` blocks").withLabel("second");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0114]: the qualification has two `grading` blocks
                 --> a.qdl:2:3
                  |
                2 | /   grading {
                3 | |     no overall grade
                4 | |   }
                  | |___^ second
                """);
    }

    @Test
    void aSpanStartingMidLineIsMarkedWhereItStarts() {
        SourceFile f = new SourceFile("a.qdl", "rules { at least\n  7 units }\n");
        Diagnostic d = Diagnostic.of(Code.Q0001, new Span(f, 8, f.text().indexOf("units") + 5), "m").withLabel("l");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0001]: m
                 --> a.qdl:1:9
                  |
                1 |   rules { at least
                  |  _________^
                2 | |   7 units }
                  | |_________^ l
                """);
    }

    @Test
    void tabsAreShownAsFourSpacesAndTheCaretsFollow() {
        SourceFile f = new SourceFile("a.qdl", "unit A1 \"t\" {\n\tcredit\tthree\n}\n");
        Diagnostic d = Diagnostic.of(Code.Q0001, span(f, "three", 0), "expected a number").withLabel("here");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0001]: expected a number
                 --> a.qdl:2:9
                  |
                2 |     credit    three
                  |               ^^^^^ here
                """);
    }

    @Test
    void aNoteInAnotherFileGetsItsOwnHeader() {
        SourceFile main = new SourceFile("award.qdl", "import \"shared.qdl\"\nunit A1 \"Two\" { credit 3 }\n");
        SourceFile shared = new SourceFile("shared.qdl", "unit A1 \"One\" { credit 3 }\n");
        Diagnostic d = Diagnostic.of(Code.Q0101, span(main, "A1", 0), "unit `A1` is also declared in `shared.qdl`")
                .withLabel("declared here").withNote(span(shared, "A1", 0), "and declared here");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0101]: unit `A1` is also declared in `shared.qdl`
                 --> award.qdl:2:6
                  |
                2 | unit A1 "Two" { credit 3 }
                  |      ^^ declared here
                  |
                 ::: shared.qdl:1:6
                  |
                1 | unit A1 "One" { credit 3 }
                  |      -- and declared here
                """);
    }

    @Test
    void theGutterFitsTheWidestLineNumber() {
        SourceFile f = new SourceFile("a.qdl", "x\n".repeat(9) + "first\n" + "y\n".repeat(90) + "second\n");
        Diagnostic d = Diagnostic.of(Code.Q0103, span(f, "first", 0), "m").withNote(span(f, "second", 0), "n");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0103]: m
                   --> a.qdl:10:1
                    |
                 10 | first
                    | ^^^^^
                    |
                101 | second
                    | ------ n
                """);
    }

    @Test
    void theEndOfTheFileIsShownAfterTheLastCharacter() {
        SourceFile f = new SourceFile("a.qdl", "unit A1 \"t\" {\n  glh");
        Diagnostic d = Diagnostic.of(Code.Q0001, Span.at(f, f.text().length()), "expected a number of hours")
                .withLabel("the file ends here");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0001]: expected a number of hours
                 --> a.qdl:2:6
                  |
                2 |   glh
                  |      ^ the file ends here
                """);
    }

    @Test
    void aVeryLongLineIsCutToTheSpan() {
        SourceFile f = new SourceFile("a.qdl", "x".repeat(300) + " target " + "y".repeat(300) + "\n");
        String out = renderer.render(Diagnostic.of(Code.Q0001, span(f, "target", 0), "m").withLabel("here"));
        String[] lines = out.split("\n");

        assertThat(lines[3]).startsWith("1 | ...").endsWith("...").hasSizeLessThan(140);
        assertThat(lines[4].indexOf('^')).isEqualTo(lines[3].indexOf("target"));
    }

    @Test
    void aFileWithNoTextShowsNoSnippet() {
        SourceFile f = new SourceFile("photo.qdl", "");
        Diagnostic d = Diagnostic.of(Code.Q0009, Span.at(f, 0), "`photo.qdl` is not a text file")
                .withHelp("a QDL spec is UTF-8 text");

        assertThat(renderer.render(d)).isEqualTo("""
                error[Q0009]: `photo.qdl` is not a text file
                 --> photo.qdl:1:1
                  |
                  = help: a QDL spec is UTF-8 text
                """);
    }

    @Test
    void colourIsOnlyThereWhenAskedFor() {
        SourceFile f = new SourceFile("a.qdl", "unit A1\n");
        Diagnostic d = Diagnostic.of(Code.Q0310, span(f, "A1", 0), "no rule can count unit `A1`");

        assertThat(renderer.render(d)).doesNotContain("\u001b[");
        assertThat(new HumanRenderer(true).render(d)).contains("\u001b[1;33mwarning[Q0310]\u001b[0m");
    }

    @Test
    void theShortFormIsOneLineEach() {
        SourceFile f = new SourceFile("specs/a.qdl", "\n  unit 4427-55\n");
        Diagnostic d = Diagnostic.of(Code.Q0102, span(f, "4427-55", 0), "unknown unit `4427-55` in group `B`");

        assertThat(ShortRenderer.render(java.util.List.of(d, d)))
                .isEqualTo("specs/a.qdl:2:8: error[Q0102]: unknown unit `4427-55` in group `B`\n".repeat(2));
    }
}
