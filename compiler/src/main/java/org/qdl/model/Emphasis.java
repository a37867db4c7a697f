package org.qdl.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Emphasis in spec text, as awarding bodies' handbooks use it: `**bold**` for key terms, `*italic*` for titles of
 * documents. A marker opens only before a non-space and closes only after one (as CommonMark's flanking rule), so an
 * asterisk that ties an item to a footnote ("customer records*", "**Note: …" with no closing marker) stays text.
 */
public final class Emphasis {
    private Emphasis() {
    }

    /** A run of text, bold, italic or neither. */
    public record Run(String text, boolean strong, boolean em) {
    }

    /** The text as runs; adjacent plain text is one run. */
    public static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int width = markerAt(text, i);
            int close = width == 0 ? -1 : closing(text, i + width, width);
            if (close < 0) {
                int literal = Math.max(width, 1);
                plain.append(text, i, i + literal);
                i += literal;
                continue;
            }
            if (!plain.isEmpty()) {
                out.add(new Run(plain.toString(), false, false));
                plain.setLength(0);
            }
            out.add(new Run(text.substring(i + width, close), width == 2, width == 1));
            i = close + width;
        }
        if (!plain.isEmpty()) {
            out.add(new Run(plain.toString(), false, false));
        }
        return out;
    }

    /** The text without its emphasis markers. */
    public static String plain(String text) {
        StringBuilder s = new StringBuilder();
        runs(text).forEach(r -> s.append(r.text()));
        return s.toString();
    }

    /** True when the text has any emphasis. */
    public static boolean any(String text) {
        return runs(text).stream().anyMatch(r -> r.strong() || r.em());
    }

    /** 2 for `**`, 1 for `*`, 0 for neither, at an opening position (followed by a non-space). */
    private static int markerAt(String text, int i) {
        if (text.charAt(i) != '*') {
            return 0;
        }
        int width = i + 1 < text.length() && text.charAt(i + 1) == '*' ? 2 : 1;
        if (i + width < text.length() && text.charAt(i + width) == '*') {
            return 0; // three or more asterisks: text
        }
        boolean opens = i + width < text.length() && !Character.isWhitespace(text.charAt(i + width));
        return opens ? width : 0;
    }

    /** Where the marker of this width that closes the run starting at {@code from} begins, or -1. */
    private static int closing(String text, int from, int width) {
        for (int j = from + 1; j + width <= text.length(); j++) {
            if (text.charAt(j) != '*') {
                continue;
            }
            int run = 0;
            while (j + run < text.length() && text.charAt(j + run) == '*') {
                run++;
            }
            if (run == width && !Character.isWhitespace(text.charAt(j - 1))) {
                return j;
            }
            j += run - 1;
        }
        return -1;
    }
}
