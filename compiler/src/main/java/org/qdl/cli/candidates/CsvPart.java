package org.qdl.cli.candidates;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one stretch of a CSV file (or of a sheet), in tables of its own: its candidate ids and values
 * interned, each row three ints (its candidate, its values, its line). Stretches of a large file are read on separate
 * threads and merged in file order.
 */
final class CsvPart {
    /** Ids with spaces around them that are reported, at most. */
    static final int SPACED_IDS = 20;

    final IdTable ids = new IdTable();
    final Interner values = new Interner();
    final RowValues tuples = new RowValues();
    /** Per row as read; dropped once the rows are grouped. */
    IntList tupleOfRow = new IntList();
    /** Per row: the line of the file (or row of the sheet) it starts on, which places a problem with it. */
    IntList lineOfRow = new IntList();
    /**
     * While each candidate's rows come together, as in nearly every export ({@link #together}): per candidate, the row
     * its rows start at, noted as they are read, so that grouping need not pass over the rows again.
     */
    private final IntList firstRows = new IntList();
    private boolean together = true;
    /**
     * Per row, its candidate: made only once the rows stop coming together (until then {@link #firstRows} says it);
     * dropped once the rows are grouped.
     */
    private IntList candidateOfRow;
    /** Malformed rows, as `FILE:LINE: what`, in file order. */
    final List<String> badRows = new ArrayList<>();
    /** The same rows as facts: the candidate each names (an index into {@link #ids}, or -1), line, unit, what. */
    final List<BadRow> bad = new ArrayList<>();
    /** Ids given with spaces around them (as given), the first few. */
    final List<String> spacedIds = new ArrayList<>();

    record BadRow(int candidate, long line, String unit, String what) {
    }

    /**
     * Rows that give a candidate a registration date, in file order: the first for each candidate, and each that gives
     * it another value than the one before ({candidate, value, line}): another date is refused (E017) once the dates
     * are read, whichever part the rows are in.
     */
    final List<long[]> registrations = new ArrayList<>();
    /** Per candidate: the value of the last registration date its rows gave (0 for none yet). */
    private int[] lastRegistered = new int[16];

    CsvPart() {
        values.intern("");
    }

    /**
     * Reads rows until the parser's input ends, or until the first malformed row when {@code stopAtBadRow}.
     * {@code linesBefore} is added to the parser's line numbers (a stretch may start inside the file).
     */
    void read(CsvParser p, CsvHeader header, String name, long linesBefore, boolean stopAtBadRow) throws IOException {
        CsvRow row = new CsvRow(header.width);
        Adder adder = new Adder(header, name, linesBefore);
        while (row.read(p)) {
            if (!adder.add(row) && stopAtBadRow) {
                return;
            }
        }
        // at the end, the parser is on the line after the last line break
        lines = p.currentLocation().getLineNr() - 1;
    }

    /** The lines the part's text holds (read to its end), as the parser counts them. */
    long lines;
    /** Added to the lines of the part's rows: the lines before it, when it was read without knowing them. */
    long lineShift;

    /**
     * Moves the part's rows {@code by} lines down: a stretch read without knowing how many lines come before it (cut
     * where a line ends, not counted) learns it once the stretches before it are read.
     */
    void shiftLines(long by) {
        lineShift += by;
        for (long[] r : registrations) {
            r[2] += by;
        }
    }

    /** The line the i-th grouped row starts on. */
    long lineOf(int i) {
        int line = groupedLines.get(i);
        return line == 0 ? 0 : line + lineShift;
    }

    /** The tuple of the i-th grouped row. */
    int tupleAt(int i) {
        return groupedTuples.get(i);
    }

    /** Adds rows one by one (from a CSV parser or a sheet's reader). */
    final class Adder {
        private final CsvHeader header;
        private final String name;
        private final long linesBefore;
        private final int[] tuple = new int[RowValues.WIDTH];
        // a candidate's rows usually come together: the same id as the row before needs no lookup
        private String lastId;
        private int lastCandidate = -1;

        Adder(CsvHeader header, String name, long linesBefore) {
            this.header = header;
            this.name = name;
            this.linesBefore = linesBefore;
        }

