package org.qdl.web;

import org.qdl.runtime.result.Problem;
import org.qdl.runtime.result.Shortfall;

/**
 * The one place the page's sentences come from. For now they are the engine's own message fields, the words
 * `qdl eval` prints; when the English moves to the compiler's renderer (org.qdl.words) this is the class to
 * re-point, and nothing else in the page changes.
 */
final class ResultWords {
    private ResultWords() {
    }

    static String shortfall(Shortfall s) {
        return s.message();
    }

    static String problem(Problem p) {
        return p.message();
    }
}
