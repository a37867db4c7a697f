package org.qdl.diag;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qdl.runtime.text.Spelling;
import org.qdl.runtime.words.DidYouMeanWords;

/**
 * "did you mean": the known name closest to a misspelt one, when there is one clear candidate (or, from
 * {@link #nearest} and {@link #question}, the few equally near). The engine's {@link Spelling}, so that a spec's
 * author and a centre get the same suggestions.
 */
public final class DidYouMean {
    private DidYouMean() {
    }

    public static Optional<String> suggest(String wrong, Collection<String> known) {
        return Spelling.suggest(wrong, known);
    }

    /**
     * The known names closest to a misspelt one, when they are close enough to be meant: one when there is a clear
     * candidate, several when they are equally close (`Q01022` is one edit from `Q0102` and from `Q0122`).
     */
    public static List<String> nearest(String wrong, Collection<String> known) {
        return Spelling.nearest(wrong, known);
    }

    /** "did you mean `X`?", or `X` or `Y` when up to three are one edit away; see {@link Spelling#offered}. */
    public static Optional<String> question(String wrong, Collection<String> known) {
        return DidYouMeanWords.question(Spelling.offered(wrong, known));
    }
}
