package org.qdl.runtime.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "did you mean": the known names nearest a misspelt one, by edits (insertions, deletions, substitutions and
 * swaps of neighbours), ignoring case. Shared by the engine (a candidate's unknown unit or criterion) and the
 * compiler (an unknown name in a spec), so that both suggest alike.
 */
public final class Spelling {
    private Spelling() {
    }

    /** How many edits a name of this length may be from what was meant: a third of it, at least 1, at most 3. */
    static int allowed(String wrong) {
        return Math.max(1, Math.min(3, wrong.length() / 3));
    }

    /**
     * The known names nearest {@code wrong}, when they are close enough to be meant: one when there is a clear
     * candidate, several when they are equally near (`Q01022` is one edit from `Q0102` and from `Q0122`).
     */
    public static List<String> nearest(String wrong, Collection<String> known) {
        int allowed = allowed(wrong);
        int best = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String candidate : known) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d > allowed || d > best || candidate.equals(wrong) || out.contains(candidate)) {
                continue;
            }
            if (d < best) {
                best = d;
                out.clear();
            }
            out.add(candidate);
        }
        return out;
    }

    /** The one nearest name, when there is a clear one. */
    public static Optional<String> suggest(String wrong, Collection<String> known) {
        List<String> near = nearest(wrong, known);
        return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }

    /**
     * The names worth offering for a misspelt one, sorted: a clear nearest candidate, or the equally near ones when
     * up to three are one edit away (`M1` and `M10` for `M11`); otherwise none, as a guess among them would not
     * help. The words around them ("did you mean …?") are the renderer's.
     */
    public static List<String> offered(String wrong, Collection<String> known) {
        List<String> near = new ArrayList<>(nearest(wrong, known));
        if (near.isEmpty() || near.size() > 1 && (near.size() > 3
                || distance(wrong.toLowerCase(Locale.ROOT), near.get(0).toLowerCase(Locale.ROOT)) > 1)) {
            return List.of();
        }
        near.sort(null);
        return List.copyOf(near);
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
