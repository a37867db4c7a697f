package org.qdl.cli.candidates;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one stretch of a CSV file (or of a sheet), in tables of its own: its candidate ids and values
 * interned, each row two ints. Stretches of a large file are read on separate threads and merged in file order.
 */
final class CsvPart {
    /** Ids with spaces around them that are reported, at most. */
    private static final int SPACED_IDS = 20;

    final Interner ids = new Interner();
    final Interner values = new Interner();
    final RowValues tuples = new RowValues();
    /** Per row as read; dropped once the rows are grouped. */
    IntList candidateOfRow = new IntList();
    IntList tupleOfRow = new IntList();
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
                tuple[f] = col < 0 ? 0 : values.intern(row.fields[col].strip());
            }
            String given = row.fields[column[CsvHeader.CANDIDATE]];
            if (!given.equals(lastId)) {
                String id = given.strip();
                if (id.length() != given.length() && spacedIds.size() < SPACED_IDS && !spacedIds.contains(given)) {
                    spacedIds.add(given);
                }
                lastCandidate = ids.intern(id);
                lastId = given;
            }
            candidateOfRow.add(lastCandidate);
            tupleOfRow.add(tuples.intern(tuple));
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
     * rows are the tuples grouped[first[c]] .. grouped[first[c + 1] - 1]. Made by {@link #group()}, on the thread
     * that read the part.
     */
    int[] first;
    int[] grouped;
    /** Achievements of plain tuples, made once each when first asked for (see CsvCandidates). */
    org.qdl.runtime.candidate.Achievement[] plain;

    /** Groups the rows by candidate; after this, the part is only read (by any number of threads). */
    void group() {
        int n = ids.size();
        int[] start = new int[n + 1];
        int rows = candidateOfRow.size();
        for (int r = 0; r < rows; r++) {
            start[candidateOfRow.get(r) + 1]++;
        }
        for (int c = 0; c < n; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = java.util.Arrays.copyOf(start, n);
        int[] out = new int[rows];
        for (int r = 0; r < rows; r++) {
            out[fill[candidateOfRow.get(r)]++] = tupleOfRow.get(r);
        }
        first = start;
        grouped = out;
        candidateOfRow = null;
        tupleOfRow = null;
        plain = new org.qdl.runtime.candidate.Achievement[tuples.size()];
    }
}
