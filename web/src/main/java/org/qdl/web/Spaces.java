package org.qdl.web;

/**
 * {@code s.replaceAll("\\s+", " ")} as the engine uses it (folding labels), without a regular-expression engine in
 * the script: the build plugin {@link org.qdl.web.build.SmallerScript} calls this instead, and only where the
 * pattern is that one. {@code \s} is Java's: space, tab, newline, vertical tab, form feed, carriage return.
 */
public final class Spaces {
    private Spaces() {
    }

    public static String replaceAll(String s, String regex, String replacement) {
        if (!"\\s+".equals(regex)) {
            throw new IllegalStateException("the web engine folds only \\s+, not " + regex);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (space) {
                if (!inRun) {
                    out.append(replacement);
                }
            } else {
                out.append(c);
            }
            inRun = space;
        }
        return out.toString();
    }
}
