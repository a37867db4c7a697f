package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.emit.handbook.Models.*;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qdl.model.Condition;
import org.qdl.model.Condition.Direction;
import org.qdl.model.GradeRule;
import org.qdl.model.Rule;
import org.qdl.model.Grading;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;

/** Grading, unit achievement, pathways and endorsements in words. */
class GradingSentencesTest {

    private static HandbookView view(Qualification q) {
        return HandbookViews.build(q);
    }

    private static List<String> paragraphs(HandbookView v) {
        return v.grading().paragraphs().stream().map(Sentence::text).toList();
    }

    @Test
    void noOverallGrade() {
        HandbookView v = view(SampleModels.svq());
        assertThat(paragraphs(v)).containsExactly("There is no overall grade for this qualification: learners who "
                + "meet the rules of combination achieve it.");
        assertThat(v.profile()).anySatisfy(r -> assertThat(r.value()).isEqualTo("No overall grade"));
    }

    @Test
    void passOrFail() {
        HandbookView v = view(SampleModels.proqual());
        assertThat(paragraphs(v)).containsExactly(
                "The qualification is graded pass or fail: learners who achieve it are awarded Pass.");
        assertThat(v.profile()).anySatisfy(r -> assertThat(r.value()).isEqualTo("Pass or fail"));
    }

    /**
     * An end-point assessment's grade table over two methods (L7 Digital and Technology Solutions, asymmetric): the
     * handbook prints it as the plan does, a row for each grade of one, a column for each of the other, and names
     * each grade once in the profile.
     */
    @Test
    void aGradeTableOverTwoUnitsIsPrintedAsATable() {
        String[][] table = {{"Pass", "Pass", "Pass"}, {"Pass", "Distinction", "Pass"}, {"Distinction", "Pass", "Merit"},
            {"Distinction", "Distinction", "Distinction"}};
        List<GradeRule> rules = new java.util.ArrayList<>();
        for (String[] row : table) {
            rules.add(new GradeRule(row[2], Optional.of(new Condition(null, List.of(
                    Condition.Atom.unitGraded("REPORT", row[0], Direction.EXACTLY),
                    Condition.Atom.unitGraded("DISCUSSION", row[1], Direction.EXACTLY)))), Optional.empty()));
        }
        HandbookView v = view(qualification("epa", "EPA").group("A", null, unit("REPORT", "Report"),
                unit("DISCUSSION", "Discussion")).grading(new Grading(true, false, rules, Optional.empty())).build());
        HandbookView.GradeMatrix m = v.grading().matrix();
        assertThat(m).isNotNull();
        assertThat(m.rowUnit()).isEqualTo("REPORT");
        assertThat(m.columnUnit()).isEqualTo("DISCUSSION");
        assertThat(m.columns()).containsExactly("Pass", "Distinction");
        assertThat(m.rows()).extracting(HandbookView.PointsRow::key).containsExactly("Pass", "Distinction");
        assertThat(m.rows().get(0).cells()).containsExactly("Pass", "Pass");
        assertThat(m.rows().get(1).cells()).containsExactly("Merit", "Distinction");
        assertThat(v.grading().gradesIntro().text()).isEqualTo("The overall grade follows from the grades of the two "
                + "units, REPORT (down) and DISCUSSION (across):");
        assertThat(v.profile()).anySatisfy(r -> assertThat(r.value()).isEqualTo("Pass, Merit or Distinction"));

        // a row that also asks something else, or a grade by points, keeps the grades as lines
        rules.add(gradeFrom("Pass", 0));
        HandbookView lines = view(qualification("epa", "EPA").group("A", null, unit("REPORT", "Report"),
                unit("DISCUSSION", "Discussion")).grading(new Grading(true, false, rules, Optional.empty())).build());
        assertThat(lines.grading().matrix()).isNull();
        assertThat(lines.grading().grades()).hasSize(5);
    }

