package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on time and attempts in the handbook's words, on the corpus's specs. */
class AttemptSentencesTest {

    private static List<String> unions(String corpusSpec) {
        return HandbookViews.build(SeedHandbooks.fromCorpus(corpusSpec)).structure().unions().stream()
                .map(Sentence::text).toList();
    }

    @Test
    void aUnitWhoseResitsAreUsedUpIsSaidToCountNoMore() {
        // BTEC Nationals: one retake per unit, no window
        assertThat(unions("btec-nationals-retake.qdl")).contains("A unit may be resat at most once; a later attempt "
                + "does not count.", "A unit not achieved when its resits are used up can no longer count: the rules "
                + "must then be met with other units.");
        // TQUK EPA: one resit, within 12 months
        assertThat(unions("epa-resit-window.qdl")).contains("A unit not achieved when its resits are used up, or when "
                + "the time for its resit has passed, can no longer count: the rules must then be met with other units.");
        // NCFE CACHE: only the qualification's own dates - no unit closes on its own
        assertThat(unions("ncfe-adult-care-dates.qdl")).noneMatch(s -> s.contains("can no longer count"));
    }
}
