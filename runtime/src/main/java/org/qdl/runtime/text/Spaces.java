package org.qdl.runtime.text;

/**
 * {@code s.replaceAll("\\s+", " ")} without a regular-expression engine (which the browser's script would otherwise
 * carry): every run of Java's {@code \s} (space, tab, newline, vertical tab, form feed, carriage return) becomes one
 * space. A test holds it to the JDK's answer.
 */
public final class Spaces {
    private Spaces() {
    }

    public static String collapse(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space) {
                if (!inRun) {
                    out[n++] = ' ';
                }
            } else {
                out[n++] = c;
            }
            inRun = space;
        }
        return new String(out, 0, n);
    }
}
