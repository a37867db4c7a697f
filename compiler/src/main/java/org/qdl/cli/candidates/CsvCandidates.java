package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qdl.diag.DidYouMean;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;

/**
 * Candidates from CSV: a header row, then one row per achievement (or per criterion rating). Columns
 * `candidate` and `unit` are required; `result`, `status`, `date`, `criterion` and `rating` are optional. A row
 * with a criterion adds that rating to the candidate's unit. Rows of one candidate need not be adjacent, so the
 * whole file is read first — compactly, two ints a row — and candidates come out in order of first appearance.
 */
public final class CsvCandidates implements CandidateSource {
    static final List<String> COLUMNS = List.of("candidate", "unit", "result", "status", "date", "criterion", "rating");
    private static final CsvMapper MAPPER = new CsvMapper();

    private final String name;
    private final Interner ids = new Interner();
    private final Interner values = new Interner();
    private final RowValues tuples = new RowValues();
    private Achievement[] plain;
    /** Row numbers grouped by candidate, each group in file order; group c is rows[first[c]] .. rows[first[c+1]-1]. */
    private int[] rows;
    private int[] first;
    private int[] tupleOfRow;
    private int nextCandidate;

    private CsvCandidates(String name) {
        this.name = name;
        values.intern("");
    }

    /**
     * Reads the whole input. A malformed row fails the read, unless {@code skipped} is given: then the row is
     * reported to it (as `FILE:LINE: what`) and left out. Unknown columns are reported to {@code warnings}.
     */
    public static CsvCandidates read(InputStream in, String name, Consumer<String> skipped, Consumer<String> warnings)
            throws IOException, BadInputException {
        CsvCandidates c = new CsvCandidates(name);
        c.load(in, skipped, warnings);
        return c;
    }

    /** The number of candidates read. */
    public int count() {
        return first.length - 1;
    }

    @Override
    public boolean streaming() {
        return false;
    }

