package org.qdl.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.Node;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.UnitEntry;

/**
 * A front end that never gives up: the parser returns a tree with error nodes where the text is broken, the
 * checker runs on it, one mistake gives one diagnostic, and independent mistakes all show in one run.
 */
class RecoveryTest {
    private static final Path SVQ = Specs.root().resolve("specs/svq-customer-service-scqf5.qdl");
    private static final Path CUSTOMER_1ST = Specs.root().resolve("specs/customer1st-award-cs-professionals.qdl");

    private static Compilation check(String text) {
        return Frontend.compile(new SourceFile("spec.qdl", text), Path.of("."));
    }

    private static List<String> found(Compilation c) {
        return c.diagnostics().stream().map(d -> d.code() + "@" + d.span().line()).toList();
    }

    @Test
    void twoSyntaxErrorsInTwoUnitsAndASemanticErrorElsewhereAreAllReported() {
        Compilation c = check("""
                qualification award "Award in Customer Service" {
                  framework RQF
                  level 2
                  unit A1 "Communicate with customers" {
                    credit three
                    level 2
                  }
                  unit A2 "Handle complaints" {
                    glh
                    credit 4
                  }
                  group A "Mandatory units" { units A1, A2 }
                  rules {
                    all units from group A
                    1 unit from group Z
                  }
                }
                """);
        assertThat(found(c)).containsExactly("Q0001@5", "Q0001@9", "Q0104@15");
        assertThat(c.qualification()).isEmpty();
    }

    @Test
    void aBrokenRuleDoesNotHideAnUnknownUnitInALaterGroup() {
        Compilation c = check("""
                qualification award "Award in Customer Service" {
                  rules {
                    at least 1 unit form group B
                  }
                  group B "Optional units" {
                    units A1, A9
                  }
                  unit A1 "Communicate with customers" { credit 3 }
                }
                """);
        assertThat(found(c)).containsExactly("Q0001@3", "Q0102@6");
        assertThat(c.diagnostics().get(1).message()).contains("`A9`");
    }

    @Test
    void aBrokenImportIsOneDiagnosticNotOnePerNameTheImportedFileWouldHaveDeclared() {
        Compilation c = check("""
                import shared/units.qdl
                qualification award "Award in Customer Service" {
                  rules { all units from group A }
                }
                """);
        assertThat(found(c)).containsExactly("Q0001@1");
    }

    @Test
    void aMisspeltScaleDeclarationIsOneDiagnosticHoweverManyUnitsUseIt() throws IOException {
        String text = Files.readString(CUSTOMER_1ST).replace("scale pass-nyp \"", "scale pass-nyq \"");
        Compilation c = check(text);
        assertThat(c.diagnostics()).hasSize(1);
        Diagnostic d = c.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(Code.Q0107);
        assertThat(d.message()).isEqualTo("unknown scale `pass-nyp`");
        assertThat(d.help()).contains("did you mean `pass-nyq`?");
        assertThat(d.notes()).singleElement().satisfies(n -> assertThat(n.message()).endsWith("8 more times"));
    }

    @Test
    void aUnitWhoseGradingNamesAMissingScaleIsOneDiagnostic() throws IOException {
        String text = Files.readString(CUSTOMER_1ST);
        int first = text.indexOf("grading scale pass-nyp");
        text = text.substring(0, first) + "grading scale pass-nyq" + text.substring(first + 22);
        assertThat(found(check(text))).containsExactly("Q0107@173");
    }

    @Test
    void aScaleWhoseKeywordIsMisspeltIsOneDiagnosticNotOnePerUnitThatUsesIt() throws IOException {
        String text = Files.readString(CUSTOMER_1ST).replace("scale pass-nyp \"", "scael pass-nyp \"");
        Compilation c = check(text);
        assertThat(found(c)).containsExactly("Q0001@164");
        assertThat(c.diagnostics().get(0).help()).contains("did you mean `scale`?");
    }

    @Test
    void aScaleWithABrokenLabelLineIsOneDiagnostic() throws IOException {
        String text = Files.readString(CUSTOMER_1ST).replace("\"Not yet passed\" < Pass", "\"Not yet passed\" < < Pass");
        assertThat(found(check(text))).containsExactly("Q0001@165");
    }

    static List<Integer> cuts() {
        return List.of(20, 35, 50, 65, 80);
    }

