package org.qdl.cli.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qdl.diag.Visible;
import org.qdl.runtime.result.Assignment;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.NotCounted;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.result.UnitResult;
import org.qdl.runtime.words.ResultWords;

/**
 * Results for a person: one line per candidate with a clear achieved / not-yet mark, then, indented, what a
 * not-yet candidate still needs, the units that did not count and why, and any problems with the input.
 */
final class TableReport implements Report {
    private static final String INDENT = "    ";
    /** A shortfall offering this many units or fewer lists them beneath it with their titles. */
    private static final int OPTIONS_WITH_TITLES = 3;

    private final ReportOptions options;
    private final ResultWords words;

    TableReport(ReportOptions options, ResultWords words) {
        this.options = options;
        this.words = words;
    }

    @Override
    public String header() {
        StringBuilder s = new StringBuilder();
        s.append(bold(options.title())).append(" (").append(options.qualificationId()).append(")\n");
        if (options.includePlanned()) {
            s.append("what-if: units marked planned are counted as if achieved\n");
        }
        if (!options.plan().isEmpty()) {
            s.append("what-if: ").append(options.plan()).append('\n');
        }
        return s.append('\n').toString();
    }

    @Override
    public String render(List<Result> results) {
        StringBuilder s = new StringBuilder();
        for (Result r : results) {
            line(s, r);
        }
        return s.toString();
    }

    private void line(StringBuilder s, Result r) {
        s.append(r.achieved() ? paint("✔", "32") : paint("✘", "33")).append(' ');
        // text from the input is shown with its control characters as U+XXXX: an id cannot move the cursor,
        // clear the screen or start a line that looks like another result
        String id = Visible.of(r.candidate());
        s.append(id);
        s.append(" ".repeat(Math.max(0, options.idWidth() - id.length()))).append("  ");
        List<String> details = new ArrayList<>();
        if (r.achieved()) {
            s.append(paint("achieved", "32"));
            if (r.grade() != null) {
                details.add("grade " + Visible.of(r.grade()));
            }
            if (options.credits()) {
                details.add(Numbers.plain(r.credits()) + " credits");
            }
            if (r.tariff() != null) {
                details.add(Numbers.plain(r.tariff()) + " tariff points");
            }
            if (!r.endorsements().isEmpty()) {
                details.add("endorsed: " + Visible.of(String.join(", ", r.endorsements())));
            }
        } else if (r.undecided()) {
            // neither achieved nor not: the problem line below (E008) says why
            s.append(paint("undecided", "33"));
        } else {
            s.append(paint("not yet ", "33"));
            if (r.unitsNeeded() > 0) {
                details.add("needs " + Numbers.plural(r.unitsNeeded(), "more unit", "more units"));
            } else if (r.timing() != null && r.timing().closed() != null) {
                details.add("no further unit can count");
            } else if (r.shortfalls().stream().anyMatch(f -> Shortfall.UNITS_CLOSED.equals(f.requirement()))) {
                details.add("the units still open cannot complete it");
            }
            if (options.credits()) {
                details.add(Numbers.plain(r.credits()) + " credits so far");
            }
            if (r.smaller() != null) {
                details.add("achieves the smaller " + Visible.of(r.smaller().title()) + " (" + Visible.of(r.smaller().id())
                        + ")" + (r.smaller().grade() == null ? "" : ", grade " + Visible.of(r.smaller().grade())));
            }
        }
        if (!details.isEmpty()) {
            s.append("  ").append(String.join(", ", details));
        }
        s.append('\n');
        if (words.showsGradedCredits() && r.achieved() && !r.graded().isEmpty()) {
            s.append(INDENT).append("graded: ").append(Visible.of(words.graded(r.graded()))).append('\n');
        }
        if (words.showsGradeProfile() && !r.profile().isEmpty()) {
            s.append(INDENT).append(r.achieved() ? "grades: " : "grades so far: ").append(words.profile(r.profile()))
                    .append('\n');
        }
        List<String> marks = new ArrayList<>(0);
        for (UnitResult u : r.unitResults()) {
            if (u.mark() != null) {
                marks.add(u.unit() + " " + u.mark() + (u.grade() == null ? "" : " (" + u.grade() + ")"));
            }
        }
        if (!marks.isEmpty()) {
            s.append(INDENT).append(marks.size() == 1 ? "mark: " : "marks: ").append(Visible.of(String.join(", ",
                    marks))).append('\n');
        }
        if (r.whatIf() && r.achieved()) {
            List<String> planned = new ArrayList<>();
            for (UnitResult u : r.unitResults()) {
                if (u.achieved() && "planned".equals(u.status())) {
                    planned.add(u.unit());
                }
            }
            if (!planned.isEmpty()) {
                s.append(INDENT).append("~ once planned ").append(planned.size() == 1 ? "unit " : "units ")
                        .append(Visible.of(String.join(", ", planned))).append(planned.size() == 1 ? " is" : " are")
                        .append(" achieved\n");
            }
        }
        if (r.timing() != null) {
            String registration = words.registration(r.timing());
            if (!registration.isEmpty()) {
                s.append(INDENT).append("@ ").append(Visible.of(registration)).append('\n');
            }
            for (org.qdl.runtime.result.Attempt a : r.timing().attempts()) {
                // every attempt that did not stand as given; with --explain, every attempt
                if (options.explain() || a.reason() != org.qdl.runtime.result.Attempt.Reason.STANDS) {
                    s.append(INDENT).append("@ ").append(Visible.of(words.attempt(a))).append('\n');
                }
            }
            for (org.qdl.runtime.result.ClosedUnit c : r.timing().closedUnits()) {
                // a unit that can never be taken (again): never offered below
                s.append(INDENT).append("@ ").append(Visible.of(words.closedUnit(c))).append('\n');
            }
        }
        for (Shortfall f : r.shortfalls()) {
            s.append(INDENT).append("- ").append(Visible.of(words.shortfall(f))).append('\n');
            if (f.options().size() <= OPTIONS_WITH_TITLES) {
                for (String option : f.options()) {
                    if (!words.unitTitle(option).isEmpty()) {
                        s.append(INDENT).append("    ").append(Visible.of(words.unitWithTitle(option))).append('\n');
                    }
                }
            }
        }
        if (r.advice() != null && saysMore(r)) {
            for (String way : words.advice(r.advice())) {
                s.append(INDENT).append(paint("+", "36")).append(' ').append(Visible.of(way)).append('\n');
            }
        }
        Set<String> withProblems = new HashSet<>();
        r.problems().forEach(p -> withProblems.add(p.unit()));
        for (NotCounted n : r.notCounted()) {
            boolean unitItself = n.reason() == NotCounted.Reason.NOT_ACHIEVED || n.reason() == NotCounted.Reason.PLANNED;
            if (unitItself && withProblems.contains(n.unit())) {
                continue; // the problem line says why
            }
            boolean leftOut = n.reason() == NotCounted.Reason.BARRED || n.reason() == NotCounted.Reason.EQUIVALENT
                    || n.reason() == NotCounted.Reason.OVER_MAXIMUM;
            if (options.explain() || !r.achieved() && (unitItself || leftOut)) {
                s.append(INDENT).append(unitItself ? "- " : "= ").append(Visible.of(words.notCounted(n))).append('\n');
            }
        }
        for (Problem p : r.problems()) {
            s.append(INDENT).append(paint("!", "33")).append(' ').append(Visible.of(words.problem(p, options.input()))).append(" [")
                    .append(p.code()).append("]\n");
        }
        if (options.explain()) {
            for (Counted c : r.counted()) {
                s.append(INDENT).append("= ").append(Visible.of(words.unitWithTitle(c.unit()))).append(" counts for ")
                        .append(Visible.of(countedFor(c))).append('\n');
            }
            for (Assignment a : r.assignments()) {
                s.append(INDENT).append("= for ").append(a.endorsement() ? "endorsement " : "pathway ")
                        .append(Visible.of(a.title())).append(":\n");
                for (Counted c : a.counted()) {
                    s.append(INDENT).append("    ").append(Visible.of(words.unitWithTitle(c.unit())))
                            .append(" counts for ").append(Visible.of(countedFor(c))).append('\n');
                }
            }
        }
    }

