package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.qdl.model.GradeRule;
import org.qdl.model.Grading;
import org.qdl.model.Scale;
import org.qdl.emit.handbook.ConditionWords.Mood;
import org.qdl.emit.handbook.HandbookView.GradeLine;
import org.qdl.emit.handbook.HandbookView.PointsRow;
import org.qdl.emit.handbook.HandbookView.PointsTable;

/** The qualification's grading in words: no overall grade, pass, points tables and thresholds, grade conditions. */
final class GradingWords {
    private final Naming names;
    private final ConditionWords conditions;

    GradingWords(Naming names) {
        this.names = names;
        this.conditions = new ConditionWords(names);
    }

    HandbookView.Grading grading(Grading g, List<Prose> notes) {
        HandbookView.Grading words = withoutTariff(g, notes);
        if (g.tariff().isEmpty()) {
            return words;
        }
        String noun = names.unitNoun(List.of());
        return words.withTariff(Sentence.of("Learners who achieve the qualification are also given tariff points: each "
                + noun + " counted earns them for every credit it carries, by its level and grade (a " + noun
                + " the table does not name earns none). The best valid combination is the one counted."),
                pointsTable(g.tariff().get(), "Tariff points per credit"));
    }

    private HandbookView.Grading withoutTariff(Grading g, List<Prose> notes) {
        String noun = names.unitNoun(List.of());
        List<Sentence> paragraphs = new ArrayList<>();
        if (g.rules().isEmpty()) {
            paragraphs.add(Sentence.of("There is no overall grade for this qualification: learners who meet the "
                    + "rules of combination achieve it."));
            return new HandbookView.Grading(paragraphs, null, null, List.of(), notes);
        }
        if (g.rules().size() == 1 && isOtherwise(g.rules().get(0))) {
            String grade = g.rules().get(0).grade();
            Sentence.Builder b = Sentence.builder();
            if (grade.toLowerCase(Locale.ROOT).equals("pass")) {
                b.text("The qualification is graded pass or fail: learners who achieve it are awarded ");
            } else {
                b.text("Learners who achieve the qualification are awarded ");
            }
            paragraphs.add(b.strong(grade).text(".").build());
            return new HandbookView.Grading(paragraphs, null, null, List.of(), notes);
        }
        if (g.gradeRequired()) {
            // `otherwise not achieved`: the grades are a condition of achievement (BTEC International); said first,
            // as the points sentence leads into its table
            paragraphs.add(Sentence.of("A learner whose " + Words.plural(noun) + " meet the rules of combination but "
                    + "none of the grades below has not achieved the qualification."));
        }
        // which credits are graded, before the points sentence: that one leads into its table
        g.selection().ifPresent(sel -> paragraphs.add(Sentence.of(selectionSentence(sel, noun))));
        PointsTable table = null;
        if (g.points().isPresent()) {
            Grading.Points points = g.points().get();
            paragraphs.add(Sentence.of(pointsSentence(points, noun)));
            table = pointsTable(points, points.per() == Grading.Per.CREDIT ? "Points per credit" : "Points per unit");
        }
        Sentence intro = g.selection().isPresent()
                ? Sentence.of("The overall grade is the first of these that the credits graded reach, from the best "
                        + "valid combination of the learner's " + Words.plural(noun) + ":")
                : Sentence.of("The overall grade is the first of these that the best valid combination of "
                + "the learner's " + Words.plural(noun) + " meets:");
        Optional<HandbookView.GradeMatrix> matrix = matrix(g.rules());
        if (matrix.isPresent()) {
            HandbookView.GradeMatrix m = matrix.get();
            intro = Sentence.of("The overall grade follows from the grades of the two " + Words.plural(noun) + ", "
                    + m.rowUnit() + " (down) and " + m.columnUnit() + " (across)"
                    + (m.rows().stream().anyMatch(r -> r.cells().contains("")) ? "; where the table gives no grade, "
                            + "there is none" : "") + ":");
        }
        HandbookView.Grading words = new HandbookView.Grading(paragraphs, table, intro,
                lines(g.rules(), Optional.empty(), noun), notes);
        return matrix.map(words::withMatrix).orElse(words);
    }

    /**
     * The grades as a two-way table, when every one is given by a grade of each of the same two units
     * (`grade table units REPORT, DISCUSSION { … }`, or the same written out as `grade Merit when unit REPORT graded
     * Distinction and unit DISCUSSION graded Pass`): an end-point assessment plan prints it so.
     */
    static Optional<HandbookView.GradeMatrix> matrix(List<GradeRule> rules) {
        List<String> units = null;
        java.util.Map<List<String>, String> cells = new java.util.LinkedHashMap<>();
        Set<String> rowLabels = new LinkedHashSet<>();
        Set<String> columnLabels = new LinkedHashSet<>();
        for (GradeRule r : rules) {
            if (r.fromPoints().isPresent() || r.when().isEmpty() || r.when().get().atoms().size() != 2) {
                return Optional.empty();
            }
            List<org.qdl.model.Condition.Atom> atoms = r.when().get().atoms();
            List<String> pair = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (org.qdl.model.Condition.Atom a : atoms) {
                if (a.kind() != org.qdl.model.Condition.Kind.UNIT_GRADED || a.unit().isEmpty()
                        || a.direction() != org.qdl.model.Condition.Direction.EXACTLY) {
                    return Optional.empty();
                }
                pair.add(a.unit().get());
                labels.add(a.label());
            }
            if (units == null) {
                units = pair;
            }
            if (!units.equals(pair) || pair.get(0).equals(pair.get(1)) || cells.containsKey(labels)) {
                return Optional.empty();
            }
            cells.put(labels, r.grade());
            rowLabels.add(labels.get(0));
            columnLabels.add(labels.get(1));
        }
        if (units == null) {
            return Optional.empty();
        }
        List<HandbookView.PointsRow> rows = new ArrayList<>();
        for (String row : rowLabels) {
            rows.add(new HandbookView.PointsRow(row, columnLabels.stream()
                    .map(column -> cells.getOrDefault(List.of(row, column), "")).toList()));
        }
        return Optional.of(new HandbookView.GradeMatrix(units.get(0), units.get(1), List.copyOf(columnLabels), rows));
    }

