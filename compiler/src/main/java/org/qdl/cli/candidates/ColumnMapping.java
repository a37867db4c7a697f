package org.qdl.cli.candidates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.qdl.diag.DidYouMean;

/**
 * A centre's names for the columns qdl reads: {@code --columns candidate="Learner ID",unit="Unit code"} on the
 * command line, or the same as lines of a mapping file kept beside the exports ({@code candidate = Learner ID},
 * Java properties: `#` starts a comment).
 */
public final class ColumnMapping {
    /** The mapping file read from the input's folder when there is one. */
    public static final String FILE_NAME = "qdl-columns.properties";

    private ColumnMapping() {
    }

    /** Thrown for a mapping that names no column qdl reads or gives no header. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** `candidate="Learner ID",unit=Unit code`: pairs split at commas outside double quotes. */
    public static Map<String, String> parse(String text) throws Invalid {
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder pair = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
                pair.append(c);
            } else if (c == ',' && !quoted || i == text.length()) {
                if (!pair.toString().isBlank()) {
                    put(out, pair.toString(), "--columns");
                }
                pair.setLength(0);
            } else {
                pair.append(c);
            }
        }
        return out;
    }

    /** The mapping a file gives. */
    public static Map<String, String> read(Path file, String name) throws IOException, Invalid {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            put(out, key + "=" + p.getProperty(key), name);
        }
        return out;
    }

    private static void put(Map<String, String> out, String pair, String where) throws Invalid {
        int eq = pair.indexOf('=');
        if (eq < 0) {
            throw new Invalid(where + ": `" + pair.strip() + "` should be COLUMN=HEADER, e.g. candidate=\"Learner ID\"");
        }
        String column = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String header = unquote(pair.substring(eq + 1).strip());
        if (!CsvHeader.COLUMNS.contains(column)) {
            throw new Invalid(where + ": `" + column + "` is not a column qdl reads ("
                    + String.join(", ", CsvHeader.COLUMNS) + ")"
                    + DidYouMean.suggest(column, CsvHeader.COLUMNS).map(s -> "; did you mean `" + s + "`?").orElse(""));
        }
        if (header.isBlank()) {
            throw new Invalid(where + ": no header given for " + column);
        }
        if (out.put(column, header) != null) {
            throw new Invalid(where + ": " + column + " is mapped twice");
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