        /** Adds the row; false when it is malformed (it is then recorded as a bad row). */
        boolean add(CsvRow row) {
            if (row.blank()) {
                return true;
            }
            long line = linesBefore + row.line;
            String problem = header.problem(row);
            if (problem != null) {
                badRows.add(name + ":" + line + ": " + problem);
                String id = header.candidateOf(row);
                bad.add(new BadRow(id == null ? -1 : ids.intern(id), line, header.unitOf(row), problem));
                return false;
            }
            int[] column = header.column;
            for (int f = 0; f < RowValues.WIDTH; f++) {
                int col = column[f + 1];
                tuple[f] = col < 0 ? 0 : row.known[col] >= 0 ? row.known[col] : values.intern(row.fields[col].strip());
            }
            String given = row.fields[column[CsvHeader.CANDIDATE]];
            if (!given.equals(lastId)) {
                String id = given.strip();
                if (id.length() != given.length() && spacedIds.size() < SPACED_IDS && !spacedIds.contains(given)) {
                    spacedIds.add(given);
                }
                int previous = lastCandidate;
                lastCandidate = ids.intern(id);
                lastId = given;
                if (lastCandidate >= firstRows.size()) {
                    // a candidate the rows have not named before (and any a malformed row named first: no rows)
                    while (firstRows.size() <= lastCandidate) {
                        firstRows.add(tupleOfRow.size());
                    }
                } else if (lastCandidate != previous && together) {
                    // a candidate named again after another's rows: from here each row's candidate is kept
                    together = false;
                    candidateOfRow = candidatesOfRowsSoFar();
                }
            }
            if (!together) {
                candidateOfRow.add(lastCandidate);
            }
            tupleOfRow.add(tuples.intern(tuple));
            // a line beyond an int's reach (a file of more than two billion lines) is not placed: 0, not known
            lineOfRow.add(line <= Integer.MAX_VALUE ? (int) line : 0);
            int registered = tuple[RowValues.REGISTERED];
            if (registered != 0) {
                if (lastCandidate >= lastRegistered.length) {
                    lastRegistered = java.util.Arrays.copyOf(lastRegistered, Math.max(lastCandidate + 1,
                            2 * lastRegistered.length));
                }
                if (lastRegistered[lastCandidate] != registered) {
                    lastRegistered[lastCandidate] = registered;
                    registrations.add(new long[] {lastCandidate, registered, line});
                }
            }
            return true;
        }
    }

    /**
     * This part's rows grouped by its candidates, each group in file order (a stable counting sort): candidate c's
     * rows are the tuples {@link #tupleAt} first[c] .. first[c + 1] - 1, read on the lines {@link #lineOf} the same
     * (before {@link #lineShift}). Made by {@link #group()}, on the thread that read the part.
     */
    int[] first;
    private IntList groupedTuples;
    private IntList groupedLines;
    /** Achievements of plain tuples, made once each when first asked for (see CsvCandidates). */
    org.qdl.runtime.candidate.Achievement[] plain;

    /** The candidate of each row read so far, from the row each candidate's rows start at (while they came together). */
    private IntList candidatesOfRowsSoFar() {
        IntList out = new IntList();
        int rows = tupleOfRow.size();
        for (int c = 0; c < firstRows.size(); c++) {
            for (int r = firstRows.get(c), end = c + 1 < firstRows.size() ? firstRows.get(c + 1) : rows; r < end; r++) {
                out.add(c);
            }
        }
        return out;
    }

    /** Groups the rows by candidate; after this, the part is only read (by any number of threads). */
    void group() {
        int n = ids.size();
        int[] start = new int[n + 1];
        int rows = tupleOfRow.size();
        // candidates are numbered as they first appear: a file whose learners' rows come together (nearly every
        // export) is already grouped, and is kept as read rather than scattered
        if (together) {
            for (int c = 0; c < n; c++) {
                // a candidate only a malformed row named, after the last row, has none
                start[c] = c < firstRows.size() ? firstRows.get(c) : rows;
            }
            start[n] = rows;
            groupedTuples = tupleOfRow;
            groupedLines = lineOfRow;
        } else {
            for (int r = 0; r < rows; r++) {
                start[candidateOfRow.get(r) + 1]++;
            }
            for (int c = 0; c < n; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = java.util.Arrays.copyOf(start, n);
            groupedTuples = IntList.zeros(rows);
            for (int r = 0; r < rows; r++) {
                groupedTuples.set(fill[candidateOfRow.get(r)]++, tupleOfRow.get(r));
            }
            tupleOfRow = null;
            // the lines the same way, once the values are grouped (so that at most four ints a row are held at once)
            System.arraycopy(start, 0, fill, 0, n);
            groupedLines = IntList.zeros(rows);
            for (int r = 0; r < rows; r++) {
                groupedLines.set(fill[candidateOfRow.get(r)]++, lineOfRow.get(r));
            }
        }
        first = start;
        tupleOfRow = null;
        candidateOfRow = null;
        lineOfRow = null;
        plain = new org.qdl.runtime.candidate.Achievement[tuples.size()];
    }
}