    /**
     * "The grade is worked out from the learner's best 75 credits at level 4 (those worth the most points), taken from
     * a valid combination of at most 120 credits, the credits of Mandatory units always among them; when the 75th
     * credit falls inside a unit, only that part of the unit is graded."
     */
    private String selectionSentence(Grading.Selection sel, String noun) {
        String level = sel.level().map(RuleSentences::level).map(l -> " " + l).orElse("");
        StringBuilder s = new StringBuilder("The grade is worked out from ");
        if (sel.best().isPresent()) {
            String best = Words.number(sel.best().get());
            s.append("the learner's best ").append(best).append(sel.best().get().compareTo(java.math.BigDecimal.ONE) == 0
                    ? " credit" : " credits").append(level).append(" (those worth the most points)");
        } else {
            s.append("the credits of the ").append(Words.plural(noun)).append(level).append(" only");
        }
        sel.cap().ifPresent(c -> s.append(", taken from a valid combination of at most ").append(Words.number(c))
                .append(" credits"));
        sel.includingScope().ifPresent(scope -> {
            List<String> named = scope.kind() == org.qdl.model.Rule.ScopeKind.UNITS ? scope.names()
                    : scope.names().stream().map(names::groupTitle).toList();
            s.append(", the credits of ").append(scope.kind() == org.qdl.model.Rule.ScopeKind.UNITS
                    ? (named.size() == 1 ? noun + " " : Words.plural(noun) + " ") : "")
                    .append(Words.join(named, "and")).append(" always among them");
        });
        if (sel.best().isPresent()) {
            s.append("; when the last of the ").append(Words.number(sel.best().get())).append(" credits falls inside a ")
                    .append(noun).append(", only that part of it is graded");
        }
        return s.append('.').toString();
    }

    /** The grades in the order they are tried, each with when it is given. */
    List<GradeLine> lines(List<GradeRule> rules, Optional<Scale> criterionScale, String noun) {
        List<GradeLine> lines = new ArrayList<>();
        for (GradeRule r : rules) {
            String when;
            if (r.fromPoints().isPresent()) {
                when = "at least " + Words.number(r.fromPoints().get()) + " points" + r.when()
                        .map(c -> ", and " + conditions.words(c, criterionScale, Mood.WHEN, noun)).orElse("");
            } else if (r.when().isPresent()) {
                when = conditions.words(r.when().get(), criterionScale, Mood.WHEN, noun);
            } else {
                when = "otherwise";
            }
            lines.add(new GradeLine(r.grade(), when));
        }
        return lines;
    }

    private static boolean isOtherwise(GradeRule r) {
        return r.when().isEmpty() && r.fromPoints().isEmpty();
    }

    private static String pointsSentence(Grading.Points points, String noun) {
        boolean byLevel = points.rows().stream().anyMatch(r -> r.level().isPresent());
        boolean byGlh = points.rows().stream().anyMatch(r -> r.glh().isPresent());
        String key = byLevel && byGlh ? "its level or size in guided learning hours and its grade"
                : byLevel ? "its level and grade" : byGlh ? "its size in guided learning hours and its grade"
                : "its grade";
        if (points.per() == Grading.Per.CREDIT) {
            return "Each " + noun + " counted earns points for every credit it carries, by " + key + ":";
        }
        return "Each " + noun + " counted earns points by " + key + ":";
    }

    private static PointsTable pointsTable(Grading.Points points, String caption) {
        Set<String> grades = new LinkedHashSet<>();
        points.rows().forEach(r -> r.entries().forEach(e -> grades.add(e.grade())));
        boolean byLevel = points.rows().stream().anyMatch(r -> r.level().isPresent());
        boolean byGlh = points.rows().stream().anyMatch(r -> r.glh().isPresent());
        String keyHeading = byLevel && !byGlh ? "Unit level" : byGlh && !byLevel ? "Unit size (GLH)" : "Units";
        List<PointsRow> rows = new ArrayList<>();
        for (Grading.Row row : points.rows()) {
            String key = row.level().map(l -> Words.capitalise(Naming.level(l)))
                    .orElse(row.glh().map(h -> Words.number(h) + " GLH")
                            .orElse(points.rows().size() == 1 ? "Every unit" : "Any other unit"));
            List<String> cells = new ArrayList<>();
            for (String grade : grades) {
                cells.add(row.entries().stream().filter(e -> e.grade().equals(grade)).findFirst()
                        .map(e -> Words.number(e.points())).orElse(""));
            }
            rows.add(new PointsRow(key, cells));
        }
        return new PointsTable(caption, keyHeading, List.copyOf(grades), rows);
    }
}
