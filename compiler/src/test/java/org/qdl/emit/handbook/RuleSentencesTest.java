package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.emit.handbook.Models.*;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qdl.model.Condition.Direction;
import org.qdl.model.Level;
import org.qdl.model.Qualification;

/** Each kind of rule of combination gets its sentence. */
class RuleSentencesTest {

    /** Groups A–E titled the SVQ way, a group titled without its name, and modules. */
    private static QualificationSpec fixture() {
        return qualification("q", "Test Qualification").framework("SCQF").level(scqf(5))
                .group("A", "Group A: Mandatory Units", unit("A1", "a1").level(scqf(5)).credit(4),
                        unit("A2", "a2").level(scqf(5)).credit(4))
                .group("B", "Group B: Optional Units – Impression and Image", unit("B1", "b1").level(scqf(5)),
                        unit("B2", "b2").level(scqf(6)))
                .group("C", "Group C: Optional Units – Delivery", unit("C1", "c1"))
                .group("D", null, unit("D1", "d1"))
                .group("E", "Group E: Optional Units", unit("E1", "e1"))
                .group("core", "Core knowledge", unit("K1", "k1"), unit("K2", "k2"), unit("K3", "k3"))
                .group("extra", "Extra competence", unit("X1", "x1"));
    }

    private static List<String> lines(QualificationSpec spec) {
        Qualification q = spec.build();
        RuleSentences.Structure s = new RuleSentences(new Naming(q)).structure(q.rules());
        return s.lines().stream().map(Sentence::text).toList();
    }

    private static String line(RuleSpec rule) {
        Qualification q = fixture().rule(rule).build();
        return new RuleSentences(new Naming(q)).line(q.rules().get(0)).text();
    }

    @Test
    void theSvqStructureReadsAsTheHandbooksSection11() {
        Qualification q = SampleModels.svq();
        RuleSentences.Structure s = new RuleSentences(new Naming(q)).structure(q.rules());
        assertThat(s.leadIn()).map(Sentence::text).contains("Minimum of 7 units of which:");
        assertThat(s.lines()).map(Sentence::text).containsExactly(
                "Two units must be completed from Group A: Mandatory Core Units – Customer Service Foundations",
                "One unit must be selected from Group B: Optional Units – Impression and Image",
                "One unit must be selected from Group C: Optional Units – Delivery",
                "One unit must be selected from Group D: Optional Units – Handling Problems",
                "One unit must be selected from Group E: Optional Units – Development and Improvement",
                "One further unit can be selected from any of Groups B, C, D and E");
    }

    @Test
    void groupNamesAreMarkedForTheTemplateToEmbolden() {
        Qualification q = SampleModels.svq();
        Sentence first = new RuleSentences(new Naming(q)).line(q.rules().get(1));
        assertThat(first.parts()).anySatisfy(p -> {
            assertThat(p.text()).isEqualTo("Group A: Mandatory Core Units – Customer Service Foundations");
            assertThat(p.groupId()).isEqualTo("group-a");
            assertThat(p.strong()).isTrue();
        });
    }

    @Nested
    class AllUnits {
        @Test
        void countsTheGroupsUnitsInWords() {
            assertThat(line(all("core"))).isEqualTo("Three units must be completed from Core knowledge");
        }

        @Test
        void aGroupWithoutTitleIsCalledByItsName() {
            assertThat(line(all("D"))).isEqualTo("One unit must be completed from Group D");
        }

        @Test
        void listedUnits() {
            assertThat(line(all("A").fromUnits("A1", "A2"))).isEqualTo("Units A1 and A2 must be completed");
        }

        @Test
        void usesTheAuthorsWordForUnits() {
            Qualification q = qualification("m", "M").group("mods", "Modules", unit("M1", "one").kind("module"),
                    unit("M2", "two").kind("module")).rule(all("mods")).build();
            assertThat(new RuleSentences(new Naming(q)).line(q.rules().get(0)).text())
                    .isEqualTo("Two modules must be completed from Modules");
        }
    }

    @Nested
    class UnitAmounts {
        @Test
        void plainAmount() {
            assertThat(line(units(plain(2)).from("B"))).isEqualTo(
                    "Two units must be selected from Group B: Optional Units – Impression and Image");
        }

        @Test
        void atLeastAmount() {
            assertThat(line(units(atLeast(1)).from("C")))
                    .isEqualTo("At least one unit must be selected from Group C: Optional Units – Delivery");
        }

