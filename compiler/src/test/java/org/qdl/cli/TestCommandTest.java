package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** `qdl test`: the seed specs' own tests pass, and a wrong expectation fails the way an author needs to see. */
class TestCommandTest {
    @TempDir
    Path dir;

    private static final String SPEC = """
            qualification tidy "Tidy Award" {
              awarding body "QDL Tests"
              framework RQF
              level 2

              group core "Core units" {
                unit T1 "First unit" {
                  level 2
                  credit 5
                }
                unit T2 "Second unit" {
                  level 2
                  credit 5
                }
              }

              rules {
                core-rule: all units from group core
              }
            }
            """;

    private Qdl.Run run(String tests, String... args) throws Exception {
        Files.writeString(dir.resolve("tidy.qdl"), SPEC);
        Files.writeString(dir.resolve("tidy.test.yaml"), tests);
        return Qdl.in(dir).run(args);
    }

    @Test
    void everySeedSpecHasTestsAndTheyPass() {
        Qdl.Run run = Qdl.in(Fixtures.repo()).run("test", "specs/");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ok   specs/svq-customer-service-scqf5.test.yaml: 12 cases passed")
                .contains("test result: ok. 42 passed, 0 failed (5 test files)");
    }

    @Test
    void aFailingCaseShowsExpectedAgainstGotWithTheLearnersUnits() throws Exception {
        Qdl.Run run = run("""
                spec: tidy.qdl
                cases:
                  - name: both units
                    units: [T1, T2]
                    expect: {achieved: true, unitsNeeded: 0}
                  - name: only the first
                    learner: L2
                    units: [T1]
                    expect: {achieved: true, shortfalls: []}
                """, "test", "tidy.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).contains("FAIL tidy.test.yaml:6: only the first")
                .contains("learner:     L2").contains("units:       T1\n")
                .contains("achieved:    expected: true\n                    got: false")
                .contains("shortfalls:  expected: none\n                    got: core-rule")
                .contains("test result: FAILED. 1 passed, 1 failed (1 test file)");
    }

    @Test
    void gradeUnitsNeededAndProblemsAreChecked() throws Exception {
        Qdl.Run run = run("""
                spec: tidy.qdl
                cases:
                  - name: an unknown unit
                    units: [T1, T9]
                    expect: {achieved: false, grade: null, unitsNeeded: 1, shortfalls: [core-rule], problems: [E001]}
                  - name: wrong count
                    units: []
                    expect: {unitsNeeded: 1}
                """, "test", "--format", "json", ".");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("passed").asInt()).isEqualTo(1);
        assertThat(doc.get("failed").asInt()).isEqualTo(1);
        JsonNode mismatch = doc.get("files").get(0).get("cases").get(1).get("mismatches").get(0);
        assertThat(mismatch.get("fact").asText()).isEqualTo("unitsNeeded");
        assertThat(mismatch.get("expected").asText()).isEqualTo("1");
        assertThat(mismatch.get("got").asText()).isEqualTo("2");
    }

    @Test
    void junitXmlForCi() throws Exception {
        Qdl.Run run = run("""
                spec: tidy.qdl
                cases:
                  - name: "a <tricky> & name"
                    units: [T1]
                    expect: {achieved: true}
                """, "test", "--format", "junit", "tidy.test.yaml");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        Element testcase = (Element) root.getElementsByTagName("testcase").item(0);
        assertThat(testcase.getAttribute("name")).isEqualTo("a <tricky> & name");
        assertThat(testcase.getElementsByTagName("failure").item(0).getTextContent())
                .contains("achieved: expected true, got false").contains("units T1");
    }

    @Test
    void aMistakeInATestFileIsNamedWithItsPlaceAndNeverIgnored() throws Exception {
        Qdl.Run run = run("""
                spec: tidy.qdl
                cases:
                  - name: typo
                    units: [T1]
                    expect: {achieved: true, unitNeeded: 0}
                """, "test", ".");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("tidy.test.yaml:5:30: error: unknown key `unitNeeded` in `expect`; "
                + "did you mean `unitsNeeded`?\n");
        assertThat(run.out()).contains("ERROR tidy.test.yaml: could not run");
    }

    @Test
    void aCriterionRatedTwiceIsAnErrorNotAnOverwrite() throws Exception {
        Qdl.Run run = run("""
                spec: tidy.qdl
                cases:
                  - name: twice
                    units: [{unit: T1, criteria: {"1.1": S, "1.1": H}}]
                    expect: {achieved: false}
                """, "test", "tidy.test.yaml");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("tidy.test.yaml:4:45: error: criterion `1.1` is rated twice for unit `T1`");
    }

    @Test
    void aBrokenSpecIsReportedAsCheckReportsIt() throws Exception {
        Files.writeString(dir.resolve("broken.qdl"), "qualification broken \"B\" {\n  rules { all units from group nope }\n}\n");
        Files.writeString(dir.resolve("broken.test.yaml"), "spec: broken.qdl\ncases:\n  - name: x\n    units: []\n"
                + "    expect: {achieved: false}\n");
        Qdl.Run run = Qdl.in(dir).run("test", "broken.test.yaml");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[").contains("--> broken.qdl:");
    }

    @Test
    void aReportThatCannotBeWrittenIsNotASuccess() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        Qdl.Run run = Qdl.in(Fixtures.repo()).stdout(full).run("test", "specs/");
        assertThat(run.exit()).isEqualTo(ExitCode.OUTPUT);
        assertThat(run.err()).contains("cannot write to stdout");
    }

    @Test
    void aSpecWithoutATestFileOrAnEmptyFolderIsAUsageError() throws Exception {
        Files.writeString(dir.resolve("alone.qdl"), SPEC);
        Files.createDirectory(dir.resolve("empty"));
        assertThat(Qdl.in(dir).run("test", "alone.qdl").err()).contains("has no test file beside it: "
                + "expected `alone.test.yaml`");
        Qdl.Run empty = Qdl.in(dir).run("test", "empty");
        assertThat(empty.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(empty.err()).contains("no `*.test.yaml` files under folder `empty`");
    }
}
