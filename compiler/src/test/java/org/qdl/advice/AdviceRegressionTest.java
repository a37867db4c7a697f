package org.qdl.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;

/**
 * Issue 13's cases, one test each: advice offered units that could not complete the qualification (barred, over a
 * group's maximum, over a total's maximum, too small for a credit rule), named the wrong rule, called units left
 * out by a cap "surplus", hid which criterion fell short, showed one pathway of two, and mishandled exempt units.
 */
class AdviceRegressionTest {
    @TempDir
    Path dir;

    private CompiledQualification spec(String rules, String groups) throws IOException {
        Path file = dir.resolve("spec.qdl");
        Files.writeString(file, "qualification q \"Q\" {\n  framework RQF\n  level 2\n" + groups + "\n  rules {\n"
                + rules + "\n  }\n}\n");
        Compilation c = Frontend.compile(file, "spec.qdl");
        assertThat(c.diagnostics().stream().filter(d -> d.isError()).toList()).isEmpty();
        return CompiledQualification.compile(c.ir().orElseThrow());
    }

    private static Result evaluate(CompiledQualification q, Candidate c) {
        return q.evaluate(c, EvaluationOptions.DEFAULT.withAdvice(true));
    }

    private static Candidate holding(String... units) {
        return new Candidate("L", Arrays.stream(units).map(AdviceRegressionTest::entry).toList());
    }

