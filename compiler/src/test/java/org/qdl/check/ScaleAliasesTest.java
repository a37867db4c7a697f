package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrException;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.words.ResultWords;
import org.qdl.syntax.SourceFile;

/** `P "Pass" also "Passed", Pa`: other spellings of a scale's labels, from the spec to the engine's reading. */
class ScaleAliasesTest {
    private static final String SPEC = """
            qualification al "Alias award" {
              scale pmd "Grades" {
                Fail < Pass also "Passed", P < Merit < Distinction also D, "D*"
                achieved Pass or above
              }
              group A "All" {
                unit U1 "One" { grading scale pmd }
                unit U2 "Two" { grading scale pmd }
              }
              rules {
                all units from group A
              }
            }
            """;

    private static Compilation compile(String text) {
        return Frontend.compile(new SourceFile("al.qdl", text), Path.of("."));
    }

    private static IrDocument ir() {
        Compilation c = compile(SPEC);
        assertThat(c.diagnostics()).isEmpty();
        return c.ir().orElseThrow();
    }

    @Test
    void aliasesAreLoweredIntoTheScaleAndMatchTheSchema() throws Exception {
        IrDocument ir = ir();
        assertThat(ir.formatVersion()).isEqualTo(org.qdl.runtime.ir.IrFormat.VERSION);
        assertThat(ir.scales().get(0).aliases())
                .isEqualTo(Map.of("Pass", List.of("Passed", "P"), "Distinction", List.of("D", "D*")));
        String json = IrJson.write(ir);
        assertThat(IrJson.read(json, "al.qdl.json")).isEqualTo(ir);
        JsonNode node = new ObjectMapper().readTree(json);
        try (InputStream in = IrFormat.class.getResourceAsStream(IrFormat.SCHEMA_RESOURCE)) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in).validate(node);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void aScaleWithoutAliasesWritesNone() {
        Compilation c = compile(SPEC.replace(" also \"Passed\", P", "").replace(" also D, \"D*\"", ""));
        assertThat(IrJson.write(c.ir().orElseThrow())).doesNotContain("aliases");
    }

    @Test
    void theEngineReadsAnAliasAsItsLabelIgnoringCase() {
        CompiledQualification q = CompiledQualification.compile(ir());
        Result r = q.evaluate(new Candidate("A", List.of(Achievement.withResult("U1", "passed"),
                Achievement.withResult("U2", "d*"))), EvaluationOptions.DEFAULT);
        assertThat(r.achieved()).isTrue();
        assertThat(r.problems()).isEmpty();
        assertThat(r.unitResults()).extracting(u -> u.grade()).containsExactly("Pass", "Distinction");
    }

    @Test
    void aResultNotOnTheScaleIsOfferedTheLabelItMeant() {
        CompiledQualification q = CompiledQualification.compile(ir());
        Result r = q.evaluate(new Candidate("B", List.of(Achievement.withResult("U1", "Dist"),
                Achievement.withResult("U2", "Merrit"))), EvaluationOptions.DEFAULT);
        ResultWords words = ResultWords.of(q.ir());
        assertThat(r.problems()).extracting(words::problem).containsExactly(
                "unit `U1` has result `Dist`, which is not on its scale (Fail, Pass, Merit, Distinction); it is not "
                        + "counted; did you mean `Distinction`?",
                "unit `U2` has result `Merrit`, which is not on its scale (Fail, Pass, Merit, Distinction); it is "
                        + "not counted; did you mean `Merit`?");
    }

    @Test
    void anAliasThatReadsAsAnotherLabelIsAnError() {
        Compilation c = compile(SPEC.replace("also D, \"D*\"", "also D, \"p\""));
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.Q0150);
        assertThat(c.diagnostics().get(0).message())
                .isEqualTo("alias `p` of `Distinction` reads as `Pass` in scale `pmd`");
        assertThat(c.hasErrors()).isTrue();
    }

    @Test
    void anAliasThatIsItsOwnLabelIsAWarning() {
        Compilation c = compile(SPEC.replace("also D, \"D*\"", "also D, DISTINCTION"));
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.Q0151);
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.ir().orElseThrow().scales().get(0).aliases().get("Distinction")).containsExactly("D");
    }

    @Test
    void theIrReaderRefusesAliasesThatDoNotReadAsOneLabel() {
        String json = IrJson.write(ir());
        assertThatThrownBy(() -> IrJson.read(json.replace("\"D*\"", "\"merit\""), "x.qdl.json"))
                .isInstanceOf(IrException.class).hasMessageContaining("which already reads as `Merit`");
        assertThatThrownBy(() -> IrJson.read(json.replace("\"Distinction\" : [", "\"Excellent\" : ["),
                "x.qdl.json")).isInstanceOf(IrException.class)
                .hasMessageContaining("names `Excellent`, not one of the scale's labels");
    }
}