        @Test
        void atMostIsACap() {
            assertThat(line(units(atMost(2)).from("C"))).isEqualTo(
                    "No more than two units from Group C: Optional Units – Delivery can count towards the qualification");
        }

        @Test
        void exactlyAmount() {
            assertThat(line(units(exactly(1)).from("E")))
                    .isEqualTo("Exactly one unit must be selected from Group E: Optional Units");
        }

        @Test
        void rangeAmount() {
            assertThat(line(units(range(3, 5)).from("core")))
                    .isEqualTo("Three to five units must be selected from Core knowledge");
        }

        @Test
        void numbersAboveTenAreDigits() {
            assertThat(line(units(atLeast(12)).from("core")))
                    .isEqualTo("At least 12 units must be selected from Core knowledge");
        }

        @Test
        void furtherWithoutATotalMustBeSelected() {
            assertThat(line(units(plain(1)).further().fromAnyOf("B", "C", "D", "E")))
                    .isEqualTo("One further unit must be selected from any of Groups B, C, D and E");
        }

        @Test
        void totalOnItsOwn() {
            assertThat(line(units(atLeast(7)))).isEqualTo("At least seven units must be selected in total");
        }
    }

    @Nested
    class CreditAmounts {
        @Test
        void minimum() {
            assertThat(line(credits(atLeast(13)).from("B"))).isEqualTo(
                    "A minimum of 13 credits must be achieved from Group B: Optional Units – Impression and Image");
        }

        @Test
        void plainMeansAMinimum() {
            assertThat(line(credits(plain(1)).from("C")))
                    .isEqualTo("A minimum of 1 credit must be achieved from Group C: Optional Units – Delivery");
        }

        @Test
        void maximumIsACap() {
            assertThat(line(credits(atMost(10)).from("C"))).isEqualTo("A maximum of 10 credits from Group C: "
                    + "Optional Units – Delivery can count towards the qualification");
        }

        @Test
        void exactlyAmount() {
            assertThat(line(credits(exactly(12)).from("core")))
                    .isEqualTo("Exactly 12 credits must be achieved from Core knowledge");
        }

        @Test
        void rangeAmount() {
            assertThat(line(credits(range(2, 7)).from("core")))
                    .isEqualTo("Between 2 and 7 credits must be achieved from Core knowledge");
        }

        @Test
        void creditsAndUnitsTogether() {
            assertThat(line(credits(atLeast(12)).andUnits(atLeast(4)).from("core")))
                    .isEqualTo("A minimum of 12 credits (at least four units) must be achieved from Core knowledge");
        }

        @Test
        void totalOnItsOwn() {
            assertThat(line(credits(atLeast(58)))).isEqualTo("A minimum of 58 credits must be achieved in total");
        }

        @Test
        void fractionalCreditsAsWritten() {
            assertThat(line(credits(atLeast(1.5)).from("core")))
                    .isEqualTo("A minimum of 1.5 credits must be achieved from Core knowledge");
        }
    }

    @Nested
    class Levels {
        @Test
        void atOrAbove() {
            assertThat(line(credits(atLeast(40)).at(scqf(3), Direction.OR_ABOVE)))
                    .isEqualTo("A minimum of 40 credits at level 3 or above must be achieved");
        }

        @Test
        void exactlyAt() {
            assertThat(line(credits(atLeast(125)).at(scqf(5), Direction.EXACTLY)))
                    .isEqualTo("A minimum of 125 credits at level 5 must be achieved");
        }

        @Test
        void atOrBelowAsACap() {
            assertThat(line(credits(atMost(55)).at(scqf(5), Direction.OR_BELOW)))
                    .isEqualTo("A maximum of 55 credits at level 5 or below can count towards the qualification");
        }

        @Test
        void theQualificationsLevel() {
            assertThat(line(credits(atLeast(135)).atQualificationLevel(scqf(5), Direction.OR_ABOVE))).isEqualTo(
                    "A minimum of 135 credits at or above the qualification's level (level 5) must be achieved");
        }

        @Test
        void entryLevelsAndNamedLevels() {
            assertThat(line(units(atLeast(2)).at(new Level("Entry 3", 3, "RQF"), Direction.OR_ABOVE).from("core")))
                    .isEqualTo("At least two units at Entry level 3 or above must be selected from Core knowledge");
            assertThat(line(units(atLeast(1)).at(new Level("advanced", 2, "ipla"), Direction.EXACTLY)))
                    .isEqualTo("At least one unit at advanced level must be selected");
        }
    }