    /**
     * Whether the ways to complete say more than the shortfalls: when more than one unit is needed (which units go
     * together), or when the units they offer are not just the shortfalls' options.
     */
    private static boolean saysMore(Result r) {
        if (r.unitsNeeded() >= 2 || r.advice().ways().isEmpty()) {
            return r.unitsNeeded() >= 2;
        }
        Set<String> options = new HashSet<>();
        r.shortfalls().forEach(f -> options.addAll(f.options()));
        return !options.equals(new HashSet<>(r.advice().units()));
    }

    private String countedFor(Counted c) {
        String rule = words.countedFor(c);
        return rule.isEmpty() ? c.requirement() : rule;
    }

    @Override
    public String footer(Summary summary) {
        StringBuilder s = new StringBuilder();
        if (summary.candidates() > 0) {
            s.append('\n');
        }
        s.append(Numbers.plural(summary.candidates(), "candidate", "candidates"));
        if (summary.candidates() > 0) {
            s.append(": ").append(summary.achieved()).append(" achieved, ").append(summary.notAchieved())
                    .append(" not yet");
            if (summary.undecided() > 0) {
                s.append(" (").append(summary.undecided()).append(" of them undecided)");
            }
        }
        if (summary.skippedRows() > 0) {
            s.append(" (").append(Numbers.plural(summary.skippedRows(), "bad row", "bad rows")).append(" skipped)");
        }
        return s.append('\n').toString();
    }

    private String bold(String text) {
        return paint(text, "1");
    }

    private String paint(String text, String code) {
        return options.color() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
