package org.qdl.cli.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;
import org.qdl.runtime.words.ResultWords;

/**
 * One CSV row per candidate, for a spreadsheet or a management-information system. A shortfall's message names at
 * most a few of the units it offers ("… and 22 more"); `options` lists every one, with its title, each shortfall's
 * after a ` | `. Text cells are {@linkplain Cells#neutral neutralised} against formula injection.
 */
final class CsvReport implements Report {
    private static final List<String> COLUMNS = List.of("candidate", "achieved", "grade", "credits", "units_needed",
            "shortfalls", "problems", "options");

    /**
     * Each worker's cells, reused from chunk to chunk (only the finished chunk's bytes are copied out), and room for a
     * learner's shortfalls' words.
     */
    private static final ThreadLocal<Worker> WORKER = ThreadLocal.withInitial(Worker::new);

    private static final class Worker {
        final CsvCells cells = new CsvCells(1 << 16);
        Said[] said = new Said[4];
        /** A row's problems cell, written into by problemsCell. */
        final StringBuilder problems = new StringBuilder(256);
    }

    private final ResultWords words;
    /** Per unit offered: its code and title, escaped for a quoted cell (made once, by whichever worker first needs it). */
    private final Map<String, byte[]> titled = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Shortfalls' words, made once for the run by whichever worker first needs them: learners share most of their
     * shortfalls (a million SVQ learners have some 5,200 distinct ones), and words of at most {@link #SAID_BYTES}
     * bytes are kept (a shortfall offering a long list of units holds each unit's title).
     */
    private final Map<Shortfall, Said> said = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong saidBytes = new java.util.concurrent.atomic.AtomicLong();
    private static final long SAID_BYTES = 32L << 20;
    /** Per unit offered: the options cell when it is the only unit offered. */
    private final Map<String, byte[]> alone = new java.util.concurrent.ConcurrentHashMap<>();
    /** The input as the user named it, which places a problem with a row ("orders.csv:1234: …"). */
    private final String input;
    /**
     * A unit alone as the options cell words it: made once, not a lambda a row (a capturing lambda is an object made at
     * each row that passes one).
     */
    private final Function<String, byte[]> aloneCell;
    private final boolean tariff;
    private final boolean profile;
    private final boolean graded;
    private final List<String> columns;

    /**
     * The tariff column only for a qualification with a tariff, the profile column only for one whose units can be
     * achieved at two grades or more, the graded column only for one whose grading chooses the credits it grades:
     * every other CSV reads as it always has.
     */
    CsvReport(ResultWords words, boolean tariff, String input) {
        this.words = words;
        this.input = input;
        this.tariff = tariff;
        this.profile = words.showsGradeProfile();
        this.graded = words.showsGradedCredits();
        this.aloneCell = u -> CsvCells.whole(Cells.neutral(words.unitWithTitle(u)));
        java.util.stream.Stream<String> extra = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                tariff ? java.util.stream.Stream.of("tariff") : java.util.stream.Stream.empty(),
                profile ? java.util.stream.Stream.of("profile") : java.util.stream.Stream.empty()),
                graded ? java.util.stream.Stream.of("graded") : java.util.stream.Stream.empty());
        this.columns = java.util.stream.Stream.concat(COLUMNS.stream(), extra).toList();
    }

    @Override
    public String header() {
        return String.join(",", columns) + "\n";
    }

