package org.qdl.runtime.words;

import java.util.List;
import java.util.Optional;

/** "did you mean `X`?", "did you mean `M1` or `M10`?": the question for names offered by the runtime's Spelling. */
public final class DidYouMeanWords {
    private DidYouMeanWords() {
    }

    /** The question for these names, or none when there is nothing to offer. */
    public static Optional<String> question(List<String> offered) {
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("did you mean " + Lists.or(offered.stream().map(Lists::quoted).toList()) + "?");
    }
}
