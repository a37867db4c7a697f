package org.qdl.cli.candidates;

import java.util.Locale;

/**
 * `--date-format`: how a file writes dates that are not ISO dates. {@link #AUTO} reads ISO dates and dates with
 * slashes (or dots or dashes) day first or month first only where the file itself settles which.
 */
public enum DateOrder {
    AUTO("auto"), ISO("iso"), DAY_FIRST("dd/mm/yyyy"), MONTH_FIRST("mm/dd/yyyy");

    private final String word;

    DateOrder(String word) {
        this.word = word;
    }

    /** From what the user typed: `iso` (or `yyyy-mm-dd`), `dd/mm/yyyy`, `mm/dd/yyyy`, `auto`; any case. */
    public static DateOrder parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("yyyy-mm-dd")) {
            return ISO;
        }
        for (DateOrder d : values()) {
            if (d.word.equals(t) || d.word.replace('/', '.').equals(t) || d.word.replace('/', '-').equals(t)) {
                return d;
            }
        }
        throw new IllegalArgumentException("`" + text + "` is not a date format qdl reads; give iso, dd/mm/yyyy or "
                + "mm/dd/yyyy");
    }

    @Override
    public String toString() {
        return word;
    }
}