    @Test
    void theBestCreditsGraded() {
        Grading.Points points = new Grading.Points(Grading.Per.CREDIT, List.of(new Grading.Row(Optional.empty(),
                Optional.empty(), List.of(new Grading.Entry("P", n(0)), new Grading.Entry("M", n(1)),
                        new Grading.Entry("D", n(2))))));
        Grading.Selection best = new Grading.Selection(Optional.of(n(75)), Optional.of(new org.qdl.model.Rule
                .LevelFilter(rqf(4), Direction.EXACTLY, false)), Optional.of(n(120)), List.of("U1"),
                Optional.of(new org.qdl.model.Rule.Scope(org.qdl.model.Rule.ScopeKind.UNITS, List.of("U1"))),
                "grade from the best 75 credits at level 4, taken from at most 120 credits, including unit U1");
        Grading g = new Grading(true, false, List.of(gradeFrom("Distinction", 150), gradeFrom("Pass", 0)),
                Optional.of(points), Optional.empty(), false, Optional.of(best));
        HandbookView v = view(qualification("b", "HNC").group("A", null, unit("U1", "u").level(rqf(4)))
                .grading(g).build());
        // the points sentence last, as it leads into its table
        assertThat(paragraphs(v)).containsExactly(
                "The grade is worked out from the learner's best 75 credits at level 4 (those worth the most points), "
                        + "taken from a valid combination of at most 120 credits, the credits of unit U1 always among "
                        + "them; when the last of the 75 credits falls inside a unit, only that part of it is graded.",
                "Each unit counted earns points for every credit it carries, by its grade:");
        assertThat(v.grading().gradesIntro().text()).isEqualTo("The overall grade is the first of these that the "
                + "credits graded reach, from the best valid combination of the learner's units:");
    }

    @Test
    void pointsTablesAndThresholds() {
        Grading g = new Grading(true, false, List.of(gradeFrom("DDD", 1380), gradeFrom("MMM", 1140),
                gradeFrom("PPP", 0)), Optional.of(new Grading.Points(Grading.Per.CREDIT, List.of(
                        new Grading.Row(Optional.of(rqf(3)), Optional.empty(), List.of(
                                new Grading.Entry("P", n(7)), new Grading.Entry("M", n(8)), new Grading.Entry("D", n(9)))),
                        new Grading.Row(Optional.empty(), Optional.empty(), List.of(new Grading.Entry("P", n(1))))))));
        HandbookView v = view(qualification("b", "BTEC").group("A", null, unit("U1", "u").level(rqf(3)))
                .grading(g).build());
        assertThat(paragraphs(v)).containsExactly(
                "Each unit counted earns points for every credit it carries, by its level and grade:");
        HandbookView.PointsTable t = v.grading().points();
        assertThat(t.caption()).isEqualTo("Points per credit");
        assertThat(t.keyHeading()).isEqualTo("Unit level");
        assertThat(t.grades()).containsExactly("P", "M", "D");
        assertThat(t.rows()).containsExactly(new HandbookView.PointsRow("Level 3", List.of("7", "8", "9")),
                new HandbookView.PointsRow("Any other unit", List.of("1", "", "")));
        assertThat(v.grading().gradesIntro().text()).isEqualTo(
                "The overall grade is the first of these that the best valid combination of the learner's units meets:");
        assertThat(v.grading().grades()).containsExactly(new HandbookView.GradeLine("DDD", "at least 1380 points"),
                new HandbookView.GradeLine("MMM", "at least 1140 points"),
                new HandbookView.GradeLine("PPP", "at least 0 points"));
        assertThat(v.profile()).anySatisfy(r -> assertThat(r.value()).isEqualTo("DDD, MMM or PPP"));
    }

    @Test
    void pointsPerUnitByGlh() {
        Grading g = new Grading(true, false, List.of(gradeFrom("D", 100)), Optional.of(new Grading.Points(
                Grading.Per.UNIT, List.of(new Grading.Row(Optional.empty(), Optional.of(n(60)), List.of(
                        new Grading.Entry("P", n(6)), new Grading.Entry("M", n(10))))))));
        HandbookView v = view(qualification("b", "BTEC").unit(unit("U1", "u")).grading(g).build());
        assertThat(paragraphs(v)).containsExactly(
                "Each unit counted earns points by its size in guided learning hours and its grade:");
        assertThat(v.grading().points().rows()).containsExactly(
                new HandbookView.PointsRow("60 GLH", List.of("6", "10")));
    }

