package org.qdl.syntax.parse;

/** The value of a string literal: quotes removed, escapes resolved, white space folded. */
final class StringLiterals {
    private StringLiterals() {
    }

    static String value(String literal) {
        int end = literal.length() > 1 && literal.endsWith("\"") ? literal.length() - 1 : literal.length();
        StringBuilder out = new StringBuilder(end);
        boolean space = false;
        for (int i = 1; i < end; i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < end) {
                c = literal.charAt(++i);
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
