package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "did you mean": the known name closest to a misspelt one, or up to three equally close when they are one edit
 * away ("`M1` or `M10`" for `M11`).
 */
final class Spelling {
    private Spelling() {
    }

    /** The question to ask, as "did you mean `X`?", when some known name is close enough to be meant. */
    static Optional<String> question(String wrong, Collection<String> known) {
        int allowed = Math.max(1, Math.min(3, wrong.length() / 3));
        int best = Integer.MAX_VALUE;
        List<String> near = new ArrayList<>();
        String w = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                near.clear();
            }
            near.add(candidate);
        }
        if (near.isEmpty() || near.size() > 1 && (near.size() > 3 || best > 1)) {
            return Optional.empty(); // several as near, and more than one edit away or more than three: a guess
        }
        near.sort(null);
        List<String> shown = new ArrayList<>();
        for (String n : near) {
            shown.add("`" + n + "`");
        }
        String last = shown.remove(shown.size() - 1);
        return Optional.of("did you mean " + (shown.isEmpty() ? "" : String.join(", ", shown) + " or ") + last + "?");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