    @Override
    public String render(List<Result> results) {
        return new String(renderUtf8(results), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The rows as UTF-8, written straight to bytes ({@link CsvCells}: quoted as Jackson's CSV generator quotes them, as
     * qdl's CSV always was), each shortfall's words and offered units copied as bytes made once per run.
     */
    @Override
    public byte[] renderUtf8(List<Result> results) {
        Worker worker = WORKER.get();
        CsvCells out = worker.cells;
        out.clear();
        for (Result r : results) {
            // each shortfall's words looked up once, for both cells that show them
            List<Shortfall> shortfalls = r.shortfalls();
            if (worker.said.length < shortfalls.size()) {
                worker.said = new Said[shortfalls.size()];
            }
            Said[] said = worker.said;
            for (int i = 0; i < shortfalls.size(); i++) {
                said[i] = said(shortfalls.get(i));
            }
            out.cell(Cells.neutral(r.candidate()));
            out.cell(r.achieved() ? "true" : "false");
            out.cell(Cells.neutral(r.grade() == null ? "" : r.grade()));
            BigDecimal credits = r.credits();
            if (credits != null && credits.scale() == 0 && credits.precision() < 19) {
                out.cell(credits.longValue());
            } else {
                out.cell(Numbers.plain(credits));
            }
            out.cell(r.unitsNeeded());
            shortfallsCell(out, shortfalls.size(), said);
            out.cell(Cells.neutral(problemsCell(worker.problems, r.problems())));
            optionsCell(out, shortfalls, said);
            if (tariff) {
                out.cell(r.tariff() == null ? "" : Numbers.plain(r.tariff()));
            }
            if (profile) {
                out.cell(Cells.neutral(words.profile(r.profile())));
            }
            if (graded) {
                out.cell(Cells.neutral(words.graded(r.graded())));
            }
            out.endRow();
        }
        return out.toBytes();
    }

    /**
     * A shortfall's words, as a piece of a quoted cell ({@code neutralised}: a cell that starts with them takes a
     * quote mark first) and as the whole cell, when it is the learner's only one; and the units it offers, each with
     * its title and `; ` between them, as a piece of a quoted cell.
     */
    private record Said(byte[] escaped, boolean neutralised, byte[] alone, byte[] options) {
        long size() {
            return escaped.length + alone.length + options.length;
        }
    }

    /** The shortfalls' words, `; ` between them (learners share most of their shortfalls). */
    private void shortfallsCell(CsvCells out, int shortfalls, Said[] said) {
        if (shortfalls == 1) {
            out.whole(said[0].alone());
            return;
        }
        if (shortfalls == 0) {
            out.cell("");
            return;
        }
        // `; ` has a space: the cell is quoted, so its pieces can be written as they are
        out.openQuoted();
        for (int i = 0; i < shortfalls; i++) {
            Said s = said[i];
            if (i == 0 && s.neutralised()) {
                out.escapedPiece(QUOTE_MARK);
            }
            if (i > 0) {
                out.escapedPiece(BETWEEN_UNITS);
            }
            out.escapedPiece(s.escaped());
        }
        out.closeQuoted();
    }

    private Said said(Shortfall s) {
        Said known = said.get(s);
        if (known != null) {
            return known;
        }
        String text = words.shortfall(s);
        CsvCells options = new CsvCells(64);
        boolean first = true;
        // in order, not by index (a shortfall's options may be a list that is read best so)
        for (String option : s.options()) {
            if (!first) {
                options.escapedPiece(BETWEEN_UNITS);
            }
            options.escapedPiece(titled(option));
            first = false;
        }
        Said made = new Said(CsvCells.escaped(text), neutralised(text), CsvCells.whole(Cells.neutral(text)),
                options.toBytes());
        if (saidBytes.get() < SAID_BYTES && said.putIfAbsent(s, made) == null) {
            saidBytes.addAndGet(made.size());
        }
        return made;
    }

    /** A unit's code and title, escaped for a quoted cell. */
    private byte[] titled(String unit) {
        return titled.computeIfAbsent(unit, u -> CsvCells.escaped(words.unitWithTitle(u)));
    }

    /** The options cell ({@link #options(Result, ResultWords)}), each shortfall's units escaped once per run. */
    private void optionsCell(CsvCells out, List<Shortfall> shortfalls, Said[] said) {
        String first = null;
        int units = 0;
        for (Shortfall s : shortfalls) {
            units += s.options().size();
            if (first == null && !s.options().isEmpty()) {
                first = s.options().get(0);
            }
        }
        if (units <= 1) {
            if (first == null) {
                out.cell("");
            } else {
                out.whole(alone.computeIfAbsent(first, aloneCell));
            }
            return;
        }
        // `; ` and ` | ` have spaces: the cell is quoted
        out.openQuoted();
        if (neutralised(first)) {
            out.escapedPiece(QUOTE_MARK);
        }
        boolean firstShortfall = true;
        for (int k = 0; k < shortfalls.size(); k++) {
            if (shortfalls.get(k).options().isEmpty()) {
                continue;
            }
            if (!firstShortfall) {
                out.escapedPiece(BETWEEN_SHORTFALLS);
            }
            firstShortfall = false;
            out.escapedPiece(said[k].options());
        }
        out.closeQuoted();
    }

    private static final byte[] QUOTE_MARK = CsvCells.escaped("'");
    private static final byte[] BETWEEN_UNITS = CsvCells.escaped("; ");
    private static final byte[] BETWEEN_SHORTFALLS = CsvCells.escaped(" | ");

    /** Whether {@link Cells#neutral} puts a quote mark before text that starts as {@code text} does. */
    private static boolean neutralised(String text) {
        return !text.isEmpty() && Cells.neutral(text).length() != text.length();
    }

    /** Every unit each shortfall offers, with its title: `M7 Title; M9 Title | 4427-301 Title`. */
    static String options(Result r, ResultWords words) {
        StringJoiner all = new StringJoiner(" | ");
        for (Shortfall s : r.shortfalls()) {
            if (!s.options().isEmpty()) {
                all.add(String.join("; ", s.options().stream().map(words::unitWithTitle).toList()));
            }
        }
        return all.toString();
    }

    /**
     * The problems cell: each problem's code and words ("E002 orders.csv:12: unit `4427-301` is listed more than once;
     * it counts once"), joined by "; ", written into the worker's {@code cell} rather than made a string a piece: a
     * problem's words were five strings, a tenth of a run's allocation where a quarter of the learners have one.
     */
    private String problemsCell(StringBuilder cell, List<Problem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        cell.setLength(0);
        for (Problem p : problems) {
            if (cell.length() > 0) {
                cell.append("; ");
            }
            words.appendProblem(cell.append(p.code()).append(' '), p, input);
        }
        return cell.toString();
    }

    @Override
    public String footer(Summary summary) {
        return "";
    }
}
