package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.ir.IrAttempts;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrRequisite;

/**
 * The oracle's own reading of attempts and the gateway against cases worked by hand from the corpus's sources
 * (btec-nationals-retake.test.yaml, epa-senior-leader-gateway.test.yaml), so that the oracle the engine is compared
 * with is itself right where a person has checked it.
 */
class OracleHistoryTest {
    private static final List<String> LABELS = List.of("U", "Pass", "Merit", "Distinction");

    /** BTEC Nationals, abridged: all four units; registration valid for 3 years, one retake, capped at Pass. */
    private static IrDocument retake() {
        IrBuilder b = new IrBuilder().scale("pmd", LABELS, LABELS.subList(1, 4));
        for (String u : List.of("U1", "U2", "U3", "U4")) {
            b.gradedUnit(u, 10, 3, "pmd");
        }
        b.rule(IrBuilder.slot("mandatory", List.of("U1", "U2", "U3", "U4"), 4, null, null));
        IrDocument d = b.build();
        return IrBuilder.withAttempts(d, new IrAttempts(new IrAttempts.IrPeriod(3, IrAttempts.IrPeriod.Unit.YEARS), 1,
                null, "Pass", false, null));
    }

    @Test
    void aRetakeAfterAUCountsAtTheCap() {
        // R2: U1 at U, then Distinction at the retake: the retake stands, at Pass
        Candidate r2 = registered(at("U1", "U", "2025-01-10", 1), at("U1", "Distinction", "2025-04-10", 2),
                at("U2", "Merit", "2025-03-10", 0), at("U3", "Merit", "2025-06-10", 0), at("U4", "Merit", "2026-01-10", 0));
        BruteForceOracle oracle = new BruteForceOracle(retake());
        assertThat(oracle.evaluate(r2, false).achieved()).isTrue();
        assertThat(oracle.timing(r2, false).attempts()).extracting(Object::toString)
                .contains("U1#1@2025-01-10 U", "U1#2@2025-04-10 used Pass");
    }

    @Test
    void unnumberedAttemptsAreTakenInDateOrder() {
        // R6: the Distinction listed first is dated later: it is the retake, capped
        Candidate r6 = registered(at("U1", "Distinction", "2025-04-10", 0), at("U1", "U", "2025-01-10", 0),
                at("U2", "Pass", "2025-03-10", 0), at("U3", "Pass", "2025-06-10", 0), at("U4", "Pass", "2026-01-10", 0));
        assertThat(new BruteForceOracle(retake()).timing(r6, false).attempts()).extracting(Object::toString)
                .contains("U1#2@2025-04-10 used Pass");
    }

    @Test
    void aThirdAttemptIsOverTheLimitAndClosesTheUnit() {
        // R3: U3 at U twice; the third attempt's Merit does not count. 1 unit needed, but (SEMANTICS.md, "A unit closed on its own") U3 is closed:
        // with closed units left out no combination can do
        Candidate r3 = registered(at("U1", "Pass", "2025-01-10", 0), at("U2", "Pass", "2025-03-10", 0),
                at("U3", "U", "2025-02-10", 1), at("U3", "U", "2025-05-10", 2), at("U3", "Merit", "2025-09-10", 3),
                at("U4", "Pass", "2026-01-10", 0));
        assertThat(new BruteForceOracle(retake(), false).evaluate(r3, false).unitsNeeded()).isEqualTo(1);
        assertThat(new BruteForceOracle(retake()).closedUnits(r3, false)).containsExactly("U3");
        assertThat(new BruteForceOracle(retake(), true).evaluate(r3, false).unitsNeeded()).isEqualTo(-1);
    }

    @Test
    void anAttemptAfterTheRegistrationEndedShowsItHasEnded() {
        // R4: U4 on 2027-09-02, the day after the last day: today is at least that day, so no further unit can count
        Candidate r4 = registered(at("U1", "Pass", "2027-09-01", 0), at("U2", "Pass", "2025-03-10", 0),
                at("U3", "Pass", "2025-06-10", 0), at("U4", "Merit", "2027-09-02", 0));
        BruteForceOracle oracle = new BruteForceOracle(retake());
        assertThat(oracle.evaluate(r4, false).achieved()).isFalse();
        assertThat(oracle.evaluate(r4, false).unitsNeeded()).isZero();
        assertThat(oracle.timing(r4, false).closed()).isEqualTo("registration-ended");
        assertThat(oracle.timing(r4, false).closedOn()).isEqualTo("2027-09-01");
        // R11: evaluated on the last day itself, one unit short: still 1 more unit
        Candidate r11 = registered(at("U1", "Pass", "2025-01-10", 0), at("U2", "Pass", "2025-03-10", 0),
                at("U3", "Pass", "2025-06-10", 0));
        assertThat(oracle.on("2027-09-01").evaluate(r11, false).unitsNeeded()).isEqualTo(1);
        assertThat(oracle.on("2027-09-02").evaluate(r11, false).unitsNeeded()).isZero();
    }