    @Test
    void gradeConditions() {
        Grading g = new Grading(true, false, List.of(
                grade("Distinction", when(everyUnit("D", Direction.EXACTLY), points(260))),
                grade("Merit", when(someUnits(50, true, "M", Direction.OR_ABOVE))),
                grade("Credit", when(someUnits(2, false, "M", Direction.OR_ABOVE))),
                otherwise("Pass")), Optional.empty());
        HandbookView v = view(qualification("b", "B").scale(scale("pmd", null, "P", List.of("P", "M", "D"),
                "P", "", "M", "", "D", "")).unit(unit("U1", "u")).grading(g).build());
        assertThat(v.grading().grades()).extracting(HandbookView.GradeLine::when).containsExactly(
                "every unit counted is graded D and the units counted are worth at least 260 points",
                "at least 50% of the units counted are graded M or D",
                "at least two units counted are graded M or D",
                "otherwise");
    }

    @Test
    void pointsFromSomeUnitsAThresholdWithAConditionAndOtherwiseNotAchieved() {
        Condition.Atom fromCore = new Condition.Atom(Condition.Kind.POINTS, null, Direction.EXACTLY, null, false, n(24),
                Optional.empty(), Optional.of(new Condition.From(new Rule.Scope(Rule.ScopeKind.UNITS,
                        List.of("U1", "U2")), List.of("U1", "U2"))));
        Grading g = new Grading(true, false, List.of(
                new GradeRule("Level 2 Pass", Optional.of(when(fromCore)), Optional.of(n(48))),
                gradeFrom("Level 1", 32)), Optional.of(new Grading.Points(Grading.Per.UNIT, List.of(
                        new Grading.Row(Optional.empty(), Optional.of(n(30)), List.of(new Grading.Entry("P", n(6))))))),
                Optional.empty(), true, Optional.empty());
        HandbookView v = view(qualification("b", "B").scale(scale("pmd", null, "P", List.of("P"), "P", ""))
                .unit(unit("U1", "u")).unit(unit("U2", "v")).grading(g).build());
        assertThat(v.grading().grades()).extracting(HandbookView.GradeLine::when).containsExactly(
                "at least 48 points, and the units counted from units U1 and U2 are worth at least 24 points",
                "at least 32 points");
        assertThat(v.grading().paragraphs().get(0).text()).isEqualTo("A learner whose units meet the rules of "
                + "combination but none of the grades below has not achieved the qualification.");
    }

    @Test
    void everyCriterionMustBeRatedSOrH() {
        UnitView u = view(SampleModels.ingots()).units().get(0);
        assertThat(u.achievement().rule().text()).isEqualTo("To achieve the unit, every criterion must be rated S or H.");
        assertThat(u.achievement().scales()).singleElement().satisfies(s -> {
            assertThat(s.caption()).isEqualTo("Criterion scale: INGOTs criterion judgement");
            assertThat(s.rows()).extracting(UnitView.ScaleRow::label).containsExactly("N", "L", "S", "H");
            assertThat(s.note()).isEqualTo("A criterion not rated counts as N. S and H count as achieved.");
        });
    }

    @Test
    void aCriterionScaleWithoutAConditionNeedsEveryCriterionAchieved() {
        Qualification q = qualification("x", "X").unit(unit("U", "u").criterionScale(SampleModels.nlsh())).build();
        assertThat(view(q).units().get(0).achievement().rule().text())
                .isEqualTo("To achieve the unit, every criterion must be rated S or H.");
    }

    @Test
    void resultScale() {
        UnitView m = view(SampleModels.customer1st()).units().get(0);
        assertThat(m.achievement().rule().text())
                .isEqualTo("The module's result is Pass or Not yet passed; a result of Pass achieves it.");
    }

    @Test
    void unitGradesFromCriteria() {
        UnitView c = view(SampleModels.ipla()).units().get(0);
        assertThat(c.achievement().rule().text())
                .isEqualTo("To achieve the competency, every criterion must be rated Meets or Exceeds.");
        assertThat(c.achievement().gradesIntro().text())
                .isEqualTo("The competency is graded by the first of these that its criterion ratings meet:");
        assertThat(c.achievement().grades()).containsExactly(
                new HandbookView.GradeLine("Advanced", "at least 50% of the criteria are rated Exceeds"),
                new HandbookView.GradeLine("Introductory", "otherwise"));
    }

