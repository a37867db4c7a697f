package org.qdl.cli.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qdl.diag.DidYouMean;

/**
 * The header row of candidate CSV: which column holds what. `candidate` and `unit` are required; `result`,
 * `status`, `date`, `criterion` and `rating` are optional; other columns are reported and ignored. A column is
 * found by the name a mapping gives it ({@code --columns}), else by its own name, else by a header a
 * management-information system commonly gives it ({@link ColumnNames#COMMON}), which is said once.
 */
final class CsvHeader {
    static final List<String> COLUMNS = List.of("candidate", "unit", "result", "status", "date", "criterion", "rating",
            "attempt", "registered");
    static final int CANDIDATE = 0;
    static final int UNIT = 1;
    static final int DATE = 4;
    static final int CRITERION = 5;
    static final int RATING = 6;
    static final int ATTEMPT = 7;
    static final int REGISTERED = 8;
    /** `14/03/2024`, `14.03.2024`, `03-14-2024`: a date DateReader reads, day or month first. */
    private static final java.util.regex.Pattern NUMERIC_DATE =
            java.util.regex.Pattern.compile("\\d{1,2}([/.-])\\d{1,2}\\1\\d{4}");

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
        return of(fields, line, name, warnings, w -> { }, Map.of());
    }

    /**
     * The header of {@code fields}; {@code mapping} gives, for some of {@link #COLUMNS}, the header that names
     * it. The columns recognised by a common name are said to {@code notes}, once.
     */
    static CsvHeader of(List<String> fields, long line, String name, Consumer<String> warnings,
            Consumer<String> notes, Map<String, String> mapping) throws BadInputException {
        String where = name + ":" + line + ": ";
        int[] column = new int[COLUMNS.size()];
        Arrays.fill(column, -1);
        boolean[] used = new boolean[fields.size()];
        List<String> normal = fields.stream().map(ColumnNames::normal).toList();
        for (Map.Entry<String, String> m : mapping.entrySet()) {
            int k = COLUMNS.indexOf(m.getKey());
            int i = normal.indexOf(ColumnNames.normal(m.getValue()));
            if (i < 0) {
                throw new BadInputException(where + "the column mapping names `" + m.getValue() + "` for "
                        + m.getKey() + ", but the header has no such column (it has " + listed(fields) + ")"
                        + DidYouMean.suggest(m.getValue(), fields.stream().map(String::strip).toList())
                                .map(s -> "; did you mean `" + s + "`?").orElse(""));
            }
            column[k] = i;
            used[i] = true;
        }
        for (int i = 0; i < fields.size(); i++) {
            int k = COLUMNS.indexOf(normal.get(i));
            if (k < 0 || mapping.containsKey(COLUMNS.get(k))) {
                continue;
            }
            if (column[k] >= 0) {
                throw new BadInputException(where + "the header names column `" + COLUMNS.get(k) + "` twice");
            }
            column[k] = i;
            used[i] = true;
        }
        List<String> recognised = new ArrayList<>();
        for (int k = 0; k < COLUMNS.size(); k++) {
            if (column[k] >= 0) {
                continue;
            }
            List<Integer> found = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if (!used[i] && ColumnNames.COMMON.get(COLUMNS.get(k)).contains(normal.get(i))) {
                    found.add(i);
                }
            }
            if (found.size() > 1) {
                throw new BadInputException(where + "columns " + listed(found.stream().map(fields::get).toList())
                        + " could each be the " + COLUMNS.get(k) + " column; say which with --columns "
                        + COLUMNS.get(k) + "=\"" + fields.get(found.get(0)).strip() + "\"");
            }
            if (found.size() == 1) {
                column[k] = found.get(0);
                used[found.get(0)] = true;
                recognised.add("`" + fields.get(found.get(0)).strip() + "` as " + COLUMNS.get(k));
            }
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!used[i] && !normal.get(i).isEmpty()) {
                unknown.add(fields.get(i).strip());
            }
        }
        for (String required : List.of("candidate", "unit")) {
            if (column[COLUMNS.indexOf(required)] < 0) {
                String hint = unknown.stream().map(u -> DidYouMean.suggest(u, List.of(required)))
                        .flatMap(Optional::stream).findFirst().map(s -> " (is `" + s + "` misspelt?)").orElse("");
                throw new BadInputException(where + "the header has no `" + required + "` column" + hint
                        + (unknown.isEmpty() ? "; the first row must name the columns, e.g. candidate,unit,result"
                                : "; its columns are " + listed(unknown) + ": say which is the " + required
                                        + " column with --columns " + required + "=\"HEADER\""));
            }
        }
        if (!recognised.isEmpty()) {
            notes.accept(name + ": reading column " + String.join(", ", recognised)
                    + " (--columns says otherwise)");
        }
        for (String u : unknown) {
            String hint = DidYouMean.suggest(u.toLowerCase(Locale.ROOT), COLUMNS).map(s -> "; did you mean `" + s + "`?")
                    .orElse("");
            warnings.accept(name + ":" + line + ": column `" + u + "` is not one qdl reads ("
                    + String.join(", ", COLUMNS) + "); it is ignored" + hint);
        }
        return new CsvHeader(column, fields.size(), line);
    }

    private static String listed(List<String> headers) {
        return String.join(", ", headers.stream().map(h -> "`" + h.strip() + "`").toList());
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
        int attempt = column[ATTEMPT];
        if (attempt >= 0 && !fields[attempt].isBlank() && !fields[attempt].strip().matches("[1-9][0-9]{0,5}")) {
            return "attempt `" + fields[attempt].strip() + "` is not a whole number from 1 (the first sitting) [E015]";
        }
        int registered = column[REGISTERED];
        if (registered >= 0 && !fields[registered].isBlank() && !isDate(fields[registered].strip())) {
            return "registered `" + fields[registered].strip() + "` is not a date (yyyy-mm-dd or dd/mm/yyyy) [E016]";
        }
        int date = column[DATE];
        if (attempt >= 0 && !fields[attempt].isBlank() && date >= 0 && !fields[date].isBlank()
                && !isDate(fields[date].strip())) {
            return "the date `" + fields[date].strip() + "` of attempt " + fields[attempt].strip()
                    + " is not a date (yyyy-mm-dd or dd/mm/yyyy) [E016]";
        }
        return null;
    }

    private static boolean isDate(String s) {
        return org.qdl.runtime.text.IsoDate.isDate(s) || NUMERIC_DATE.matcher(s).matches();
    }

    /** The candidate id a bad row still names (stripped), or null when it has none. */
    String candidateOf(CsvRow row) {
        int c = column[CANDIDATE];
        if (c >= Math.min(row.size, row.fields.length) || row.fields[c].isBlank()) {
            return null;
        }
        return row.fields[c].strip();
    }

    /** The unit a bad row still names (stripped), or null. */
    String unitOf(CsvRow row) {
        int u = column[UNIT];
        return u >= Math.min(row.size, row.fields.length) || row.fields[u].isBlank() ? null : row.fields[u].strip();
    }
}
