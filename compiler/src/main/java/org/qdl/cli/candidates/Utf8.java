package org.qdl.cli.candidates;

/**
 * What well-formed UTF-8 is (RFC 3629): for a leading byte, how many continuation bytes follow it and what range the
 * first of them must be in (no overlong forms, no surrogates, nothing above U+10FFFF); every later one is 80–BF.
 */
final class Utf8 {
    private Utf8() {
    }

    /** The continuation bytes a leading byte {@code b} (0x80–0xFF) takes; -1 when no character starts with it. */
    static int continuations(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 1;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 2;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 3;
        }
        return -1;
    }

    /** The lowest first continuation byte after leading byte {@code b}. */
    static int firstLow(int b) {
        return b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    }

    /** The highest first continuation byte after leading byte {@code b}. */
    static int firstHigh(int b) {
        return b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    }

    /**
     * The length of the character that starts at {@code text[i]} (a byte of 0x80 or more): 2 to 4; 0 when
     * {@code text} ends (at {@code end}) before it does; -1 when it is not UTF-8.
     */
    static int sequence(byte[] text, int i, int end) {
        int lead = text[i] & 0xFF;
        int more = continuations(lead);
        if (more < 0) {
            return -1;
        }
        int low = firstLow(lead);
        int high = firstHigh(lead);
        for (int k = 1; k <= more; k++) {
            if (i + k >= end) {
                return 0;
            }
            int c = text[i + k] & 0xFF;
            if (c < low || c > high) {
                return -1;
            }
            low = 0x80;
            high = 0xBF;
        }
        return more + 1;
    }
}
