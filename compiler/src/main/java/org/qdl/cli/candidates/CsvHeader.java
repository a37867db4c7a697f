package org.qdl.cli.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.qdl.diag.DidYouMean;

/**
 * The header row of candidate CSV: which column holds what. `candidate` and `unit` are required; `result`,
 * `status`, `date`, `criterion` and `rating` are optional; other columns are reported and ignored.
 */
final class CsvHeader {
    static final List<String> COLUMNS = List.of("candidate", "unit", "result", "status", "date", "criterion", "rating");
    static final int CANDIDATE = 0;
    static final int UNIT = 1;
    static final int CRITERION = 5;
    static final int RATING = 6;

    /** For each of {@link #COLUMNS}, its index in a row, or -1. */
    final int[] column;
    /** The number of fields every row must have. */
    final int width;
    /** The line the header is on (after blank lines, if any). */
    final long line;

    private CsvHeader(int[] column, int width, long line) {
        this.column = column;
        this.width = width;
        this.line = line;
    }

    static CsvHeader of(List<String> fields, long line, String name, Consumer<String> warnings)
            throws BadInputException {
        int[] column = new int[COLUMNS.size()];
        Arrays.fill(column, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String h = fields.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
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
        return new CsvHeader(column, fields.size(), line);
    }

    /** What is wrong with a row, or null. */
    String problem(CsvRow row) {
        if (row.size != width) {
            return row.size + (row.size == 1 ? " field" : " fields") + " where the header has " + width;
        }
        String[] fields = row.fields;
        if (fields[column[CANDIDATE]].isBlank()) {
            return "no candidate id";
        }
        if (fields[column[UNIT]].isBlank()) {
            return "no unit for candidate `" + fields[column[CANDIDATE]].strip() + "`";
        }
        int criterion = column[CRITERION];
        int rating = column[RATING];
        if (rating >= 0 && !fields[rating].isBlank() && (criterion < 0 || fields[criterion].isBlank())) {
            return "a rating with no criterion";
        }
        return null;
    }
}
