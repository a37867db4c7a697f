package org.qdl.runtime.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, items 7 and 15: a hand-made IR that would change results is refused, and no message shows Jackson's or
 * Java's insides.
 */
class StrictIrTest {

    /** Unit U1 graded on Fail < Pass < Merit; the qualification's grade Merit when every unit is graded Merit. */
    private static String graded(String unitGrade, String conditionLabel) {
        IrScale scale = new IrScale("pm", "Grades", List.of("Fail", "Pass", "Merit"), null, List.of("Pass", "Merit"));
        IrUnit unit = new IrUnit("U1", "unit", "One", null, null, null, "pm", null, List.of(), null,
                unitGrade == null ? List.of() : List.of(new IrGradeRule(unitGrade, null)), List.of(), null);
        IrRule rule = new IrRule("all", null, "all units from group G", IrRule.Counting.CLAIMS,
                new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of("G")),
                List.of("U1"), null, new IrRule.IrBounds(BigDecimal.ONE, null), null, List.of(), false, null);
        IrCondition when = new IrCondition("every unit graded " + conditionLabel, List.of(new IrCondition.IrAtom(
                IrCondition.Kind.EVERY_UNIT, conditionLabel, IrComparison.GE, null, false, null)));
        return IrJson.write(new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("q", "Q", null, List.of(), null, null, null), List.of(scale), List.of(unit),
                List.of(new IrGroup("G", null, List.of("U1"), List.of(), null)), List.of(rule), List.of(), List.of(),
                new IrGrading(List.of(new IrGradeRule("Merit", when), new IrGradeRule("Pass", null)), null)));
    }

    @Test
    void aGradeConditionNamingALabelNotOnAnyScaleIsRefused() throws IrException {
        assertThat(IrJson.read(graded(null, "Merit"), "q.qdl.json").grading().rules()).hasSize(2);
        assertThatThrownBy(() -> IrJson.read(graded(null, "Distinction"), "q.qdl.json"))
                .hasMessageContaining("$.grading.rules[0].when.all[0].label")
                .hasMessageContaining("`Distinction`, not a grade any unit can have");
    }

    @Test
    void aUnitsOwnGradeRulesAddToWhatTheQualificationsConditionsMayName() throws IrException {
        // a unit's grade rules, decided from its criteria, may give grades beyond its grading scale
        assertThat(IrJson.read(graded("Distinction", "Distinction"), "q.qdl.json").grading().rules()).hasSize(2);
    }

    @Test
    void nullRulesAreRefusedNotReadAsNoRules() {
        String json = graded(null, "Merit");
        String nulled = json.replaceFirst("\"rules\" : \\[", "\"rules\" : null, \"was\" : [");
        assertThat(nulled).contains("\"rules\" : null");
        assertThatThrownBy(() -> IrJson.read(nulled, "q.qdl.json")).hasMessage("q.qdl.json: does not match the IR "
                + "schema: $.rules is null (leave the field out, or give it a value)");
    }

    @Test
    void missingRulesAreRefused() {
        String json = graded(null, "Merit").replaceFirst("\"rules\" : \\[", "\"was\" : [");
        assertThatThrownBy(() -> IrJson.read(json, "q.qdl.json")).hasMessage("q.qdl.json: does not match the IR "
                + "schema: $.rules is missing");
    }

    @Test
    void aDuplicatedKeyIsRefused() {
        String json = graded(null, "Merit").replaceFirst("\"rules\" : \\[", "\"rules\" : [], \"rules\" : [");
        assertThatThrownBy(() -> IrJson.read(json, "q.qdl.json")).hasMessageStartingWith("q.qdl.json:")
                .hasMessageContaining("not valid JSON").hasMessageContaining("'rules'");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        String json = graded(null, "Merit") + "{\"rules\": []}\n";
        assertThatThrownBy(() -> IrJson.read(json, "q.qdl.json")).hasMessageStartingWith("q.qdl.json:")
                .hasMessageContaining("more after the end of the IR document");
        assertThat(json.lines()).isNotEmpty();
    }

    @Test
    void messagesNameNoJavaTypesOrJacksonSettings() {
        String wrongType = graded(null, "Merit").replaceFirst("\"rules\" : \\[", "\"rules\" : {}, \"was\" : [");
        assertThatThrownBy(() -> IrJson.read(wrongType, "q.qdl.json"))
                .hasMessage("q.qdl.json: does not match the IR schema at $.rules (expected an array here)");
        String deep = "{\"format\": \"qdl-ir\", \"formatVersion\": \"2.0\", \"x\": " + "[".repeat(5000)
                + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> IrJson.read(deep, "deep.qdl.json")).satisfies(e -> assertThat(e.getMessage())
                .contains("nested too deeply").doesNotContain("StreamReadConstraints").doesNotContain("java."));
    }

    @Test
    void pointsBeyondExactSumsAreRefused() {
        IrScale scale = new IrScale("pm", "Grades", List.of("Fail", "Pass"), null, List.of("Pass"));
        IrUnit unit = new IrUnit("U1", "unit", "One", null, new BigDecimal("1000000"), null, "pm", null, List.of(),
                null, List.of(), List.of(), null);
        IrRule rule = new IrRule("all", null, "all units from group G", IrRule.Counting.CLAIMS,
                new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of("G")),
                List.of("U1"), null, new IrRule.IrBounds(BigDecimal.ONE, null), null, List.of(), false, null);
        IrGrading.IrPoints points = new IrGrading.IrPoints(IrGrading.IrPoints.Per.CREDIT, List.of(
                new IrGrading.IrPointsRow(null, null, List.of(new IrGrading.IrPointsEntry("Pass",
                        new BigDecimal("1000000"))))));
        String json = IrJson.write(new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("q", "Q", null, List.of(), null, null, null), List.of(scale), List.of(unit),
                List.of(new IrGroup("G", null, List.of("U1"), List.of(), null)), List.of(rule), List.of(), List.of(),
                new IrGrading(List.of(), points)));
        assertThatThrownBy(() -> IrJson.read(json, "q.qdl.json")).hasMessageContaining("$.grading.points")
                .hasMessageContaining("beyond the engine's exact range of 1000000000");
    }

    /** U1 (15 credits, Pass or Merit) graded from the best 15 credits, by this table, with this grade rule. */
    private static String bestCredits(IrGrading.IrPoints.Per per, IrCondition when, String cap) {
        IrScale scale = new IrScale("pm", "Grades", List.of("Fail", "Pass", "Merit"), null, List.of("Pass", "Merit"));
        IrUnit unit = new IrUnit("U1", "unit", "One", null, new BigDecimal("15"), null, "pm", null, List.of(),
                null, List.of(), List.of(), null);
        IrRule rule = new IrRule("all", null, "all units from group G", IrRule.Counting.CLAIMS,
                new IrRule.IrScope(IrRule.IrScope.Kind.GROUPS, List.of("G")),
                List.of("U1"), null, new IrRule.IrBounds(BigDecimal.ONE, null), null, List.of(), false, null);
        IrGrading.IrPoints points = new IrGrading.IrPoints(per, List.of(new IrGrading.IrPointsRow(null, null,
                List.of(new IrGrading.IrPointsEntry("Pass", BigDecimal.ZERO),
                        new IrGrading.IrPointsEntry("Merit", BigDecimal.ONE)))));
        IrGrading.IrSelection selection = new IrGrading.IrSelection(new BigDecimal("15"), null,
                cap == null ? null : new BigDecimal(cap), List.of(), "grade from the best 15 credits");
        return IrJson.write(new IrDocument(IrDocument.FORMAT, IrFormat.VERSION,
                new IrQualification("q", "Q", null, List.of(), null, null, null), List.of(scale), List.of(unit),
                List.of(new IrGroup("G", null, List.of("U1"), List.of(), null)), List.of(rule), List.of(), List.of(),
                new IrGrading(List.of(new IrGradeRule("Merit", when), new IrGradeRule("Pass", null)), points, null,
                        null, selection)));
    }

    @Test
    void theBestCreditsNeedPointsPerCreditAndGradesByPoints() throws IrException {
        IrCondition fifteen = new IrCondition(null, List.of(new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null,
                null, false, new BigDecimal("15"))));
        assertThat(IrJson.read(bestCredits(IrGrading.IrPoints.Per.CREDIT, fifteen, "30"), "q.qdl.json").grading()
                .selection().best()).isEqualByComparingTo("15");
        assertThatThrownBy(() -> IrJson.read(bestCredits(IrGrading.IrPoints.Per.UNIT, fifteen, null), "q.qdl.json"))
                .hasMessageContaining("$.grading.points").hasMessageContaining("per credit");
        IrCondition everyMerit = new IrCondition(null, List.of(new IrCondition.IrAtom(IrCondition.Kind.EVERY_UNIT,
                "Merit", IrComparison.GE, null, false, null)));
        assertThatThrownBy(() -> IrJson.read(bestCredits(IrGrading.IrPoints.Per.CREDIT, everyMerit, null),
                "q.qdl.json")).hasMessageContaining("$.grading.rules[0].when.all[0].kind");
        assertThatThrownBy(() -> IrJson.read(bestCredits(IrGrading.IrPoints.Per.CREDIT, fifteen, "10"), "q.qdl.json"))
                .hasMessageContaining("$.grading.selection.cap");
        // the points of some units only (`at least 15 points from unit U1`) are not determined by the best credits
        IrCondition fromU1 = new IrCondition(null, List.of(new IrCondition.IrAtom(IrCondition.Kind.POINTS, null, null,
                null, false, new BigDecimal("15"), null, List.of("U1"), null)));
        assertThatThrownBy(() -> IrJson.read(bestCredits(IrGrading.IrPoints.Per.CREDIT, fromU1, null), "q.qdl.json"))
                .hasMessageContaining("$.grading.rules[0].when.all[0].pool");
    }
}