    @Override
    public Chunk next(int max) {
        int from = nextCandidate;
        int to = Math.min(count(), from + max);
        if (from >= to) {
            return null;
        }
        nextCandidate = to;
        return new Chunk() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public String id(int i) {
                return ids.get(from + i);
            }

            @Override
            public List<Candidate> candidates() {
                List<Candidate> out = new ArrayList<>(to - from);
                for (int c = from; c < to; c++) {
                    out.add(candidate(c));
                }
                return out;
            }
        };
    }

    @Override
    public void close() {
        // everything was read in read()
    }

    // ----------------------------------------------------------------------------------------- reading

    private void load(InputStream in, Consumer<String> skipped, Consumer<String> warnings)
            throws IOException, BadInputException {
        IntList candidateOfRow = new IntList();
        IntList tupleList = new IntList();
        try (CsvParser p = (CsvParser) MAPPER.getFactory().createParser(in)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                finish(candidateOfRow, tupleList);
                return;
            }
            List<String> fields = new ArrayList<>();
            long line = row(p, fields);
            while (line >= 0 && blank(fields)) {
                line = row(p, fields);
            }
            if (line < 0) {
                finish(candidateOfRow, tupleList);
                return;
            }
            int[] column = header(fields, line, warnings);
            int width = fields.size();
            int[] tuple = new int[RowValues.WIDTH];
            while ((line = row(p, fields)) >= 0) {
                if (blank(fields)) {
                    continue;
                }
                String problem = problem(fields, width, column);
                if (problem != null) {
                    String message = name + ":" + line + ": " + problem;
                    if (skipped == null) {
                        throw new BadInputException(message);
                    }
                    skipped.accept(message);
                    continue;
                }
                for (int f = 0; f < RowValues.WIDTH; f++) {
                    int col = column[f + 1];
                    tuple[f] = col < 0 ? 0 : values.intern(fields.get(col).strip());
                }
                candidateOfRow.add(ids.intern(fields.get(column[0]).strip()));
                tupleList.add(tuples.intern(tuple));
            }
        } catch (CharConversionException e) {
            throw new BadInputException(name + ": not UTF-8 text (" + e.getMessage() + "); save the file as UTF-8");
        } catch (JsonProcessingException e) {
            throw new BadInputException(name + ":" + e.getLocation().getLineNr() + ": not valid CSV: "
                    + e.getOriginalMessage());
        }
        finish(candidateOfRow, tupleList);
    }

    /** Reads one row into {@code fields}; returns its line, or -1 at the end. */
    private static long row(CsvParser p, List<String> fields) throws IOException {
        fields.clear();
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            return -1;
        }
        long line = -1;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            if (line < 0) {
                line = p.currentTokenLocation().getLineNr();
            }
            fields.add(p.getText());
        }
        return line;
    }

    /** An empty line, or a row of empty fields (spreadsheets export those at the end). */
    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }

    /** Column index of each of {@link #COLUMNS} (-1 when absent); the required ones must be there. */
    private int[] header(List<String> fields, long line, Consumer<String> warnings) throws BadInputException {
        int[] column = new int[COLUMNS.size()];
        Arrays.fill(column, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String h = fields.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            int k = COLUMNS.indexOf(h);
            if (k < 0) {
                unknown.add(fields.get(i).strip());
            } else if (column[k] >= 0) {
                throw new BadInputException(name + ":" + line + ": the header names column `" + h + "` twice");
            } else {
                column[k] = i;
            }
        }
        for (String required : List.of("candidate", "unit")) {
            if (column[COLUMNS.indexOf(required)] < 0) {
                String hint = unknown.stream().map(u -> DidYouMean.suggest(u, List.of(required)))
                        .flatMap(Optional::stream).findFirst().map(s -> " (is `" + s + "` misspelt?)").orElse("");
                throw new BadInputException(name + ":" + line + ": the header has no `" + required + "` column" + hint
                        + "; the first row must name the columns, e.g. candidate,unit,result");
            }
        }
        for (String u : unknown) {
            String hint = DidYouMean.suggest(u.toLowerCase(Locale.ROOT), COLUMNS).map(s -> "; did you mean `" + s + "`?")
                    .orElse("");
            warnings.accept(name + ":" + line + ": column `" + u + "` is not one qdl reads ("
                    + String.join(", ", COLUMNS) + "); it is ignored" + hint);
        }
        return column;
    }

    private static String problem(List<String> fields, int width, int[] column) {
        if (fields.size() != width) {
            return fields.size() + (fields.size() == 1 ? " field" : " fields") + " where the header has " + width;
        }
        if (fields.get(column[0]).isBlank()) {
            return "no candidate id";
        }
        if (fields.get(column[1]).isBlank()) {
            return "no unit for candidate `" + fields.get(column[0]).strip() + "`";
        }
        int criterion = column[5];
        int rating = column[6];
        if (rating >= 0 && !fields.get(rating).isBlank() && (criterion < 0 || fields.get(criterion).isBlank())) {
            return "a rating with no criterion";
        }
        return null;
    }

    /** Groups rows by candidate (a counting sort, stable, so each candidate's rows stay in file order). */
    private void finish(IntList candidateOfRow, IntList tupleList) {
        int n = ids.size();
        int[] start = new int[n + 1];
        for (int r = 0; r < candidateOfRow.size(); r++) {
            start[candidateOfRow.get(r) + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, n);
        rows = new int[candidateOfRow.size()];
        for (int r = 0; r < candidateOfRow.size(); r++) {
            rows[fill[candidateOfRow.get(r)]++] = r;
        }
        first = start;
        tupleOfRow = new int[tupleList.size()];
        for (int r = 0; r < tupleOfRow.length; r++) {
            tupleOfRow[r] = tupleList.get(r);
        }
        plain = new Achievement[tuples.size()];
    }

    // ----------------------------------------------------------------------------------------- building

    private Candidate candidate(int c) {
        int from = first[c];
        int to = first[c + 1];
        boolean rated = false;
        for (int i = from; i < to && !rated; i++) {
            rated = tuples.get(tupleOfRow[rows[i]], RowValues.CRITERION) != 0;
        }
        List<Achievement> achievements = new ArrayList<>(to - from);
        if (!rated) {
            for (int i = from; i < to; i++) {
                achievements.add(plain(tupleOfRow[rows[i]]));
            }
        } else {
            achievements = withRatings(from, to);
        }
        return new Candidate(ids.get(c), achievements);
    }

    /** One achievement per distinct plain tuple, shared by every candidate that has it (it is immutable). */
    private Achievement plain(int t) {
        Achievement a = plain[t];
        if (a == null) {
            a = new Achievement(values.get(tuples.get(t, RowValues.UNIT)), value(t, RowValues.RESULT), Map.of(),
                    value(t, RowValues.DATE), value(t, RowValues.STATUS), 0);
            plain[t] = a;
        }
        return a;
    }

    /** A rating row adds to the latest entry for its unit (or starts one); a plain row starts a new entry. */
    private List<Achievement> withRatings(int from, int to) {
        List<Entry> entries = new ArrayList<>();
        Map<Integer, Entry> latest = new HashMap<>();
        for (int i = from; i < to; i++) {
            int t = tupleOfRow[rows[i]];
            int unit = tuples.get(t, RowValues.UNIT);
            Entry e = tuples.get(t, RowValues.CRITERION) == 0 ? null : latest.get(unit);
            if (e == null) {
                e = new Entry(unit);
                entries.add(e);
                latest.put(unit, e);
            }
            e.result = e.result != 0 ? e.result : tuples.get(t, RowValues.RESULT);
            e.status = e.status != 0 ? e.status : tuples.get(t, RowValues.STATUS);
            e.date = e.date != 0 ? e.date : tuples.get(t, RowValues.DATE);
            int criterion = tuples.get(t, RowValues.CRITERION);
            if (criterion != 0) {
                e.criteria.put(values.get(criterion), values.get(tuples.get(t, RowValues.RATING)));
            }
        }
        List<Achievement> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(new Achievement(values.get(e.unit), optional(e.result), e.criteria, optional(e.date),
                    optional(e.status), 0));
        }
        return out;
    }

    private static final class Entry {
        final int unit;
        int result;
        int status;
        int date;
        final Map<String, String> criteria = new LinkedHashMap<>();

        Entry(int unit) {
            this.unit = unit;
        }
    }

    private Optional<String> value(int tuple, int field) {
        return optional(tuples.get(tuple, field));
    }

    private Optional<String> optional(int value) {
        return value == 0 ? Optional.empty() : Optional.of(values.get(value));
    }
}
