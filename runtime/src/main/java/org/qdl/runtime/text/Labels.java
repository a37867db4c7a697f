package org.qdl.runtime.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * How a centre's spelling of a scale label is matched: ignoring case and runs of spaces (`not yet  Passed` is
 * `Not yet passed`), and, when it matches nothing, which label it most likely meant.
 */
public final class Labels {
    private Labels() {
    }

    /** The form two spellings of one label share: trimmed, spaces collapsed, lower case. */
    public static String fold(String s) {
        return Spaces.collapse(s.trim()).toLowerCase(Locale.ROOT);
    }

    /**
     * The labels {@code given} most likely meant: the one label it begins (`D`, `Dist` for `Distinction`), else
     * the nearest by spelling (`Passed` for `Pass`); empty when nothing is close.
     */
    public static List<String> meant(String given, Collection<String> labels) {
        String g = fold(given);
        if (g.isEmpty()) {
            return List.of();
        }
        List<String> begun = new ArrayList<>();
        for (String label : labels) {
            if (fold(label).startsWith(g)) {
                begun.add(label);
            }
        }
        if (begun.size() == 1) {
            return begun;
        }
        return Spelling.offered(g, labels);
    }
}
