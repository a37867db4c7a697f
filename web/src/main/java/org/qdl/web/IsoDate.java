package org.qdl.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code LocalDate.parse} as the engine uses it (only to tell whether a unit's date is a date), without
 * java.time's formatter and time-zone tables, which would treble the script's size: the build plugin
 * {@link org.qdl.web.build.SmallerScript} calls this instead. Same answer as {@code DateTimeFormatter.ISO_LOCAL_DATE}
 * (strict): a year of four digits (after a minus sign, four or more; more than four need a sign); a month 01–12; a day that exists in that month.
 * The value is never used, so none is made.
 */
public final class IsoDate {
    private IsoDate() {
    }

    public static LocalDate parse(CharSequence text) {
        String s = text.toString();
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
            throw new DateTimeParseException("Text '" + s + "' could not be parsed", s, 0);
        }
        long year = Long.parseLong(s.substring(yearStart, yearStart + yearDigits)) * (s.charAt(0) == '-' ? -1 : 1);
        int month = Integer.parseInt(s.substring(i + 1, i + 3));
        int day = Integer.parseInt(s.substring(i + 4, i + 6));
        if (Math.abs(year) > 999_999_999L || month < 1 || month > 12 || day < 1 || day > length(year, month)) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed: no such date", s, 0);
        }
        return null;
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
