package org.qdl.emit.handbook;

import java.util.List;

/**
 * Everything the index page and the one-page handbook show, as plain data: the templates only lay it out. Fields
 * documented as "or null" are absent when the spec does not give them.
 *
 * @param title the qualification's title
 * @param awardingBody the awarding body, or ""
 * @param sourceName the spec's file name, for the colophon
 * @param unitsNoun "units", or the author's word ("modules", "competencies")
 * @param profile the qualification profile table
 * @param introduction prose that comes before the structure (overview, aims, entry requirements)
 * @param structure the rules of combination in words, and the group tables
 * @param grading how the overall grade is decided
 * @param sections the remaining prose, in the spec's order
 * @param units every unit, in the spec's order
 * @param unitIndex every unit, in the natural order of references
 * @param contents the table of contents
 * @param parts the index page's sections in the order they are shown, each with its number and heading level
 */
public record HandbookView(
        String title,
        String awardingBody,
        String sourceName,
        String unitsNoun,
        List<Row> profile,
        List<Prose> introduction,
        Structure structure,
        Grading grading,
        List<Prose> sections,
        List<UnitView> units,
        List<IndexEntry> unitIndex,
        List<Toc> contents,
        List<Part> parts) {

    public HandbookView {
        profile = List.copyOf(profile);
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        units = List.copyOf(units);
        unitIndex = List.copyOf(unitIndex);
        contents = List.copyOf(contents);
        parts = List.copyOf(parts);
    }

    /**
     * A section of the index page, in order: {@code kind} is `profile`, `prose` (then {@code prose} is set),
     * `structure`, `grading` or `index`; {@code number} is its section number ("" for none) and {@code level} the
     * level of its heading (2, or deeper for a section numbered under another: 1.1 under 1).
     */
    public record Part(String kind, Prose prose, String number, String heading, String id, int level) {
        /** The heading with its number before it. */
        public String numberedHeading() {
            return number.isEmpty() ? heading : number + " " + heading;
        }
    }

    /** A row of a profile table; {@code datetime} is the ISO date when the value is a date, else "". */
    public record Row(String label, String value, String datetime) {
        static Row of(String label, String value) {
            return new Row(label, value, "");
        }
    }

    /**
     * The structure: {@code opening} ("To achieve the …, learners must achieve:"), the lead-in (or null) and lines
     * of the common rules, the pathways and endorsements, the tables of units by group, and the author's own prose
     * about the structure when there are no rules to generate it from.
     */
    public record Structure(Sentence opening, Sentence leadIn, List<Sentence> lines, String pathwaysIntro,
            List<PathwayView> pathways, String endorsementsIntro, List<PathwayView> endorsements,
            List<GroupTable> groups, List<Sentence> unions, List<Prose> notes) {
        public Structure {
            notes = List.copyOf(notes);
            lines = List.copyOf(lines);
            pathways = List.copyOf(pathways);
            endorsements = List.copyOf(endorsements);
            groups = List.copyOf(groups);
            unions = List.copyOf(unions);
        }
    }

    /** A pathway or endorsement: its heading, numbers, the sentence that opens its rules, and its rules. */
    public record PathwayView(String id, String heading, List<Row> numbers, Sentence opening, Sentence leadIn,
            List<Sentence> lines, List<Prose> sections) {
        public PathwayView {
            numbers = List.copyOf(numbers);
            lines = List.copyOf(lines);
            sections = List.copyOf(sections);
        }
    }

    /** A table of a group's units; columns with nothing in them are left out. */
    public record GroupTable(String id, String caption, String levelHeading, String creditHeading, boolean showLevel,
            boolean showCredit, boolean showGlh, List<UnitRow> rows, List<Prose> sections) {
        public GroupTable {
            rows = List.copyOf(rows);
            sections = List.copyOf(sections);
        }
    }

    public record UnitRow(String ref, String id, String title, String level, String credit, String glh) {
    }

    /**
     * Grading: paragraphs, an optional points table (or null), the grades in the order they are tried, each with
     * the words that say when it is given, and the author's own prose about grading.
     */
    public record Grading(List<Sentence> paragraphs, PointsTable points, Sentence gradesIntro, List<GradeLine> grades,
            List<Prose> notes, Sentence tariffIntro, PointsTable tariff, GradeMatrix matrix) {
        public Grading {
            notes = List.copyOf(notes);
            paragraphs = List.copyOf(paragraphs);
            grades = List.copyOf(grades);
        }

        public Grading(List<Sentence> paragraphs, PointsTable points, Sentence gradesIntro, List<GradeLine> grades,
                List<Prose> notes) {
            this(paragraphs, points, gradesIntro, grades, notes, null, null, null);
        }

        /** The same grading with a tariff table after it. */
        public Grading withTariff(Sentence intro, PointsTable table) {
            return new Grading(paragraphs, points, gradesIntro, grades, notes, intro, table, matrix);
        }

        /** The same grading given as a two-way table (its grade lines kept for the checker page). */
        public Grading withMatrix(GradeMatrix m) {
            return new Grading(paragraphs, points, gradesIntro, grades, notes, tariffIntro, tariff, m);
        }
    }

    /**
     * An end-point assessment's grade table over two units, as its plan prints it: a row for each grade of
     * {@code rowUnit}, a column for each grade of {@code columnUnit}, the overall grade where they meet ("" where no
     * grade is given).
     */
    public record GradeMatrix(String rowUnit, String columnUnit, List<String> columns, List<PointsRow> rows) {
        public GradeMatrix {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record PointsTable(String caption, String keyHeading, List<String> grades, List<PointsRow> rows) {
        public PointsTable {
            grades = List.copyOf(grades);
            rows = List.copyOf(rows);
        }
    }

    /** A row of the points table; a cell is "" where the row gives no points for that grade. */
    public record PointsRow(String key, List<String> cells) {
        public PointsRow {
            cells = List.copyOf(cells);
        }
    }

    /** A grade and when it is given ("at least 1380 points", "otherwise"). */
    public record GradeLine(String grade, String when) {
    }

    public record IndexEntry(String ref, String id, String title, String groups) {
    }

    /** An entry of the table of contents: an anchor of the index page, or a unit's page. */
    public record Toc(String anchor, String unitId, String number, String title, List<Toc> children) {
        public Toc {
            children = List.copyOf(children);
        }
    }
}
