package org.qdl.emit.handbook;

import java.util.List;

/**
 * A unit's page as plain data.
 *
 * @param id the page id (file name without `.html`, and anchor on the one-page handbook)
 * @param heading "Unit 4427-203: Give customers a positive impression of yourself and your organisation (A4)"
 * @param introduction overview and the author's own sections
 * @param outcomesTable true when learning outcomes are shown as outcome/criteria table (they have criteria)
 * @param outcomesLeadIn the sentence before the outcomes ("When you … you must consistently:"), or ""
 * @param knowledgeLeadIn the sentence before the knowledge items, or ""
 * @param criteria criteria that belong to no outcome
 * @param assessment evidence, assessment, guidance and content sections
 * @param previous the unit before in the spec's order, or null
 * @param next the unit after, or null
 */
public record UnitView(
        String id,
        String ref,
        String kind,
        String title,
        String heading,
        List<HandbookView.Row> profile,
        List<Prose> introduction,
        List<Outcome> learningOutcomes,
        boolean outcomesTable,
        List<Outcome> performanceOutcomes,
        String outcomesLeadIn,
        List<Criterion> criteria,
        List<Knowledge> knowledge,
        String knowledgeLeadIn,
        List<Prose> assessment,
        Achievement achievement,
        Neighbour previous,
        Neighbour next) {

    public UnitView {
        profile = List.copyOf(profile);
        introduction = List.copyOf(introduction);
        learningOutcomes = List.copyOf(learningOutcomes);
        performanceOutcomes = List.copyOf(performanceOutcomes);
        criteria = List.copyOf(criteria);
        knowledge = List.copyOf(knowledge);
        assessment = List.copyOf(assessment);
    }

    public record Outcome(String id, String ref, String text, List<Criterion> criteria, List<Prose> notes) {
        public Outcome {
            criteria = List.copyOf(criteria);
            notes = List.copyOf(notes);
        }
    }

    /** A criterion with its notes (guidance, evidence), whose headings read as run-in labels. */
    public record Criterion(String ref, String text, List<Prose> notes) {
        public Criterion {
            notes = List.copyOf(notes);
        }
    }

    public record Knowledge(String ref, String text) {
    }

    /**
     * How the unit is achieved and graded: the rule in words (or null), the unit's grades in the order they are
     * tried, and the scales it is assessed on.
     */
    public record Achievement(Sentence rule, Sentence gradesIntro, List<HandbookView.GradeLine> grades,
            List<ScaleView> scales) {
        public Achievement {
            grades = List.copyOf(grades);
            scales = List.copyOf(scales);
        }

        public boolean empty() {
            return rule == null && grades.isEmpty() && scales.isEmpty();
        }
    }

    /** A scale as a table, lowest label first, with a note on its default and achieved labels. */
    public record ScaleView(String caption, List<ScaleRow> rows, String note) {
        public ScaleView {
            rows = List.copyOf(rows);
        }

        public boolean described() {
            return rows.stream().anyMatch(r -> !r.description().isEmpty());
        }
    }

    public record ScaleRow(String label, String description) {
    }

    public record Neighbour(String id, String heading) {
    }
}
