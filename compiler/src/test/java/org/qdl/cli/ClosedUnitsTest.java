package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qdl.advice.WaySets;
import org.qdl.check.Frontend;
import org.qdl.cli.spectest.TestCase;
import org.qdl.cli.spectest.TestFileReader;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.ClosedUnit;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/**
 * Units closed on their own (issue 12): a unit whose resits are used up, or whose resit window has passed, is never a
 * further unit. Worked by hand: the spec {@code time/closed-credits.qdl} needs 30 credits of four 15-credit units, one
 * resit per unit within 12 months of the attempt before; every learner is checked on 2025-06-01 unless said otherwise.
 */
class ClosedUnitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RETAKE = "../corpus/btec-nationals-retake.qdl";
    private static final CompiledQualification CREDITS = compile(Fixtures.dir().resolve("time/closed-credits.qdl"));

    private static CompiledQualification compile(Path spec) {
        return CompiledQualification.compile(Frontend.compile(spec, spec.getFileName().toString()).ir().orElseThrow());
    }

    private static Achievement entry(String unit, String result, String date, int attempt, String status) {
        return new Achievement(unit, Optional.ofNullable(result), Map.of(), Optional.ofNullable(date),
                Optional.ofNullable(status), 0, attempt);
    }

    private static Result evaluate(CompiledQualification q, String on, Achievement... entries) {
        return evaluate(q, on, false, entries);
    }

    private static Result evaluate(CompiledQualification q, String on, boolean whatIf, Achievement... entries) {
        return q.evaluate(new Candidate("L", List.of(entries)),
                new EvaluationOptions(whatIf).withAdvice(true).on(on));
    }

    private static List<String> offered(Result r) {
        Set<String> out = new LinkedHashSet<>();
        r.shortfalls().forEach(s -> out.addAll(s.options()));
        if (r.advice() != null) {
            r.advice().ways().forEach(w -> w.choices().forEach(out::addAll));
        }
        return List.copyOf(out);
    }

    private static List<String> closed(Result r) {
        return r.timing().closedUnits().stream().map(ClosedUnit::unit).toList();
    }

    @Test
    void anExemptUnitWhoseWindowPassedIsNotTakenAgainForItsCredit() {
        // A exempt on 2024-01-10 (one attempt: its one resit, for the credit, had to be by 2025-01-09); B passed.
        // 15 credits short: one more unit, C or D - not A taken again
        Result r = evaluate(CREDITS, "2025-06-01", entry("A", null, "2024-01-10", 0, "exempt"),
                entry("B", "Pass", "2025-01-10", 0, null));
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(closed(r)).containsExactly("A");
        assertThat(r.timing().closedUnits().get(0)).isEqualTo(new ClosedUnit("A", ClosedUnit.Why.RESIT_WINDOW_CLOSED,
                "2025-01-09"));
        assertThat(offered(r)).containsExactly("C", "D");
        assertThat(r.advice().forCredit()).isEmpty();
        assertThat(r.notCounted()).anySatisfy(n -> assertThat(n.closed()).isNotNull());

        // checked while A's window is open (on 2024-12-01), with C and D failed at the sitting and the retake: taking
        // A again for its credit is the one way
        Result open = evaluate(CREDITS, "2024-12-01", entry("A", null, "2024-01-10", 0, "exempt"),
                entry("B", "Pass", "2024-03-01", 0, null),
                entry("C", "U", "2024-02-10", 1, null), entry("C", "U", "2024-05-10", 2, null),
                entry("D", "U", "2024-02-10", 1, null), entry("D", "U", "2024-05-10", 2, null));
        assertThat(open.unitsNeeded()).isEqualTo(1);
        assertThat(closed(open)).containsExactly("C", "D");
        assertThat(open.advice().forCredit()).containsExactly("A");
        assertThat(offered(open)).doesNotContain("C", "D");
    }

    @Test
    void whenEveryUnitThatCouldCompleteItIsClosedTheyAreNamedAndNoneIsNeeded() {
        // C and D failed at the first sitting and the retake; A exempt, its window passed; B passed: 15 credits short,
        // and only A (again), C or D could bring them - all closed: not achieved, 0 units, all three named
        Result r = evaluate(CREDITS, "2025-06-01", entry("A", null, "2024-01-10", 0, "exempt"),
                entry("B", "Pass", "2025-01-10", 0, null),
                entry("C", "U", "2024-02-10", 1, null), entry("C", "U", "2024-05-10", 2, null),
                entry("D", "U", "2024-02-10", 1, null), entry("D", "U", "2024-05-10", 2, null));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isZero();
        assertThat(r.advice()).isNull();
        assertThat(r.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.requirement()).isEqualTo(Shortfall.UNITS_CLOSED);
            assertThat(s.options()).isEmpty();
            assertThat(s.closedUnits()).extracting(ClosedUnit::unit).containsExactly("A", "C", "D");
        });
        assertThat(r.credits()).isEqualByComparingTo("15");

        // with D failed once only, D's retake is still open: 1 more unit, D alone
        Result d = evaluate(CREDITS, "2025-01-31", entry("A", null, "2024-01-10", 0, "exempt"),
                entry("B", "Pass", "2025-01-10", 0, null),
                entry("C", "U", "2024-02-10", 1, null), entry("C", "U", "2024-05-10", 2, null),
                entry("D", "U", "2024-05-10", 1, null));
        assertThat(d.unitsNeeded()).isEqualTo(1);
        assertThat(closed(d)).containsExactly("A", "C");
        assertThat(offered(d)).containsExactly("D");
    }

    @Test
    void aPlannedEntryIsNotAnAttemptThatHappened() {
        // C failed once on 2024-02-10, its retake planned: checked on 2024-06-01 C's one retake is still to come
        Achievement[] entries = {entry("A", "Pass", "2024-01-10", 0, null), entry("C", "U", "2024-02-10", 1, null),
                entry("C", "Pass", null, 2, "planned")};
        Result r = evaluate(CREDITS, "2024-06-01", entries);
        assertThat(closed(r)).isEmpty();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(offered(r)).contains("C");
        // and with planned units counted, the retake completes it
        assertThat(evaluate(CREDITS, "2024-06-01", true, entries).achieved()).isTrue();
    }

    /**
     * The property the advice keeps with closed units, on every corpus learner whose spec has rules on attempts (their
     * registration and evaluation dates as the test file gives them): no offered unit is closed; each offered unit,
     * taken as the learner's next attempt today, lowers the units needed by one; each way's units together achieve
     * it; and a closed unit taken again changes nothing - it cannot count.
     */
    @Test
    void everyOfferedUnitCanBeTakenAndAClosedOneCannot() throws IOException {
        int learners = 0;
        int closedSeen = 0;
        Path corpus = Fixtures.dir().resolve("../corpus").normalize();
        for (String name : List.of("btec-nationals-retake", "epa-resit-window", "ncfe-adult-care-dates")) {
            CompiledQualification q = compile(corpus.resolve(name + ".qdl"));
            for (TestCase t : TestFileReader.read(corpus.resolve(name + ".test.yaml"), name).file().orElseThrow()
                    .cases()) {
                Candidate learner = new Candidate(t.learner(), t.units(), List.of(), t.registered());
                EvaluationOptions options = new EvaluationOptions(false).withAdvice(true).on(t.on());
                Result r = q.evaluate(learner, options);
                if (r.achieved()) {
                    continue;
                }
                learners++;
                List<String> closed = closed(r);
                closedSeen += closed.size();
                String today = today(t);
                for (String unit : closed) {
                    assertThat(offered(r)).as(t.name()).doesNotContain(unit);
                }
                for (String unit : offered(r)) {
                    Result after = q.evaluate(sitting(learner, unit, today), options);
                    assertThat(after.achieved() ? 0 : after.unitsNeeded()).as("%s: %s taken", t.name(), unit)
                            .isEqualTo(r.unitsNeeded() - 1);
                }
                if (r.advice() != null) {
                    for (Advice.Way w : r.advice().ways()) {
                        for (List<String> completion : WaySets.of(w, Integer.MAX_VALUE)) {
                            Candidate all = learner;
                            for (String unit : completion) {
                                all = sitting(all, unit, today);
                            }
                            assertThat(q.evaluate(all, options).achieved()).as("%s: %s", t.name(), completion).isTrue();
                        }
                    }
                }
                for (String unit : closed) {
                    Result after = q.evaluate(sitting(learner, unit, today), options);
                    assertThat(after.achieved()).as("%s: closed %s taken again", t.name(), unit).isFalse();
                    assertThat(after.unitsNeeded()).as("%s: closed %s taken again", t.name(), unit)
                            .isEqualTo(r.unitsNeeded());
                }
            }
        }
        assertThat(learners).isGreaterThan(10);
        assertThat(closedSeen).isGreaterThan(4);
    }

    /** Today for a test case: its evaluation date, else its latest dated entry's date (null when none is dated). */
    private static String today(TestCase t) {
        if (t.on() != null) {
            return t.on();
        }
        return t.units().stream().map(a -> a.date().orElse(null)).filter(d -> d != null).max(String::compareTo)
                .orElse(null);
    }

    /**
     * The learner with one more attempt at the unit, today, at its scale's top grade: the next in order (an attempt
     * listed for a later day has not happened: this one takes its place).
     */
    private static Candidate sitting(Candidate c, String unit, String today) {
        List<Achievement> out = new ArrayList<>(c.achievements());
        out.removeIf(a -> a.unit().equals(unit) && today != null && a.date().isPresent()
                && a.date().get().compareTo(today) > 0);
        List<Achievement> before = out.stream().filter(a -> a.unit().equals(unit)).toList();
        boolean numbered = !before.isEmpty() && before.stream().allMatch(a -> a.attempt() > 0);
        int next = numbered ? before.stream().mapToInt(Achievement::attempt).max().orElse(0) + 1 : 0;
        String result = c.achievements().stream().anyMatch(a -> a.result().isPresent()) ? topGrade(unit) : null;
        out.add(new Achievement(unit, Optional.ofNullable(result), Map.of(), Optional.ofNullable(today),
                Optional.empty(), 0, next));
        return new Candidate(c.id(), out, List.of(), c.registered());
    }

    /** The corpus's graded specs name the top grade Distinction; a unit without a scale takes no result. */
    private static String topGrade(String unit) {
        return "Distinction";
    }

    @Test
    void theTableAndJsonSayWhichUnitIsClosedAndWhy() throws IOException {
        Qdl.Run table = qdl("eval", RETAKE, "time/closed.csv");
        assertThat(table.exit()).isZero();
        assertThat(table.out()).contains("U3 is closed to the learner: its resits are used up (at most 1 resit per "
                + "unit)").contains("no combination of the units still open to the learner meets the rules: U3 cannot "
                + "be taken again, its resits are used up (at most 1 resit per unit)")
                .contains("1 more unit from group optional: U5").doesNotContain("choose from U4");
        golden("eval-units-closed", table);
        JsonNode results = JSON.readTree(qdl("eval", "--format", "json", RETAKE, "time/closed.csv").out())
                .get("results");
        JsonNode r3 = results.get(0);
        assertThat(r3.get("unitsNeeded").asInt()).isZero();
        JsonNode shortfall = r3.get("shortfalls").get(0);
        assertThat(shortfall.get("requirement").asText()).isEqualTo("units-closed");
        assertThat(shortfall.get("rule").asText()).isEqualTo("at most 1 resit per unit");
        assertThat(shortfall.has("closed")).isFalse();
        assertThat(shortfall.get("closedUnits").get(0).get("unit").asText()).isEqualTo("U3");
        assertThat(shortfall.get("closedUnits").get(0).get("reason").asText()).isEqualTo("resits-used-up");
        assertThat(shortfall.get("closedUnits").get(0).get("limit").asText()).isEqualTo("1");
        assertThat(r3.get("timing").get("closedUnits").get(0).get("words").asText()).isEqualTo("U3 is closed to the "
                + "learner: its resits are used up (at most 1 resit per unit); no further attempt at it can count");
        assertThat(r3.get("notCounted").get(0).get("closed").asText()).isEqualTo("resits-used-up");
        JsonNode r12 = results.get(1);
        assertThat(r12.get("unitsNeeded").asInt()).isEqualTo(1);
        assertThat(r12.get("shortfalls").get(0).get("options")).hasSize(1);
        assertThat(r12.get("shortfalls").get(0).get("options").get(0).asText()).isEqualTo("U5");
        // a result with no closed unit reads as before: no closedUnits at all
        JsonNode none = JSON.readTree(qdl("eval", "--format", "json", "--on", "2024-06-30",
                "../corpus/ncfe-adult-care-dates.qdl", "time/dates.csv").out()).get("results").get(0);
        assertThat(none.get("timing").has("closedUnits")).isFalse();
        assertThat(Files.exists(Fixtures.golden("eval-units-closed"))).isTrue();
    }
}
