package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * `qdl eval` on the corpus specs of issue 12 item 10, as a centre reads it: a smaller qualification reported with its
 * own grade, Core Skills held beside an SVQ (a row naming each, the level as its result), a unit ordering gate.
 */
class SuitesAndRequisitesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = "../corpus/";

    @Test
    void aSmallerQualificationIsReportedWithItsGrade() throws IOException {
        Qdl.Run table = qdl("eval", CORPUS + "btec-international-suite-graded.qdl", "suites/btec.csv");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("achieves the smaller Pearson BTEC International Level 3 Certificate in IT "
                + "(certificate), grade P");
        golden("eval-smaller-graded", table);
        JsonNode r = JSON.readTree(qdl("eval", "--format", "json", CORPUS + "btec-international-suite-graded.qdl",
                "suites/btec.csv").out()).get("results").get(0);
        assertThat(r.get("achieved").asBoolean()).isFalse();
        assertThat(r.get("smaller").get("id").asText()).isEqualTo("certificate");
        assertThat(r.get("smaller").get("grade").asText()).isEqualTo("P");
    }

    @Test
    void coreSkillsBesideTheSvqAreReadFromTheLearnersRows() throws IOException {
        Qdl.Run table = qdl("eval", CORPUS + "sqa-ma-svq-core-skills.qdl", "suites/ma.csv");
        assertThat(table.exit()).isZero();
        golden("eval-requisites", table);
        JsonNode r = JSON.readTree(qdl("eval", "--format", "json", CORPUS + "sqa-ma-svq-core-skills.qdl",
                "suites/ma.csv").out()).get("results").get(0);
        assertThat(r.get("achieved").asBoolean()).isFalse();
        assertThat(r.get("unitsNeeded").asInt()).isZero();
        // Communication held at 4 (5 asked), Numeracy at a level SCQF does not have, ICT with no level
        assertThat(r.get("shortfalls").findValuesAsText("requirement")).containsExactly("communication", "numeracy",
                "ict");
        assertThat(r.get("shortfalls").get(0).get("message").asText()).isEqualTo("needs Core Skill: Communication "
                + "(communication) at SCQF level 5 or above, beside this qualification's units: held at level 4 only");
        assertThat(r.get("problems").findValuesAsText("code")).containsExactly("E018", "E019");
        // none of the rows naming a Core Skill is an unknown unit, and the SVQ's units all count
        assertThat(r.get("counted")).hasSize(7);
    }

    @Test
    void aWhatIfPlanCanAddACoreSkill() throws IOException {
        JsonNode r = JSON.readTree(qdl("eval", "--format", "json", "--with", "communication:5", "--with",
                "numeracy:4", "--with", "ict:SCQF level 6", CORPUS + "sqa-ma-svq-core-skills.qdl", "suites/ma.csv")
                .out()).get("results").get(0);
        assertThat(r.get("achieved").asBoolean()).isTrue();
    }

    @Test
    void aGatedUnitWaitsForItsCredits() throws IOException {
        JsonNode r = JSON.readTree(qdl("eval", "--format", "json", CORPUS + "pearson-hnd-gate-prerequisite.qdl",
                "suites/hnd.csv").out()).get("results").get(0);
        assertThat(r.get("achieved").asBoolean()).isFalse();
        assertThat(r.get("unitsNeeded").asInt()).isEqualTo(1);
        assertThat(r.get("shortfalls").get(0).get("message").asText()).startsWith("15 more credits at level 4 before "
                + "units at level 5 count: choose from L4-6, L4-7, L4-8");
    }

    @Test
    void theNewProblemsAreExplained() {
        assertThat(qdl("explain", "E018").out()).contains("not a level of the framework");
        assertThat(qdl("explain", "E019").out()).contains("gives no level");
        assertThat(qdl("explain", "Q0170").out()).contains("count towards their own gate");
    }
}