    @ParameterizedTest
    @MethodSource("cuts")
    void aSpecCutShortKeepsTheUnitsAndGroupsBeforeTheCut(int percent) throws IOException {
        String whole = Files.readString(SVQ);
        int cut = whole.length() * percent / 100;
        SpecFile full = SpecParser.parse(new SourceFile("svq.qdl", whole)).tree();
        ParseResult truncated = SpecParser.parse(new SourceFile("svq.qdl", whole.substring(0, cut)));

        assertThat(truncated.ok()).isFalse();
        assertThat(truncated.diagnostics()).isNotEmpty();
        List<String> before = declared(full).stream().filter(n -> n.end() < cut).map(Named::name).toList();
        assertThat(before).isNotEmpty();
        assertThat(declared(truncated.tree()).stream().map(Named::name).toList()).containsAll(before);
        assertThat(check(whole.substring(0, cut)).hasErrors()).isTrue();
    }

    static List<Object[]> specsCutAtALine() throws IOException {
        List<Object[]> out = new ArrayList<>();
        for (Path spec : Specs.all().toList()) {
            for (int percent : List.of(30, 60, 90)) {
                out.add(new Object[] {spec.getFileName().toString(), percent});
            }
        }
        return out;
    }

    /** What a cut-short unit lacks (its criteria, its `}`) follows from the cut, and is not reported. */
    @ParameterizedTest(name = "{0} cut at {1}%")
    @MethodSource("specsCutAtALine")
    void aSeedSpecCutShortAtTheEndOfALineIsOneDiagnostic(String spec, int percent) throws IOException {
        List<String> lines = Files.readAllLines(Specs.root().resolve("specs").resolve(spec));
        String cut = String.join("\n", lines.subList(0, lines.size() * percent / 100)) + "\n";
        assertThat(check(cut).diagnostics()).hasSize(1);
    }

    private record Named(String name, int end) {
    }

    /** The units and groups a tree declares, in and out of the qualification, with where each ends. */
    private static List<Named> declared(SpecFile file) {
        List<Named> out = new ArrayList<>();
        file.declarations().forEach(d -> collect(d, out));
        return out;
    }

    private static void collect(Node node, List<Named> out) {
        if (node instanceof QualificationDecl q) {
            q.members().forEach(m -> collect(m, out));
        } else if (node instanceof GroupDecl g) {
            out.add(new Named("group " + g.name().text(), g.span().end()));
            g.members().forEach(m -> collect(m, out));
        } else if (node instanceof UnitEntry.UnitDecl u) {
            out.add(new Named("unit " + u.ref().text(), u.span().end()));
        }
    }

    @Test
    void aBrokenLineInAUnitCostsTheTreeThatLineAndNoMore() {
        ParseResult r = SpecParser.parse(new SourceFile("u.qdl", """
                unit A1 "Communicate with customers" {
                  credit 3
                  levle 2
                  glh 20
                }
                """));
        assertThat(r.ok()).isFalse();
        UnitEntry.UnitDecl unit = (UnitEntry.UnitDecl) r.tree().declarations().get(0);
        assertThat(unit.attributes()).hasSize(3);
        assertThat(unit.attributes().get(1)).isInstanceOf(ErrorNode.class);
        assertThat(unit.attributes().get(1).span().line()).isEqualTo(3);
        assertThat(unit.attributes().get(2).keyword()).isEqualTo("glh");
    }

    @Test
    void aTreeWithErrorNodesHasNoCanonicalText() {
        ParseResult r = SpecParser.parse(new SourceFile("u.qdl", "unit A1 \"Title\" { credit }\n"));
        assertThat(ErrorNode.in(r.tree())).isNotEmpty();
        assertThatThrownBy(() -> Printer.print(r.tree())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsingIsAFunctionOfTheTextAlone() throws IOException {
        String text = Files.readString(SVQ);
        String broken = text.replace("all units from group A", "all units form group A");
        ParseResult first = SpecParser.parse(new SourceFile("svq.qdl", broken));
        SpecParser.parse(new SourceFile("other.qdl", "qualification x { rules { 1 unit from } }"));
        SpecParser.parse(new SourceFile("svq.qdl", text));
        ParseResult again = SpecParser.parse(new SourceFile("svq.qdl", broken));
        // records all the way down, so their text shows every node, span and diagnostic
        assertThat(again.toString().equals(first.toString())).as("the same tree and diagnostics").isTrue();
        assertThat(first.ok()).isFalse();
        assertThat(check(broken).diagnostics().toString()).isEqualTo(check(broken).diagnostics().toString());
    }
}
