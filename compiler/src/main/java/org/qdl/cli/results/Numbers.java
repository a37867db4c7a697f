package org.qdl.cli.results;

import java.math.BigDecimal;

final class Numbers {
    private Numbers() {
    }

    /** 33, 7.5: no trailing zeros, no exponent. */
    static String plain(BigDecimal d) {
        if (d == null) {
            return "0";
        }
        if (d.scale() == 0) {
            return d.toString(); // a whole number as written: the common case, at no cost
        }
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
