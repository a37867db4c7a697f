package org.qdl.cli.candidates;

import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one stretch of a CSV file, in tables of its own: its candidate ids and values interned, each row
 * two ints. Stretches of a large file are read on separate threads and merged in file order.
 */
final class CsvPart {
    final Interner ids = new Interner();
    final Interner values = new Interner();
    final RowValues tuples = new RowValues();
    final IntList candidateOfRow = new IntList();
    final IntList tupleOfRow = new IntList();
    /** Malformed rows, as `FILE:LINE: what`, in file order. */
    final List<String> badRows = new ArrayList<>();

    CsvPart() {
        values.intern("");
    }

    /**
     * Reads rows until the parser's input ends, or until the first malformed row when {@code stopAtBadRow}.
     * {@code linesBefore} is added to the parser's line numbers (a stretch may start inside the file).
     */
    void read(CsvParser p, CsvHeader header, String name, long linesBefore, boolean stopAtBadRow) throws IOException {
        CsvRow row = new CsvRow(header.width);
        int[] tuple = new int[RowValues.WIDTH];
        int[] column = header.column;
        // a candidate's rows usually come together: the same id as the row before needs no lookup
        String lastId = null;
        int lastCandidate = -1;
        while (row.read(p)) {
            if (row.blank()) {
                continue;
            }
            String problem = header.problem(row);
            if (problem != null) {
                badRows.add(name + ":" + (linesBefore + row.line) + ": " + problem);
                if (stopAtBadRow) {
                    return;
                }
                continue;
            }
            for (int f = 0; f < RowValues.WIDTH; f++) {
                int col = column[f + 1];
                tuple[f] = col < 0 ? 0 : values.intern(row.fields[col].strip());
            }
            String id = row.fields[column[CsvHeader.CANDIDATE]].strip();
            if (!id.equals(lastId)) {
                lastCandidate = ids.intern(id);
                lastId = id;
            }
            candidateOfRow.add(lastCandidate);
            tupleOfRow.add(tuples.intern(tuple));
        }
    }
}
