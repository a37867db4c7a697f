package org.qdl.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IsoDate and Spaces, the engine's own small twins of java.time and regex, answer as the JDK does. */
class SmallTwinsTest {
    @Test
    void isoDateAcceptsExactlyWhatLocalDateParseAccepts() {
        List<String> texts = new ArrayList<>(List.of("2024-06-30", "2024-02-29", "2023-02-29", "2100-02-29",
                "2000-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-30", "24-04-30", "+12024-04-30",
                "-2024-04-30", "+2024-04-30", "-12024-01-01", "2024-06-30x", "", "2024/06/30", "20240630",
                "0000-01-01", "9999-12-31", "+1000000000-01-01", "２０２４-06-30", "2024-06-3 ",
                "-0000-01-01", "+0000-01-01", "-00001-01-01", "+999999999-12-31", "+1000000000-12-31",
                "-999999999-01-01", "-1000000000-01-01", "+12345678901-01-01", "-10000-02-29", "-0004-02-29"));
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            texts.add(String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
        }
        for (String t : texts) {
            assertThat(IsoDate.isDate(t)).as(t).isEqualTo(valid(() -> LocalDate.parse(t)));
        }
    }

    @Test
    void spacesFoldAsReplaceAllDoes() {
        for (String s : List.of("", "a", " a ", "a  b", "a\t\n\u000B\f\rb", "\u00A0a\u00A0", "a\u2003 b", "  ")) {
            assertThat(Spaces.collapse(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
        }
    }

    private static boolean valid(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
