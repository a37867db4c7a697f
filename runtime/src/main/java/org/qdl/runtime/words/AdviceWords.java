package org.qdl.runtime.words;

import java.util.ArrayList;
import java.util.List;
import org.qdl.runtime.result.Advice;

/**
 * "add one of 4427-212, 4427-213 and one of 4427-564, 4427-565": the ways to complete a qualification, each
 * verified by the engine, in a line a tutor can act on.
 */
final class AdviceWords {
    /** A long choice is cut after this many units ("and 12 more"). */
    static final int UNITS_SHOWN = 8;

    private AdviceWords() {
    }

    /**
     * Every way, one a line: "add 4427-212 and one of …", "or add …", then "and 3 more ways" when some are left
     * out.
     */
    static List<String> lines(Advice a) {
        List<String> out = new ArrayList<>();
        for (Advice.Way w : a.ways()) {
            out.add((out.isEmpty() ? "" : "or ") + way(w, a.forCredit()));
        }
        if (a.moreWays() > 0 || !a.exhaustive()) {
            out.add(a.exhaustive() ? "and " + a.moreWays() + " more way" + (a.moreWays() == 1 ? "" : "s")
                    : "and more ways");
        }
        return out;
    }

    /** "add 4427-212", "add one of 4427-212, 4427-213 and one of 4427-564, 4427-565". */
    static String way(Advice.Way w, List<String> forCredit) {
        List<String> parts = new ArrayList<>();
        for (List<String> choice : w.choices()) {
            StringBuilder p = new StringBuilder();
            if (choice.size() == 1) {
                p.append(choice.get(0));
                if (forCredit.contains(choice.get(0))) {
                    p.append(" (held as exempt: take it for its credit)");
                }
            } else {
                p.append("one of ");
                Lists.firstOf(p, choice, UNITS_SHOWN);
            }
            parts.add(p.toString());
        }
        return "add " + Lists.and(parts);
    }
}