    @Test
    void anEntryBeforeTheGatewayDoesNotCountALaterOneDoes() {
        // ST0480: the proposal's scope signed off on 2025-03-03; PROJECT at Distinction on 2025-02-20 and at Pass on
        // 2025-05-10 (no rules on attempts: two entries of a unit) counts the Pass; on 2025-02-20 alone, 1 unit needed
        IrBuilder b = new IrBuilder().scale("m", List.of("Fail", "Pass", "Distinction"), List.of("Pass", "Distinction"));
        b.gradedUnit("PROJECT", 0, 7, "m").gradedUnit("INTERVIEW", 0, 7, "m");
        b.rule(IrBuilder.slot("methods", List.of("PROJECT", "INTERVIEW"), 2, null, null));
        IrDocument d = b.build();
        IrDocument gated = IrBuilder.withRequisites(d, List.of(new IrRequisite("proposal-scope", "Scope signed off",
                IrRequisite.Kind.COMPONENT, null, null, null, true)));
        BruteForceOracle oracle = new BruteForceOracle(gated);
        Achievement scope = at("proposal-scope", null, "2025-03-03", 0);
        Achievement interview = at("INTERVIEW", "Pass", "2025-04-01", 0);
        Candidate both = new Candidate("x", List.of(scope, at("PROJECT", "Distinction", "2025-02-20", 0),
                at("PROJECT", "Pass", "2025-05-10", 0), interview));
        assertThat(oracle.evaluate(both, false).achieved()).isTrue();
        Candidate early = new Candidate("x", List.of(scope, at("PROJECT", "Distinction", "2025-02-20", 0), interview));
        assertThat(oracle.evaluate(early, false).unitsNeeded()).isEqualTo(1);
        Candidate onTheDay = new Candidate("x", List.of(scope, at("PROJECT", "Pass", "2025-03-03", 0), interview));
        assertThat(oracle.evaluate(onTheDay, false).achieved()).isTrue();
    }

    @Test
    void aResitWindowPassedClosesTheUnitButARefusedAttemptOpensNoWindow() {
        // EPA resit window (epa-resit-window.test.yaml A3, the limit lifted to 2 resits so that only the window
        // closes): OBS failed on 2025-03-01, resat on 2026-03-01, the day after the window's last day - refused; today is
        // that day, so a next resit would be too late: OBS is closed. PD sat only on 2024-01-10, before the
        // registration (refused): it opened no window, so PD is open (a first allowed sitting is still to come)
        IrBuilder b = new IrBuilder().scale("epa", List.of("Fail", "Pass", "Distinction"), List.of("Pass", "Distinction"));
        b.gradedUnit("OBS", 0, 2, "epa").gradedUnit("PD", 0, 2, "epa");
        b.rule(IrBuilder.slot("both", List.of("OBS", "PD"), 2, null, null));
        IrDocument d = b.build();
        IrDocument epa = IrBuilder.withAttempts(d, new IrAttempts(null, 2,
                new IrAttempts.IrPeriod(12, IrAttempts.IrPeriod.Unit.MONTHS), "Pass", true, null));
        Candidate a3 = new Candidate("x", List.of(at("OBS", "Fail", "2025-03-01", 1), at("OBS", "Pass", "2026-03-01", 2),
                at("PD", "Pass", "2024-01-10", 1)), List.of(), "2024-09-02");
        BruteForceOracle oracle = new BruteForceOracle(epa);
        assertThat(oracle.timing(a3, false).attempts()).extracting(Object::toString).containsExactlyInAnyOrder(
                "OBS#1@2025-03-01 used Fail", "OBS#2@2026-03-01 refused", "PD#1@2024-01-10 refused");
        assertThat(oracle.closedUnits(a3, false)).containsExactly("OBS");
        assertThat(new BruteForceOracle(epa, false).evaluate(a3, false).unitsNeeded()).isEqualTo(2);
        assertThat(new BruteForceOracle(epa, true).evaluate(a3, false).unitsNeeded()).isEqualTo(-1);
    }

    private static Candidate registered(Achievement... entries) {
        return new Candidate("x", List.of(entries), List.of(), "2024-09-02");
    }

    private static Achievement at(String unit, String result, String date, int attempt) {
        return new Achievement(unit, Optional.ofNullable(result), Map.of(), Optional.ofNullable(date), Optional.empty(),
                0, attempt);
    }
}
