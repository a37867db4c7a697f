package org.qdl.diag;

/**
 * Text from a spec as a diagnostic may print it: control characters, line and paragraph separators and the
 * controls that reorder bidirectional text are shown as `U+XXXX`. Printed as they are, they would run the
 * terminal (an escape sequence in a unit's title could clear the screen or recolour what follows), break the short
 * form's one line per diagnostic, or show code in another order than it is read.
 */
final class Visible {
    private Visible() {
    }

    static String of(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (hidden(cp)) {
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

    private static boolean hidden(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