    @Test
    void someCriteriaAndBelow() {
        Qualification q = qualification("x", "X").unit(unit("U", "u").criterionScale(SampleModels.nlsh())
                .achievedWhen(when(someCriteria(3, false, "L", Direction.OR_ABOVE),
                        someCriteria(1, false, "L", Direction.OR_BELOW)))).build();
        assertThat(view(q).units().get(0).achievement().rule().text()).isEqualTo("To achieve the unit, at least "
                + "three criteria must be rated L, S or H and at least one criterion must be rated L or N.");
    }

    @Test
    void pathwaysAndEndorsements() {
        Qualification q = qualification("hsc", "Level 2 Diploma in Care")
                .group("A", "Group A", unit("A1", "a"))
                .group("B", "Group B", unit("B1", "b"), unit("4222-201", "Dementia awareness"))
                .rule(all("A"))
                .pathway(Pathway.Kind.PATHWAY, "dementia", "Level 2 Diploma in Care (Dementia)",
                        credits(range(2, 7)).from("B").including("4222-201"))
                .pathway(Pathway.Kind.ENDORSEMENT, "acc", "Extended Diploma in Business (Accounting)", all("B"))
                .build();
        HandbookView.Structure s = view(q).structure();
        assertThat(s.pathwaysIntro()).isEqualTo("Learners must also meet the rules of one of these pathways:");
        assertThat(s.pathways()).singleElement().satisfies(p -> {
            assertThat(p.heading()).isEqualTo("Pathway: Level 2 Diploma in Care (Dementia)");
            assertThat(p.opening().text())
                    .isEqualTo("To achieve the Level 2 Diploma in Care (Dementia), learners must also achieve:");
            assertThat(p.lines()).map(Sentence::text).containsExactly(
                    "Between 2 and 7 credits must be achieved from Group B, including unit 4222-201");
        });
        assertThat(s.endorsements()).singleElement().satisfies(p -> {
            assertThat(p.heading()).isEqualTo("Endorsement: Extended Diploma in Business (Accounting)");
            assertThat(p.opening().text()).isEqualTo("The endorsed title Extended Diploma in Business (Accounting) "
                    + "is awarded to learners who also achieve:");
            assertThat(p.lines()).map(Sentence::text).containsExactly("Two units must be completed from Group B");
        });
    }

    @Test
    void theAuthorsGradingProseJoinsTheGradingSection() {
        HandbookView v = view(SampleModels.customer1st());
        assertThat(v.grading().notes()).singleElement().satisfies(p -> assertThat(p.blocks().get(0).text())
                .isEqualTo("There is no grade associated with achievement of the overall Award."));
        assertThat(v.sections()).noneMatch(p -> p.heading().equals("Grading"));
    }

    @Test
    void theAuthorsCopyOfTheStructureIsNotSaidTwice() {
        HandbookView v = view(SampleModels.svq());
        assertThat(v.structure().notes()).isEmpty();
        assertThat(v.sections()).noneMatch(p -> p.heading().equals("Qualification structure"));
        Qualification unruled = qualification("x", "X").unit(unit("U1", "u"))
                .section(titled("Qualification structure", "Candidates must complete the unit.")).build();
        assertThat(view(unruled).structure().notes()).hasSize(1);
    }

    @Test
    void unitsAreHeadedByTheirOwnNumberWhenTheyHaveOne() {
        assertThat(view(SampleModels.svq()).units()).anySatisfy(u -> assertThat(u.heading())
                .isEqualTo("Unit 203: Give customers a positive impression of yourself and your organisation (A4)"));
        assertThat(view(SampleModels.proqual()).units().get(0).heading())
                .isEqualTo("Unit R/506/4854: Understanding the organisation");
    }

    @Test
    void unionGroupsSayWhatTheyAreMadeOf() {
        Qualification q = qualification("u", "U").group("B", null, unit("B1", "b")).group("C", null, unit("C1", "c"))
                .union("BC", "Groups B and C", "B", "C").build();
        assertThat(view(q).structure().unions()).map(Sentence::text)
                .containsExactly("Groups B and C is made up of Group B and Group C.");
    }
}
