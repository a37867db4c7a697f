package org.qdl.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text from a spec as a diagnostic may print it: control characters, line and paragraph separators, the controls
 * that reorder bidirectional text, zero-width and other invisible characters are shown as `U+XXXX`, and so is a
 * letter that looks like a Latin one in a name that could otherwise be read as Latin (a Cyrillic `М` in `М1`).
 * Printed as they are, they would run the terminal (an escape sequence in a unit's title could clear the screen),
 * break the short form's one line per diagnostic, show code in another order than it is read, or make "unknown
 * unit `М1`; did you mean `M1`?" a riddle. {@link #remarks} says in words what such a character is.
 */
public final class Visible {
    private Visible() {
    }

    public static String of(String s) {
        StringBuilder out = null;
        boolean[] alike = lookAlikes(s);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (hidden(cp) || alike != null && alike[i]) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format("U+%04X", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /**
     * What {@link #of} showed as `U+XXXX` because it is invisible or a look-alike, in words: "`U+041C1` contains a
     * character that looks like `M`: U+041C CYRILLIC CAPITAL LETTER EM". Empty for plain text.
     */
    static List<String> remarks(String s) {
        Set<String> out = new LinkedHashSet<>();
        boolean[] alike = lookAlikes(s);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (alike != null && alike[i]) {
                String word = word(s, i);
                boolean alone = word.length() == Character.charCount(cp);
                String looks = "`" + new String(Character.toChars(LookAlikes.latin(cp))) + "`";
                out.add(alone ? name(cp) + " looks like " + looks
                        : "`" + of(word) + "` contains a character that looks like " + looks + ": " + name(cp));
            } else if (invisible(cp)) {
                // the word is found only for the rare character remarked on: a 100,000-character word stays linear
                String word = word(s, i);
                boolean alone = word.length() == Character.charCount(cp);
                out.add(alone ? name(cp) + " is invisible"
                        : "`" + of(word) + "` contains an invisible character: " + name(cp));
            }
            i += Character.charCount(cp);
        }
        return new ArrayList<>(out);
    }

    private static String name(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name.toUpperCase(Locale.ROOT));
    }

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || invisible(cp);
    }

    /** Characters that take no room or show nothing: zero-width spaces and joiners, bidi marks, fillers. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || cp == 0x2800;
    }

    /** The name-like run of text around position i (letters, digits and the punctuation of unit references). */
    private static String word(String s, int i) {
        int start = i;
        while (start > 0 && inWord(s.codePointBefore(start))) {
            start -= Character.charCount(s.codePointBefore(start));
        }
        int end = i;
        while (end < s.length() && inWord(s.codePointAt(end))) {
            end += Character.charCount(s.codePointAt(end));
        }
        return s.substring(start, end);
    }

    private static boolean inWord(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '/' || invisible(cp);
    }

    /**
     * Per char index: a look-alike letter in a word that could pass for Latin, i.e. one mixing Latin letters with
     * look-alikes, or one whose letters are all look-alikes (`М1`, `Ас`). A word in another script that has letters
     * of its own (Менеджмент) is left alone. Null when there is none, the usual case.
     */
    private static boolean[] lookAlikes(String s) {
        boolean any = false;
        for (int i = 0; i < s.length() && !any; i++) {
            any = LookAlikes.latin(s.charAt(i)) != 0;
        }
        if (!any) {
            return null;
        }
        boolean[] marked = new boolean[s.length()];
        int i = 0;
        while (i < s.length()) {
            if (!inWord(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
                continue;
            }
            int start = i;
            boolean latin = false;
            boolean ownLetters = false;
            boolean alike = false;
            while (i < s.length() && inWord(s.codePointAt(i))) {
                int cp = s.codePointAt(i);
                if (LookAlikes.latin(cp) != 0) {
                    alike = true;
                } else if (Character.isLetter(cp)) {
                    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                        latin = true;
                    } else {
                        ownLetters = true;
                    }
                }
                i += Character.charCount(cp);
            }
            if (alike && (latin || !ownLetters)) {
                for (int k = start; k < i; k++) {
                    marked[k] = LookAlikes.latin(s.charAt(k)) != 0;
                }
            }
        }
        return marked;
    }
}
