package org.qdl.cli.results;

import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;
import org.qdl.runtime.words.ResultWords;

/**
 * One learner's result as the report's page shows it: every fact worded, every unit with its title.
 *
 * @param page the page's file name inside the report's `learners/` folder
 * @param verdict "achieved", "not yet" or "undecided"
 * @param grades the grade of each counted unit that has one (the learner's grade profile, unit by unit)
 */
public record LearnerView(String id, String page, int position, String verdict, boolean achieved, boolean undecided,
        String grade, String credits, int unitsNeeded, List<CountedUnit> counted, List<Missing> missing,
        List<NotCounted> notCounted, List<ProblemLine> problems, List<String> surplus, List<String> endorsements,
        List<UnitGrade> grades) {

    public record CountedUnit(String unit, String title, String rule) {
    }

    public record Missing(String message, List<Option> options) {
    }

    public record Option(String unit, String title) {
    }

    public record NotCounted(String unit, String title, String why) {
    }

    public record ProblemLine(String code, String message) {
    }

    public record UnitGrade(String unit, String title, String grade) {
    }

    static LearnerView of(Result r, int position, ResultWords words, String input) {
        List<CountedUnit> counted = new ArrayList<>();
        for (Counted c : r.counted()) {
            String rule = words.countedFor(c);
            counted.add(new CountedUnit(c.unit(), words.unitTitle(c.unit()), rule.isEmpty() ? c.requirement() : rule));
        }
        List<Missing> missing = new ArrayList<>();
        for (Shortfall s : r.shortfalls()) {
            missing.add(new Missing(words.shortfall(s),
                    s.options().stream().map(o -> new Option(o, words.unitTitle(o))).toList()));
        }
        List<NotCounted> notCounted = new ArrayList<>();
        List<UnitGrade> grades = new ArrayList<>();
        List<String> countedUnits = r.counted().stream().map(Counted::unit).toList();
        for (UnitResult u : r.unitResults()) {
            if (!u.achieved()) {
                notCounted.add(new NotCounted(u.unit(), words.unitTitle(u.unit()),
                        u.reason() == UnitResult.Reason.PLANNED ? "planned, not yet achieved" : words.unitReason(u)));
            } else if (u.grade() != null && countedUnits.contains(u.unit())) {
                grades.add(new UnitGrade(u.unit(), words.unitTitle(u.unit()), u.grade()));
            }
        }
        List<ProblemLine> problems = new ArrayList<>();
        for (Problem p : r.problems()) {
            problems.add(new ProblemLine(p.code(), words.problem(p, input)));
        }
        String verdict = r.achieved() ? "achieved" : r.undecided() ? "undecided" : "not yet";
        return new LearnerView(r.candidate(), pageName(position, r.candidate()), position, verdict, r.achieved(),
                r.undecided(), r.grade() == null ? "" : r.grade(), Numbers.plain(r.credits()), r.unitsNeeded(), counted,
                missing, notCounted, problems, r.surplus(), r.endorsements(), grades);
    }

    /**
     * `0007-jo-smith.html`: the learner's place in the input (ids need not be unique in case, nor safe as file names)
     * and as much of the id as is plainly a file name.
     */
    static String pageName(int position, String id) {
        String slug = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        return String.format("%04d", position) + (slug.isEmpty() ? "" : "-" + slug) + ".html";
    }

    /** The short form the class page keeps of each learner (the pages themselves are written as they come). */
    ClassRow row() {
        return new ClassRow(id, page, position, verdict, achieved, undecided, grade, credits, unitsNeeded,
                problems.size(), missing.stream().flatMap(m -> m.options().stream()).map(Option::unit).distinct()
                        .limit(6).toList());
    }

    /** A learner's row in the class table. */
    public record ClassRow(String id, String page, int position, String verdict, boolean achieved, boolean undecided,
            String grade, String credits, int unitsNeeded, int problems, List<String> firstOptions) {
    }
}
