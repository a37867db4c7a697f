package org.qdl.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmphasisTest {

    @Test
    void boldAndItalicAreRunsOfTheirOwn() {
        assertThat(Emphasis.runs("identify and confirm your customer's **expectations**")).containsExactly(
                new Emphasis.Run("identify and confirm your customer's ", false, false),
                new Emphasis.Run("expectations", true, false));
        assertThat(Emphasis.runs("a set of *Recording forms* for centres")).containsExactly(
                new Emphasis.Run("a set of ", false, false), new Emphasis.Run("Recording forms", false, true),
                new Emphasis.Run(" for centres", false, false));
    }

    @Test
    void footnoteAsterisksStayText() {
        for (String text : List.of("customer records*", "legislative requirements and ethical policies**",
                "**Note: While the candidate can provide a copy", "*Internal/organisational documentation",
                "3 * 4 = 12", "a ** b", "***Events***", "**")) {
            assertThat(Emphasis.plain(text)).as(text).isEqualTo(text);
            assertThat(Emphasis.any(text)).as(text).isFalse();
        }
    }

    @Test
    void aMarkerClosesOnlyAfterANonSpace() {
        assertThat(Emphasis.plain("**two words** and **more **here**")).isEqualTo("two words and more **here");
        assertThat(Emphasis.runs("**a**")).containsExactly(new Emphasis.Run("a", true, false));
    }
}
