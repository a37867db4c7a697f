package org.qdl.advice;

import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.result.Advice;

/**
 * The sets of units a grouped way to complete stands for: one unit of each choice, each unit once ("add one of
 * 4427-212, 4427-213 and one of 4427-564, 4427-565" is four sets of two), for tests that try each set.
 */
public final class WaySets {
    private WaySets() {
    }

    /** The way's sets, the first {@code most} of them. */
    public static List<List<String>> of(Advice.Way w, int most) {
        List<List<String>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (List<String> choice : w.choices()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> partial : out) {
                for (String unit : choice) {
                    if (!partial.contains(unit)) {
                        List<String> s = new ArrayList<>(partial);
                        s.add(unit);
                        next.add(s);
                    }
                }
            }
            out = next;
        }
        return out.size() > most ? out.subList(0, most) : out;
    }
}
