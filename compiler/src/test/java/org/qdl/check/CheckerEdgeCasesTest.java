package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;

/** The checker where the language's parts meet: libraries, imports, pathways, quantifiers, whole structures. */
class CheckerEdgeCasesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Compilation check(String name, String text) throws IOException {
        return Frontend.compile(write(name, text), name);
    }

    private static List<Code> codes(Compilation c) {
        return c.diagnostics().stream().map(Diagnostic::code).toList();
    }

    /** The lines a diagnostic points at: its own first, then its notes'. */
    private static List<Integer> lines(Diagnostic d) {
        List<Integer> out = new java.util.ArrayList<>();
        out.add(d.span().line());
        d.notes().forEach(n -> out.add(n.span().line()));
        return out;
    }

    private static final String LIBRARY = """
            scale pass-fail "Pass or fail" { Fail < Pass  achieved Pass }
            unit A1 "Communicate with customers" { level 2 credit 3 grading scale pass-fail }
            unit A2 "Handle complaints" { level 2 credit 3 grading scale pass-fail }
            group A "Mandatory units" { units A1, A2 }
            """;

    @Test
    void aCleanLibraryChecksSilently() throws IOException {
        Compilation c = check("library.qdl", LIBRARY);
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.qualification()).isEmpty();
    }

    @Test
    void aLibraryIsCheckedAllTheSame() throws IOException {
        Compilation c = check("library.qdl", LIBRARY.replace("grading scale pass-fail }\nunit A2",
                "grading scale pass-fial }\nunit A2").replace("units A1, A2", "units A1, A2, A3"));
        assertThat(codes(c)).containsExactly(Code.Q0107, Code.Q0102);
        assertThat(c.diagnostics().get(1).label()).isEqualTo("not declared in this file or the files it imports");
    }

    @Test
    void importsAreRelativeToTheImportingFile() throws IOException {
        write("common/scales.qdl", "scale pass-fail \"Pass or fail\" { Fail < Pass  achieved Pass }\n");
        write("specs/shared/units.qdl", """
                import "../../common/scales.qdl"
                unit A1 "Communicate with customers" { credit 3 grading scale pass-fail }
                group A "Mandatory units" { units A1 }
                """);
        Compilation c = Frontend.compile(write("specs/award.qdl", """
                import "shared/units.qdl"
                qualification award "Award in Customer Service" {
                  rules { all units from group A }
                }
                """), "specs/award.qdl");
        assertThat(c.diagnostics()).isEmpty();
        assertThat(c.qualification().orElseThrow().units()).extracting(u -> u.ref()).containsExactly("A1");
    }

    @Test
    void aMissingImportIsReportedAloneAtTheImport() throws IOException {
        Compilation c = check("award.qdl", """
                import "shared/units.qdl"
                qualification award "Award in Customer Service" {
                  rules { all units from group A }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0110);
        assertThat(c.diagnostics().get(0).message()).contains("`shared/units.qdl`");
        assertThat(c.diagnostics().get(0).span().line()).isEqualTo(1);
    }

    /** Found by fuzzing: the path was handed to the file system unchecked, which threw (exit 70 from `qdl`). */
    @Test
    void anImportNoFileNameCanHoldIsReportedAtTheImport() {
        Compilation c = Frontend.compile(new org.qdl.syntax.SourceFile("award.qdl",
                "import \"units\u0000.qdl\"\nunit B1 \"b1\" { credit 3 }\n"), dir);
        assertThat(codes(c)).containsExactly(Code.Q0110);
        assertThat(c.diagnostics().get(0).message()).isEqualTo(
                "cannot import `units\u0000.qdl`: it is not a file name this system allows");
        assertThat(new org.qdl.diag.HumanRenderer(false).render(c.diagnostics())).contains("`unitsU+0000.qdl`");
        assertThat(c.diagnostics().get(0).span().line()).isEqualTo(1);
    }

    @Test
    void aMisspeltImportGetsTheFileBesideIt() throws IOException {
        write("shared/customer-units.qdl", LIBRARY);
        Compilation c = check("award.qdl", "import \"shared/custmer-units.qdl\"\nunit B1 \"b1\" { credit 3 }\n");
        assertThat(codes(c)).containsExactly(Code.Q0110);
        assertThat(c.diagnostics().get(0).help()).hasValue(
                "did you mean \"shared/customer-units.qdl\"? import paths are relative to the importing file");
    }

    /**
     * Found by fuzzing: equivalent units declared in an endorsement count once for every rule (the engine applies
     * them to the whole qualification), but the pathway's proof left them out, so a pathway no candidate can
     * achieve passed the check.
     */
    @Test
    void equivalentUnitsDeclaredAnywhereTakePartInEveryProof() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award" {
                  group A "Units" {
                    unit U1 "One" { credit 3 }
                    unit U2 "Two" { credit 3 }
                    unit U4 "Four" { credit 3 }
                  }
                  rules { all units from group A }
                  pathway p1 "Pathway" { 1 unit from units U4 }
                  endorsement e "Endorsement" { equivalent units U1, U2 }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0308);

        Compilation core = check("core.qdl", """
                qualification award "Award" {
                  group A "Units" {
                    unit U1 "One" { credit 3 }
                    unit U2 "Two" { credit 3 }
                    unit U3 "Three" { credit 3 }
                  }
                  rules { at least 3 units from group A }
                  endorsement e "Endorsement" { equivalent units U1, U2 }
                }
                """);
        assertThat(codes(core)).contains(Code.Q0307);
    }

    @Test
    void anImportCycleIsAWarningAndTheSpecStillBuilds() throws IOException {
        write("units.qdl", "import \"groups.qdl\"\nunit A1 \"Communicate with customers\" { credit 3 }\n");
        write("groups.qdl", "import \"units.qdl\"\ngroup A \"Mandatory units\" { units A1 }\n");
        Compilation c = check("award.qdl", """
                import "units.qdl"
                qualification award "Award in Customer Service" {
                  rules { all units from group A }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0111);
        assertThat(c.diagnostics().get(0).message()).isEqualTo("import cycle: `units.qdl` → `groups.qdl` → `units.qdl`");
        assertThat(c.qualification()).isPresent();
    }

    @Test
    void aNameDeclaredInAFileAndItsImportIsReportedInTheImportingFile() throws IOException {
        write("shared.qdl", LIBRARY);
        Compilation c = check("award.qdl", """
                import "shared.qdl"
                qualification award "Award in Customer Service" {
                  framework RQF
                  unit A1 "Communicate with customers (2024)" { credit 3 }
                  rules { all units from group A }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0101);
        Diagnostic d = c.diagnostics().get(0);
        assertThat(d.span().file().path()).isEqualTo("award.qdl");
        assertThat(d.message()).isEqualTo("unit `A1` is also declared in `shared.qdl`");
        assertThat(d.notes()).singleElement().satisfies(n -> assertThat(n.span().file().path()).isEqualTo("shared.qdl"));
    }

    @Test
    void eachOfGroupsIsCheckedGroupByGroup() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  group A "A" { unit A1 "a1" { credit 3 } unit A2 "a2" { credit 3 } }
                  group B "B" { unit B1 "b1" { credit 3 } }
                  rules { 2 units from each of groups A, B }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0301);
        assertThat(c.diagnostics().get(0).message()).isEqualTo("this rule needs 2 units from group B, which has 1");
    }

    @Test
    void pathwayRulesReferToTheQualificationsGroups() throws IOException {
        String spec = """
                qualification diploma "Diploma in Care" {
                  group A "Mandatory units" { unit A1 "a1" { credit 3 } }
                  group D "Dementia units" { unit D1 "d1" { credit 3 } unit D2 "d2" { credit 3 } }
                  rules { all units from group A }
                  pathway dementia "Diploma in Care (Dementia)" { 1 unit from group D }
                  endorsement extra "Diploma in Care with Distinction" { 2 units from group D }
                }
                """;
        assertThat(check("ok.qdl", spec).diagnostics()).isEmpty();
        Compilation unknown = check("unknown.qdl", spec.replace("1 unit from group D", "1 unit from group E"));
        assertThat(codes(unknown)).containsExactly(Code.Q0104);
    }

    @Test
    void includingOnARuleThatTakesNoUnitsSaysWhy() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  framework RQF
                  level 2
                  group A "A" { unit A1 "a1" { level 2 credit 3 } unit A2 "a2" { level 2 credit 3 } }
                  rules {
                    all units from group A
                    at least 2 units in total including A1
                    at least 3 credits at level 2 from group A including A1
                    at least 1 unit from group A including A1 shared
                    at most 2 units from group A including A1
                  }
                }
                """);
        assertThat(codes(c)).containsOnly(Code.Q0113).hasSize(4);
        assertThat(c.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "`including` is not allowed here: a rule in total counts every unit",
                "`including` is not allowed here: a rule at a level counts every unit at that level, rather than "
                        + "taking units for itself",
                "`including` is not allowed here: a `shared` rule counts units that other rules take, rather than "
                        + "taking units for itself",
                "`including` is not allowed here: a rule with only a maximum takes no units for itself");
    }

    @Test
    void levelsWithoutAFrameworkAreReportedOnce() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  level 2
                  group A "A" { unit A1 "a1" { level 2 credit 3 } unit A2 "a2" { level 3 credit 3 } }
                  rules { all units from group A }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0115);
    }

    @Test
    void anUnknownFrameworkIsNotAlsoAMissingOne() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  framework RFQ
                  level 2
                  unit A1 "a1" { level 2 credit 3 }
                  rules { all units from units A1 }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0120);
    }

    @Test
    void theWholeStructureIsProvedNotRuleByRule() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  group A "A" { unit A1 "a1" { credit 3 } unit A2 "a2" { credit 3 } unit A3 "a3" { credit 3 } }
                  group B "B" { unit B1 "b1" { credit 3 } unit B2 "b2" { credit 3 } }
                  rules {
                    at least 1 unit in total
                    2 units from group A
                    1 unit from any of groups A and B
                    at least 2 units from group B
                    at least 6 credits from group A
                  }
                }
                """);
        // Each rule can be met; together they ask for 2 + 2 (6 credits) of group A's 3 units. The smallest
        // conflicting set is the two rules over group A alone; the others are not blamed.
        assertThat(codes(c)).containsExactly(Code.Q0307);
        assertThat(lines(c.diagnostics().get(0))).containsExactly(6, 9);
    }

    @Test
    void anImpossibleCoreIsReportedAsSuchEvenWithPathways() throws IOException {
        Compilation c = check("award.qdl", """
                qualification diploma "Diploma in Care" {
                  group A "A" { unit A1 "a1" { credit 3 } unit A2 "a2" { credit 3 } }
                  group D "D" { unit D1 "d1" { credit 3 } }
                  rules {
                    all units from group A
                    at most 1 unit in total
                  }
                  pathway dementia "Diploma in Care (Dementia)" { 1 unit from group D }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0307);
        assertThat(lines(c.diagnostics().get(0))).containsExactly(5, 6);
    }

    @Test
    void aPathwayConflictNamesTheCommonRulesItClashesWith() throws IOException {
        Compilation c = check("award.qdl", """
                qualification diploma "Diploma in Care" {
                  group A "A" { unit A1 "a1" { credit 3 } unit A2 "a2" { credit 3 } }
                  group D "D" { unit D1 "d1" { credit 3 } unit D2 "d2" { credit 3 } }
                  rules {
                    all units from group A
                    at most 3 units in total
                  }
                  pathway dementia "Diploma in Care (Dementia)" {
                    overview "For carers of people with dementia."
                    2 units from group D
                  }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0308);
        Diagnostic d = c.diagnostics().get(0);
        assertThat(lines(d)).containsExactly(10, 5, 6);
        assertThat(d.notes()).extracting(Diagnostic.Note::message)
                .containsOnly("conflicts with this rule of the qualification");
    }

    @Test
    void barredUnitsNotDeclaredAreNotAlsoTooFew() throws IOException {
        Compilation c = check("award.qdl", """
                qualification award "Award in Customer Service" {
                  unit A1 "a1" { credit 3 }
                  rules {
                    all units from units A1
                    barred units X1, X2
                  }
                }
                """);
        assertThat(codes(c)).containsExactly(Code.Q0102, Code.Q0102);
    }

    @Test
    void withoutATqtTheSizeWordIsCheckedAgainstTheCredit() throws IOException {
        String spec = """
                qualification q "Level 2 Certificate" {
                  size SIZE
                  credit CREDIT
                  group g "G" { unit A "A" { credit 8 } unit B "B" { credit 7 } }
                  rules { at least 1 unit from group g }
                }
                """;
        assertThat(codes(check("a.qdl", spec.replace("SIZE", "certificate").replace("CREDIT", "8"))))
                .containsExactly(Code.Q0205);
        assertThat(codes(check("b.qdl", spec.replace("SIZE", "award").replace("CREDIT", "8")))).isEmpty();
        assertThat(codes(check("c.qdl", spec.replace("SIZE", "certificate").replace("CREDIT", "13")))).isEmpty();
        assertThat(codes(check("d.qdl", spec.replace("SIZE", "certificate").replace("CREDIT", "37"))))
                .containsExactly(Code.Q0205);
        // with a TQT, the TQT decides (and the credit is checked against it, Q0203)
        assertThat(codes(check("e.qdl", spec.replace("SIZE", "certificate").replace("CREDIT", "8\n  tqt 150"))))
                .containsExactly(Code.Q0203);
    }
}
