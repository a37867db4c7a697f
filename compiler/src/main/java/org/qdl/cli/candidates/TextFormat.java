package org.qdl.cli.candidates;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a delimited export is written, as found from its first bytes: its encoding (UTF-8, with or without a
 * byte-order mark, or UTF-16 — Excel's "Unicode text" — which always starts with one) and the character between
 * fields (a comma, a semicolon — Excel's CSV where the decimal mark is a comma — or a tab), the one of them that
 * the header row uses most, outside quotes.
 */
record TextFormat(boolean utf16, boolean bigEndian, char separator) {
    static final TextFormat CSV = new TextFormat(false, false, ',');
    private static final int HEAD = 1 << 16;

    /** Reads ahead without consuming. */
    static TextFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(HEAD + 1);
        byte[] head = in.readNBytes(HEAD);
        in.reset();
        return of(head);
    }

    static TextFormat of(byte[] head) {
        boolean le = head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE;
        boolean be = head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF;
        String text;
        if (le || be) {
            // a cut in the middle of a character at the end of the head only spoils the last character
            text = new String(head, 2, (head.length - 2) & ~1, be ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE);
        } else {
            text = new String(head, StandardCharsets.UTF_8);
        }
        return new TextFormat(le || be, be, separator(text));
    }

    /** The separator the first row that is not blank uses most, outside quotes; a comma when it uses none. */
    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seen = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seen) {
                    break;
                }
            } else if (!quoted) {
                seen |= !Character.isWhitespace(c) && c != '\uFEFF' || c == '\t';
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** "semicolon-separated", as a note tells the user. */
    String describe() {
        String fields = switch (separator) {
            case ';' -> "semicolon-separated";
            case '\t' -> "tab-separated";
            default -> "comma-separated";
        };
        return fields + (utf16 ? " UTF-16 text" : " text");
    }

    /** Whether this is what a CSV file usually is, so that nothing need be said about it. */
    boolean usual() {
        return !utf16 && separator == ',';
    }
}