    @Nested
    class Scopes {
        @Test
        void unionOfGroupsNamedByLetter() {
            assertThat(line(units(atLeast(2)).from("B", "C")))
                    .isEqualTo("At least two units must be selected from Groups B and C");
        }

        @Test
        void groupsWhoseTitlesDoNotStartWithTheirNameAreListedByTitle() {
            assertThat(line(units(plain(1)).fromAnyOf("core", "extra")))
                    .isEqualTo("One unit must be selected from any of Core knowledge and Extra competence");
        }

        @Test
        void eachOfGroups() {
            assertThat(line(units(range(3, 5)).fromEachOf("A", "B")))
                    .isEqualTo("Three to five units must be selected from each of Groups A and B");
        }

        @Test
        void eachOfGroupsAsACap() {
            assertThat(line(units(atMost(5)).fromEachOf("A", "B", "C")))
                    .isEqualTo("No more than five units from each of Groups A, B and C can count towards the "
                            + "qualification");
        }

        @Test
        void listedUnits() {
            assertThat(line(units(plain(1)).fromUnits("K1", "K2", "K3")))
                    .isEqualTo("One unit must be selected from units K1, K2 and K3");
        }
    }

    @Nested
    class Inclusions {
        @Test
        void including() {
            assertThat(line(credits(atLeast(2)).from("core").including("K1"))).isEqualTo(
                    "A minimum of 2 credits must be achieved from Core knowledge, including unit K1");
        }

        @Test
        void includingOneOf() {
            assertThat(line(credits(atLeast(15)).from("core").includingOneOf("K1", "K2"))).isEqualTo(
                    "A minimum of 15 credits must be achieved from Core knowledge, including one of units K1 or K2");
        }

        @Test
        void includedUnitsLinkToTheirPages() {
            Qualification q = fixture().rule(credits(atLeast(2)).from("core").including("K1")).build();
            Sentence s = new RuleSentences(new Naming(q)).line(q.rules().get(0));
            assertThat(s.parts()).anySatisfy(p -> {
                assertThat(p.text()).isEqualTo("K1");
                assertThat(p.unitId()).isEqualTo("unit-k1");
            });
        }
    }

    @Test
    void sharedRule() {
        assertThat(line(units(atLeast(2)).from("B").shared())).isEqualTo("At least two units must be selected from "
                + "Group B: Optional Units – Impression and Image (units counted towards other rules may count here "
                + "too)");
    }

    @Test
    void barredRule() {
        assertThat(line(barred("K1", "K2"))).isEqualTo(
                "Units K1 and K2 are barred: only one of them can count towards the qualification");
        assertThat(line(barred("K1", "K2", "K3"))).startsWith("Units K1, K2 and K3 are barred");
    }

    @Test
    void equivalentRule() {
        assertThat(line(equivalent("K1", "X1"))).isEqualTo("Units K1 and X1 are equivalent (the same unit by "
                + "different routes): either may be achieved, and it counts once");
    }

    @Nested
    class LeadIns {
        @Test
        void aCreditRangeInTotalLeadsTheList() {
            Qualification q = fixture().rule(all("A")).rule(credits(range(51, 58))).build();
            RuleSentences.Structure s = new RuleSentences(new Naming(q)).structure(q.rules());
            assertThat(s.leadIn()).map(Sentence::text).contains("Minimum of 51 and maximum of 58 credits of which:");
            assertThat(s.lines()).map(Sentence::text)
                    .containsExactly("Two units must be completed from Group A: Mandatory Units");
        }

        @Test
        void exactlyInTotal() {
            Qualification q = fixture().rule(units(exactly(8))).rule(all("A")).build();
            assertThat(new RuleSentences(new Naming(q)).structure(q.rules()).leadIn()).map(Sentence::text)
                    .contains("Exactly 8 units of which:");
        }

        @Test
        void aCapInTotalDoesNotLead() {
            assertThat(lines(fixture().rule(units(atMost(10))).rule(all("A")))).containsExactly(
                    "No more than ten units can count towards the qualification",
                    "Two units must be completed from Group A: Mandatory Units");
        }

        @Test
        void aTotalAloneIsALineNotALeadIn() {
            Qualification q = fixture().rule(units(atLeast(7))).build();
            RuleSentences.Structure s = new RuleSentences(new Naming(q)).structure(q.rules());
            assertThat(s.leadIn()).isEmpty();
            assertThat(s.lines()).map(Sentence::text).containsExactly("At least seven units must be selected in total");
        }
    }
}
