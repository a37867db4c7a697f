package org.qdl.runtime.text;

/**
 * ISO dates as days since 1970-01-01, and back, with periods of days, weeks, months and years added as a calendar
 * does (a month after 31 January is the last day of February). Worked out by hand (the civil-calendar algorithms of
 * H. Hinnant) rather than with java.time, which the engine's script in the browser cannot afford; a test holds it to
 * the JDK's answer.
 */
public final class Days {
    /** What {@link #of} gives for a text that is not an ISO date. */
    public static final long NONE = Long.MIN_VALUE;

    private Days() {
    }

    /** The day an ISO date names ({@link IsoDate#isDate}), or {@link #NONE}. */
    public static long of(String iso) {
        if (iso == null) {
            return NONE;
        }
        String s = iso.trim();
        if (!IsoDate.isDate(s)) {
            return NONE;
        }
        int end = s.length() - 6;
        long year = Long.parseLong(s.substring(s.charAt(0) == '+' ? 1 : 0, end));
        int month = Integer.parseInt(s.substring(end + 1, end + 3));
        int day = Integer.parseInt(s.substring(end + 4));
        return fromCivil(year, month, day);
    }

    /** The ISO date of a day. */
    public static String iso(long days) {
        long[] ymd = toCivil(days);
        long y = ymd[0];
        // (concat, not `+`: text outside org.qdl.runtime.words builds no sentences, so holds no StringBuilder)
        String year = y >= 0 && y <= 9999 ? pad(y, 4)
                : y < 0 ? "-".concat(pad(-y, 4)) : "+".concat(Long.toString(y));
        return year.concat("-").concat(pad(ymd[1], 2)).concat("-").concat(pad(ymd[2], 2));
    }

    /** The day {@code count} days after {@code days}. */
    public static long plusDays(long days, long count) {
        return days + count;
    }

    /**
     * The day {@code count} months after {@code days}: the same day of the month, or the month's last day when it is
     * shorter (31 January plus one month is 28 or 29 February).
     */
    public static long plusMonths(long days, long count) {
        long[] ymd = toCivil(days);
        long months = ymd[0] * 12 + (ymd[1] - 1) + count;
        long year = Math.floorDiv(months, 12);
        int month = (int) Math.floorMod(months, 12) + 1;
        return fromCivil(year, month, (int) Math.min(ymd[2], length(year, month)));
    }

    private static long fromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static long[] toCivil(long z) {
        z += 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp + (mp < 10 ? 3 : -9);
        return new long[] {y + (m <= 2 ? 1 : 0), m, d};
    }

    private static int length(long year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static String pad(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()).concat(s);
    }
}
