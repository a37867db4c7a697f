package org.qdl.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> UNITS = List.of("4427-551", "4427-552", "4427-553", "4427-554", "4427-203",
            "4427-209");

    @Test
    void oneClearCandidate() {
        assertThat(DidYouMean.question("4427-230", UNITS)).contains("did you mean `4427-203`?");
        assertThat(DidYouMean.suggest("4427-230", UNITS)).contains("4427-203");
    }

    @Test
    void equallyNearCandidatesAreAllOffered() {
        assertThat(DidYouMean.suggest("4427-55", UNITS)).isEmpty();
        assertThat(DidYouMean.question("4427-55", UNITS)).isEmpty(); // four as near: no guess
        assertThat(DidYouMean.question("4427-55", UNITS.subList(0, 2)))
                .contains("did you mean `4427-551` or `4427-552`?");
        assertThat(DidYouMean.question("4427-55", UNITS.subList(0, 3)))
                .contains("did you mean `4427-551`, `4427-552` or `4427-553`?");
    }

    @Test
    void equallyNearGuessesTwoEditsAwayAreNotOffered() {
        assertThat(DidYouMean.question("4427-999", List.of("4427-209", "4427-559"))).isEmpty();
        assertThat(DidYouMean.question("4427-999", List.of("4427-209"))).contains("did you mean `4427-209`?");
    }

    @Test
    void nothingNearEnough() {
        assertThat(DidYouMean.question("customer", UNITS)).isEmpty();
        assertThat(DidYouMean.question("4427-551", UNITS.subList(0, 1))).isEmpty();
    }
}
