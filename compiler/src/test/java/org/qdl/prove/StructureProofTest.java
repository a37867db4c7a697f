package org.qdl.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;

/**
 * The structure proof agrees with the engine: a structure is refused exactly when no combination of its units
 * meets its rules. Each case here is one the old rule-by-rule checker refused although the engine achieves it
 * (found by an independent brute-force oracle), kept as a regression test with a candidate the engine achieves.
 */
class StructureProofTest {
    @TempDir
    Path dir;

    private Compilation check(String text) throws IOException {
        Path file = dir.resolve("spec.qdl");
        Files.writeString(file, text);
        return Frontend.compile(file, "spec.qdl");
    }

    private static List<Code> errors(Compilation c) {
        return c.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    }

    private static boolean achieves(Compilation c, String... units) {
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        return q.evaluate(new Candidate("C1", java.util.Arrays.stream(units).map(Achievement::of).toList())).achieved();
    }

    @Test
    void aUnitEquivalentToOneOfTheGroupMeetsALevelRule() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group A "A" { unit A1 "One" { level 2 credit 3 } }
                  group X "X" { unit X "Ex" { level 3 credit 3 } }
                  rules {
                    at least 1 unit at level 3 from group A
                    equivalent units A1, X
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "X")).isTrue();
        assertThat(achieves(c, "A1")).isFalse();
    }

    @Test
    void equivalentUnitsBringTheirOwnCredits() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group G1 "G1" {
                    unit U1 "One" { level 2 credit 3 }
                    unit U2 "Two" { level 2 credit 10 }
                  }
                  group G2 "G2" { unit U4 "Four" { level 2 credit 9 } }
                  rules {
                    at least 14 credits from group G1
                    equivalent units U1, U4
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "U2", "U4")).isTrue();
        assertThat(achieves(c, "U1", "U2")).isFalse();
    }

    @Test
    void equivalentUnitsMeetACreditRuleAtALevel() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group G1 "G1" { unit U1 "One" { level 2 credit 2 } }
                  group G2 "G2" { unit U4 "Four" { level 3 credit 2 } }
                  rules {
                    at least 2 credits at level 3 from group G1
                    equivalent units U1, U4
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "U4")).isTrue();
    }

    @Test
    void barredUnitsOfOnePathwayDoNotConstrainAnother() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group G "G" {
                    unit U5 "Five" { level 2 credit 3 }
                    unit U7 "Seven" { level 2 credit 3 }
                  }
                  pathway P2 "Pathway two" {
                    all units from units U5, U7
                  }
                  pathway P3 "Pathway three" {
                    1 unit from group G
                    barred units U7, U5
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "U5", "U7")).isTrue();
    }

    @Test
    void aRuleThatCanNeverBeMetIsStillRefusedWithItsNumbers() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group B "B" { unit B1 "One" { level 2 credit 3 } }
                  rules { 2 units from group B }
                }
                """);
        assertThat(errors(c)).containsExactly(Code.Q0301);
        assertThat(c.diagnostics().get(0).message()).isEqualTo("this rule needs 2 units from group B, which has 1");
        assertThat(c.ir()).isEmpty();
    }

    @Test
    void aMinimumAboveAMaximumIsNamedWithBothRules() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group B "B" {
                    unit B1 "One" { level 2 credit 3 }
                    unit B2 "Two" { level 2 credit 3 }
                    unit B3 "Three" { level 2 credit 3 }
                  }
                  rules {
                    at least 3 units from group B
                    at most 2 units in total
                  }
                }
                """);
        assertThat(errors(c)).containsExactly(Code.Q0302);
        assertThat(c.diagnostics().get(0).notes()).hasSize(1);
    }

    /** SEMANTICS.md §2: a level rule that names a group bounds what is counted; it claims nothing. */
    @Test
    void aLevelRuleOverAGroupCountsUnitsOtherRulesClaimed() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group G "G" {
                    unit G1 "One" { level 3 credit 3 }
                    unit G2 "Two" { level 2 credit 3 }
                  }
                  rules {
                    1 unit from group G
                    at least 2 credits at level 3 from group G
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "G1")).isTrue();
        assertThat(achieves(c, "G2")).isFalse();
    }

    /** SEMANTICS.md §2: a unit equivalent to a barred unit is barred too. */
    @Test
    void aUnitEquivalentToABarredUnitIsBarredToo() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group A "A" {
                    unit X "Ex" { level 2 credit 3 }
                    unit W "Double-u" { level 2 credit 3 }
                  }
                  group B "B" { unit Z "Zed" { level 2 credit 3 } }
                  group O "Other" { unit Y "Why" { level 2 credit 3 } }
                  rules {
                    1 unit from group A
                    1 unit from group B
                    barred units X, Y
                    equivalent units Y, Z
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "X", "Z")).isFalse();
        assertThat(achieves(c, "W", "Z")).isTrue();
    }

    @Test
    void aGateTheLevelBelowCanNeverOpenMakesTheStructureImpossible() throws IOException {
        // 30 credits at level 5 are needed, but level 5 units count only after 45 credits at level 4, and the level 4
        // units bring 30 at most: no combination meets the rules
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group A "A" {
                    unit A1 "One" { level 4 credit 15 }
                    unit A2 "Two" { level 4 credit 15 }
                    unit B1 "Three" { level 5 credit 15 }
                    unit B2 "Four" { level 5 credit 15 }
                  }
                  rules {
                    at least 30 credits at level 5
                    units at level 5 count only after 45 credits at level 4
                  }
                }
                """);
        assertThat(errors(c)).containsExactly(Code.Q0307);
    }

    @Test
    void aGateAsksNothingOfACombinationWithoutTheGatedUnits() throws IOException {
        Compilation c = check("""
                qualification q "Q" {
                  framework RQF
                  group A "A" {
                    unit A1 "One" { level 4 credit 15 }
                    unit A2 "Two" { level 4 credit 15 }
                    unit B1 "Three" { level 5 credit 15 }
                  }
                  rules {
                    at least 30 credits in total
                    units at level 5 count only after 30 credits at level 4
                  }
                }
                """);
        assertThat(errors(c)).isEmpty();
        assertThat(achieves(c, "A1", "A2")).isTrue();
        assertThat(achieves(c, "A1", "B1")).as("B1 waits for 30 credits at level 4").isFalse();
        assertThat(achieves(c, "A1", "A2", "B1")).isTrue();
    }

    private static final String GRADED = """
            qualification q "Q" {
              scale pmd "Unit grade" {
                U < P "Pass" < M "Merit" < D "Distinction"
                achieved P or above
              }
              group G "G" {
                unit A "A" { credit 10 grading scale pmd }
                unit B "B" { credit 10 grading scale pmd }
                unit C "C" { credit 10 grading scale pmd }
              }
              rules {
                RULES
              }
            }
            """;

    private static boolean achievesGraded(Compilation c, String... unitsAndGrades) {
        CompiledQualification q = CompiledQualification.compile(c.ir().orElseThrow());
        List<Achievement> held = new java.util.ArrayList<>();
        for (int i = 0; i < unitsAndGrades.length; i += 2) {
            held.add(Achievement.withResult(unitsAndGrades[i], unitsAndGrades[i + 1]));
        }
        return q.evaluate(new Candidate("C1", held)).achieved();
    }

    @Test
    void aRuleOnGradesAtOrBelowALabelIsMetByLowerGrades() throws IOException {
        // every unit at its highest grade meets no rule asking for Pass or below: the proof refused this (Q0307)
        Compilation c = check(GRADED.replace("RULES", "at least 2 units from group G\n"
                + "    at least 10 credits graded P or below in total"));
        assertThat(c.diagnostics()).extracting(Diagnostic::code).isEmpty();
        assertThat(achievesGraded(c, "A", "P", "B", "D")).isTrue();
        assertThat(achievesGraded(c, "A", "D", "B", "D")).isFalse();
    }

    @Test
    void aRuleOnGradesAtOrBelowALabelThatNoGradesMeetIsStillRefused() throws IOException {
        Compilation c = check(GRADED.replace("RULES", "at least 40 credits graded M or below in total"));
        assertThat(errors(c)).containsExactly(Code.Q0303);
    }

    @Test
    void rulesThatOnlyAMixOfGradesMeetAreNotRefusedButWarned() throws IOException {
        // no grade given to every unit meets both; two Distinctions and a Pass do
        Compilation c = check(GRADED.replace("RULES", "at least 2 units graded D in total\n"
                + "    at least 10 credits graded P or below in total"));
        assertThat(errors(c)).isEmpty();
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.Q0317);
        assertThat(achievesGraded(c, "A", "D", "B", "D", "C", "P")).isTrue();
    }

    @Test
    void rulesOnHigherGradesStillGetAProofFromTheHighestGrades() throws IOException {
        Compilation c = check(GRADED.replace("RULES", "at least 2 units graded D in total\n"
                + "    at most 1 unit in total"));
        assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly(Code.Q0302);
    }
}
