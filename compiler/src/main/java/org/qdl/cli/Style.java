package org.qdl.cli;

/** ANSI colour for text meant for a person, or none: the caller decides once whether the stream is a terminal. */
final class Style {
    private static final Style PLAIN = new Style(false);
    private static final Style COLOR = new Style(true);

    private final boolean color;

    private Style(boolean color) {
        this.color = color;
    }

    static Style of(boolean color) {
        return color ? COLOR : PLAIN;
    }

    boolean colored() {
        return color;
    }

    String error(String s) {
        return paint(s, "1;31");
    }

    String ok(String s) {
        return paint(s, "1;32");
    }

    String warning(String s) {
        return paint(s, "1;33");
    }

    private String paint(String s, String code) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
