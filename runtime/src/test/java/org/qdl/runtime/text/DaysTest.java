package org.qdl.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Days' calendar arithmetic, written out for the browser, held to java.time's. */
class DaysTest {

    @Test
    void daysAndBackAgreeWithJavaTime() {
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            long day = random.nextInt(2_000_000) - 1_000_000;
            LocalDate date = LocalDate.ofEpochDay(day);
            assertEquals(date.toString(), Days.iso(day));
            assertEquals(day, Days.of(date.toString()));
        }
    }

    @Test
    void monthsAndYearsEndOnTheMonthsLastDayAsJavaTimeDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long day = random.nextInt(200_000) - 100_000;
            int months = random.nextInt(400) - 200;
            LocalDate date = LocalDate.ofEpochDay(day);
            assertEquals(date.plusMonths(months).toEpochDay(), Days.plusMonths(day, months), date + " + " + months);
        }
        assertEquals("2025-02-28", Days.iso(Days.plusMonths(Days.of("2025-01-31"), 1)));
        assertEquals("2028-02-29", Days.iso(Days.plusMonths(Days.of("2024-02-29"), 48)));
    }

    @Test
    void aTextThatIsNotADateIsNone() {
        assertEquals(Days.NONE, Days.of("2025-02-29"));
        assertEquals(Days.NONE, Days.of("31/01/2025"));
        assertEquals(Days.NONE, Days.of(null));
    }
}