    /** "B1", "B1:exempt", "B1=Pass". */
    private static Achievement entry(String s) {
        if (s.contains(":")) {
            return Achievement.of(s.substring(0, s.indexOf(':'))).withStatus(s.substring(s.indexOf(':') + 1));
        }
        if (s.contains("=")) {
            return Achievement.withResult(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        }
        return Achievement.of(s);
    }

    private static List<String> options(Result r) {
        List<String> out = new ArrayList<>();
        r.shortfalls().forEach(s -> out.addAll(s.options()));
        return out;
    }

    private static List<String> shortRules(Result r) {
        return r.shortfalls().stream().map(Shortfall::requirement).toList();
    }

    @Test
    void aUnitBarredAgainstOneHeldIsNotOffered() throws IOException {
        CompiledQualification q = spec("    2 units from group B\n    barred units B1, B2",
                "  group B \"B\" { unit B1 \"One\" { level 2 credit 3 } unit B2 \"Two\" { level 2 credit 3 }"
                        + " unit B3 \"Three\" { level 2 credit 3 } }");
        Result r = evaluate(q, holding("B1"));
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(options(r)).containsExactly("B3");
        assertThat(r.advice().units()).containsExactly("B3");
        // and a barred unit held is "barred by", not surplus
        Result both = evaluate(q, holding("B1", "B2", "B3"));
        assertThat(both.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCounted.Reason.BARRED);
            assertThat(n.others()).containsExactly("B1");
        });
        assertThat(ResultWords.of(q.ir()).notCounted(both.notCounted().get(0)))
                .isEqualTo("unit B2 is barred by B1 (barred units B1, B2)");
    }

    @Test
    void aUnitOfAGroupAtItsMaximumIsNotOffered() throws IOException {
        CompiledQualification q = spec("    at least 3 units in total\n    at most 1 unit from group C",
                "  group B \"B\" { unit B1 \"One\" { level 2 credit 3 } unit B2 \"Two\" { level 2 credit 3 } }\n"
                        + "  group C \"C\" { unit C1 \"One\" { level 2 credit 3 } unit C2 \"Two\" { level 2 credit 3 } }");
        Result r = evaluate(q, holding("B1", "C1"));
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(options(r)).containsExactly("B2");
        Result over = evaluate(q, holding("B1", "C1", "C2"));
        assertThat(over.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCounted.Reason.OVER_MAXIMUM);
            assertThat(n.unit()).isEqualTo("C2");
        });
        assertThat(ResultWords.of(q.ir()).notCounted(over.notCounted().get(0)))
                .isEqualTo("unit C2 is left out: counting it would pass the maximum of at most 1 unit from group C");
    }

    @Test
    void aUnitWhoseCreditsPassTheTotalsMaximumIsNotOffered() throws IOException {
        CompiledQualification q = spec("    51 to 58 credits in total",
                "  group A \"A\" { unit A1 \"One\" { level 2 credit 50 } unit S5 \"Small\" { level 2 credit 5 }"
                        + " unit L10 \"Large\" { level 2 credit 10 } }");
        Result r = evaluate(q, holding("A1"));
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(options(r)).containsExactly("S5");
        assertThat(r.advice().units()).containsExactly("S5");
    }

    @Test
    void aUnitTooSmallForTheCreditRuleIsNotOffered() throws IOException {
        CompiledQualification q = spec("    at least 6 credits from group X",
                "  group X \"X\" { unit X3 \"Three\" { level 2 credit 3 } unit X6 \"Six\" { level 2 credit 6 }"
                        + " unit X9 \"Nine\" { level 2 credit 9 } }");
        Result r = evaluate(q, holding());
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(options(r)).containsExactly("X6", "X9");
    }

    @Test
    void theRuleActuallyShortIsNamed() throws IOException {
        // 16 credits of C meet "at least 15 credits from group C": only the level rule is short
        CompiledQualification q = spec("    at least 15 credits from group C\n"
                        + "    at least 20 credits at level 2 or above",
                "  group C \"C\" { unit C1 \"One\" { level 2 credit 8 } unit C2 \"Two\" { level 2 credit 8 }"
                        + " unit C3 \"Three\" { level 1 credit 8 } }\n"
                        + "  group D \"D\" { unit D1 \"Four\" { level 2 credit 4 } unit D2 \"Low\" { level 1 credit 4 } }");
        Result r = evaluate(q, holding("C1", "C2"));
        assertThat(r.unitsNeeded()).isEqualTo(1);
        assertThat(shortRules(r)).hasSize(1);
        assertThat(ResultWords.of(q.ir()).rule(r.shortfalls().get(0).requirement()))
                .isEqualTo("at least 20 credits at level 2 or above");
        assertThat(options(r)).containsExactly("D1");
        // following the advice achieves, no dead end
        assertThat(evaluate(q, holding("C1", "C2", "D1")).achieved()).isTrue();
    }

    @Test
    void theCriteriaShortAreNamedWithTheirRatings() throws IOException {
        Path file = dir.resolve("spec.qdl");
        Files.writeString(file, """
                qualification q "Q" {
                  framework RQF
                  level 1
                  scale nlsh "Ratings" {
                    N < L < S < H
                    default N
                    achieved S or above
                  }
                  unit U "Unit" {
                    level 1
                    criterion scale nlsh
                    learning outcome 1 "Outcome" {
                      criterion 1.1 "First"
                      criterion 1.2 "Second"
                      criterion 1.3 "Third"
                    }
                  }
                  rules { all units from unit U }
                }
                """);
        Compilation c = Frontend.compile(file, "spec.qdl");
        assertThat(c.diagnostics().stream().filter(d -> d.isError()).toList()).as(c.diagnostics().toString()).isEmpty();
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        Result r = evaluate(q, new Candidate("L", List.of(Achievement.withCriteria("U", Map.of("1.1", "S", "1.2", "L")))));
        assertThat(r.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCounted.Reason.NOT_ACHIEVED);
            assertThat(n.detail().shortOf()).extracting(x -> x.criterion() + "=" + x.label())
                    .containsExactly("1.2=L", "1.3=N");
        });
        assertThat(ResultWords.of(q.ir()).notCounted(r.notCounted().get(0)))
                .isEqualTo("unit U does not count: criteria not met: every criterion at S or above; below it: "
                        + "1.2 at L, 1.3 at N");
    }

    @Test
    void everyEarnedPathwayShowsItsAssignment() throws IOException {
        Path file = dir.resolve("spec.qdl");
        Files.writeString(file, """
                qualification q "Q" {
                  framework RQF
                  level 2
                  group A "A" { unit A1 "One" { level 2 credit 3 } }
                  group P "P" { unit P1 "Pee" { level 2 credit 3 } }
                  group R "R" { unit R1 "Are" { level 2 credit 3 } }
                  rules { all units from group A }
                  pathway p "Q (P)" { all units from group P }
                  pathway r "Q (R)" { all units from group R }
                }
                """);
        Compilation c = Frontend.compile(file, "spec.qdl");
        assertThat(c.diagnostics().stream().filter(d -> d.isError()).toList()).as(c.diagnostics().toString()).isEmpty();
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        Result r = evaluate(q, holding("A1", "P1", "R1"));
        assertThat(r.endorsements()).containsExactly("Q (P)", "Q (R)");
        assertThat(r.assignments()).hasSize(2);
        assertThat(r.assignments().get(0).counted()).extracting(x -> x.unit()).containsExactlyInAnyOrder("A1", "P1");
        assertThat(r.assignments().get(1).counted()).extracting(x -> x.unit()).containsExactlyInAnyOrder("A1", "R1");
    }

    @Test
    void theBetterOfTwoEntriesWinsWhateverTheOrder() throws IOException {
        CompiledQualification q = spec("    at least 6 credits in total",
                "  group A \"A\" { unit A1 \"One\" { level 2 credit 6 } unit A2 \"Two\" { level 2 credit 6 } }");
        assertThat(evaluate(q, holding("A1:exempt", "A1")).achieved()).isTrue();
        assertThat(evaluate(q, holding("A1", "A1:exempt")).achieved()).isTrue();
    }

    @Test
    void aLearnerWhoNeedsTheCreditOfAnExemptUnitIsToldToTakeIt() throws IOException {
        CompiledQualification q = spec("    at least 6 credits in total\n    at most 1 unit in total",
                "  group A \"A\" { unit A1 \"One\" { level 2 credit 6 } unit A2 \"Two\" { level 2 credit 3 } }");
        Result r = evaluate(q, holding("A1:exempt"));
        assertThat(r.achieved()).isFalse();
        assertThat(r.unitsNeeded()).isEqualTo(1);
        Advice a = r.advice();
        assertThat(a.forCredit()).containsExactly("A1");
        assertThat(a.units()).containsExactly("A1");
        assertThat(ResultWords.of(q.ir()).advice(a))
                .containsExactly("add A1 (held as exempt: take it for its credit)");
        assertThat(r.shortfalls()).noneMatch(s -> s.kind() == Shortfall.Kind.UNREACHABLE);
    }

    @Test
    void twoUnitsAreOfferedTogetherWhenTheyMustGoTogether() throws IOException {
        CompiledQualification q = spec("    1 unit from group B\n    1 unit from group C",
                "  group B \"B\" { unit B1 \"One\" { level 2 credit 3 } unit B2 \"Two\" { level 2 credit 3 } }\n"
                        + "  group C \"C\" { unit C1 \"One\" { level 2 credit 3 } unit C2 \"Two\" { level 2 credit 3 } }");
        Result r = evaluate(q, holding());
        assertThat(r.unitsNeeded()).isEqualTo(2);
        assertThat(r.advice().ways()).singleElement()
                .satisfies(w -> assertThat(w.choices()).containsExactly(List.of("B1", "B2"), List.of("C1", "C2")));
        assertThat(ResultWords.of(q.ir()).advice(r.advice())).containsExactly("add one of B1, B2 and one of C1, C2");
        assertThat(r.advice().exhaustive()).isTrue();
        assertThat(r.advice().moreWays()).isZero();
    }

}
