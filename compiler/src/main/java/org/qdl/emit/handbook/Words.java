package org.qdl.emit.handbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Small English helpers: numbers in words, plurals, lists joined the way a handbook joins them. */
final class Words {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten"};

    private Words() {
    }

    /** "two" for 2, up to ten; digits beyond, as the seeds write them. */
    static String count(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        if (plain.scale() <= 0 && plain.signum() >= 0 && plain.compareTo(BigDecimal.TEN) <= 0) {
            return SMALL[plain.intValueExact()];
        }
        return number(n);
    }

    static String count(int n) {
        return count(BigDecimal.valueOf(n));
    }

    /** A number as the spec writes it: "7", "1.5", never "1E+1". */
    static String number(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    static boolean isOne(BigDecimal n) {
        return n.compareTo(BigDecimal.ONE) == 0;
    }

    /** "unit" or "units"; "competency" or "competencies". */
    static String noun(String singular, BigDecimal n) {
        return isOne(n) ? singular : plural(singular);
    }

    static String plural(String singular) {
        String s = singular;
        if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
            return s.substring(0, s.length() - 1) + "ies";
        }
        if (s.endsWith("s") || s.endsWith("x") || s.endsWith("ch") || s.endsWith("sh")) {
            return s + "es";
        }
        return s + "s";
    }

    static String capitalise(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(s.substring(Character.charCount(first))).toString();
    }

    /** "B", "B and C", "B, C, D and E" (with {@code last} "or": "S or H"). */
    static String join(List<String> items, String last) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** The separator to put before item {@code i} of {@code size} items joined like {@link #join}. */
    static String separator(int i, int size, String last) {
        if (i == 0) {
            return "";
        }
        return i == size - 1 ? " " + last + " " : ", ";
    }

    /** "last-registration" → "Last registration". */
    static String phrase(String kebab) {
        return capitalise(kebab.replace('-', ' ').replace('_', ' ').trim().toLowerCase(Locale.ROOT));
    }
}
