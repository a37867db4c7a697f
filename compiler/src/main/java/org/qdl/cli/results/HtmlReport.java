package org.qdl.cli.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qdl.emit.handbook.HandbookException;
import org.qdl.emit.handbook.OutputDirectory;
import org.qdl.emit.handbook.Templates;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.words.ResultWords;

/**
 * Results as pages for people (`--format html -o DIR`): `index.html`, the class — counts, who is close to completion,
 * every learner in a table that sorts by any column — and `learners/NNNN-ID.html`, one printable page per learner:
 * the units counted and for which rule, what is still missing with the units' titles, the grade and the grade of
 * each counted unit, the problems with the records. Every page is self-contained (its styles and the class page's
 * sorting script are inside it), prints on A4, and reads without JavaScript. The folder is written as a handbook's
 * is: whole or not at all, and never over files qdl did not write.
 */
public final class HtmlReport implements ResultSink {
    /** Learners a class report holds at most: each is a page, and the pages are put in place together. */
    public static final int MAX_LEARNERS = 20_000;
    /** Learners listed as close to completion: those needing at most this many units. */
    static final int CLOSE = 2;

    private final ReportOptions options;
    private final ResultWords words;
    private final Path target;
    private final Set<Path> keep;
    private final Templates templates;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<LearnerView.ClassRow> rows = new ArrayList<>();
    private String css;

    /** Thrown when the report cannot be written: the message says why, in the user's words. */
    public static final class ReportFailure extends IOException {
        private static final long serialVersionUID = 1L;

        ReportFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public HtmlReport(ReportOptions options, ResultWords words, Path target, Set<Path> keep) throws ReportFailure {
        this.options = options;
        this.words = words;
        this.target = target;
        this.keep = keep;
        try {
            this.templates = Templates.of(HtmlReport.class, "report");
        } catch (HandbookException e) {
            throw new ReportFailure(e.getMessage(), e);
        }
    }

    @Override
    public void start() throws IOException {
        try (var in = HtmlReport.class.getResourceAsStream("report/report.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void accept(List<Result> results) throws IOException {
        for (Result r : results) {
            if (rows.size() >= MAX_LEARNERS) {
                throw new ReportFailure("an html report holds at most " + MAX_LEARNERS + " learners (a page each); "
                        + "split the class, or use --format xlsx or csv", null);
            }
            LearnerView learner = LearnerView.of(r, rows.size() + 1, words, options.input());
            rows.add(learner.row());
            Map<String, Object> model = model();
            model.put("learner", learner);
            files.put("learners/" + learner.page(), render("learner.ftlh", model));
        }
    }

    @Override
    public void finish(Report.Summary summary) throws IOException {
        Map<String, Object> model = model();
        model.put("rows", rows);
        model.put("summary", summary);
        model.put("withProblems", rows.stream().filter(r -> r.problems() > 0).count());
        model.put("close", rows.stream().filter(r -> !r.achieved() && !r.undecided() && r.unitsNeeded() > 0
                && r.unitsNeeded() <= CLOSE).sorted(Comparator.comparingInt(LearnerView.ClassRow::unitsNeeded))
                .toList());
        model.put("closeUnits", CLOSE);
        files.put("index.html", render("class.ftlh", model));
        try {
            OutputDirectory.replace(target, files, keep, OutputDirectory.REPORT);
        } catch (HandbookException e) {
            throw new ReportFailure(e.getMessage(), e);
        }
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("qualification", Map.of("id", options.qualificationId(), "title", options.title()));
        model.put("whatIf", options.includePlanned());
        model.put("credits", options.credits());
        model.put("css", css);
        return model;
    }

    private byte[] render(String template, Map<String, Object> model) throws ReportFailure {
        try {
            return templates.render(template, model).getBytes(StandardCharsets.UTF_8);
        } catch (HandbookException e) {
            throw new ReportFailure(e.getMessage(), e);
        }
    }
}
