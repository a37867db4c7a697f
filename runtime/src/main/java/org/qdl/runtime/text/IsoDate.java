package org.qdl.runtime.text;

/**
 * Whether a text is an ISO date, exactly as {@code LocalDate.parse} (ISO_LOCAL_DATE, strict) decides it: a year of
 * four digits (after a minus sign, four or more; more than four need a sign, and at most nine digits' worth); a
 * month 01–12; a day that exists in that month. Written out rather than calling java.time, whose formatters and
 * zone tables would treble the engine's script in the browser; a test holds it to the JDK's answer.
 */
public final class IsoDate {
    private IsoDate() {
    }

    public static boolean isDate(String s) {
        int i = 0;
        boolean signed = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-');
        if (signed) {
            i++;
        }
        int yearStart = i;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        int yearDigits = i - yearStart;
        boolean plus = signed && s.charAt(0) == '+';
        // a year of more than four digits needs a sign; a negative year may have four; -0000 is not a year
        boolean yearOk = yearDigits >= 4 && yearDigits <= 10 && (plus ? yearDigits > 4 : signed || yearDigits == 4)
                && !(signed && !plus && s.substring(yearStart, i).chars().allMatch(c -> c == '0'));
        if (!yearOk || s.length() != i + 6 || s.charAt(i) != '-' || s.charAt(i + 3) != '-'
                || !isDigit(s.charAt(i + 1)) || !isDigit(s.charAt(i + 2)) || !isDigit(s.charAt(i + 4))
                || !isDigit(s.charAt(i + 5))) {
            return false;
        }
        long year = Long.parseLong(s.substring(yearStart, yearStart + yearDigits)) * (s.charAt(0) == '-' ? -1 : 1);
        int month = Integer.parseInt(s.substring(i + 1, i + 3));
        int day = Integer.parseInt(s.substring(i + 4, i + 6));
        if (Math.abs(year) > 999_999_999L || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            return false;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int length(long year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
