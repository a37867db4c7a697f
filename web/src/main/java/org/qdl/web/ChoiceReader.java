package org.qdl.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;

/**
 * The page's choice as a candidate: {@code {"units": [{"unit": "4427-450", "status": "planned", "result": "Merit",
 * "criteria": {"1.1": "Met"}, "date": "2025-01-10", "attempt": "1"}], "registered": "2024-09-02", "on":
 * "2025-12-31"}} (the dates and attempts only for a qualification with rules on time and attempts; a unit with a
 * resit is two entries, attempts 1 and 2). Values are passed on as given: the engine reports any it cannot use as a
 * problem, exactly as `qdl eval` does for a file.
 */
public final class ChoiceReader {
    /** The candidate id the page's results carry; the page has one learner, unnamed. */
    public static final String CANDIDATE = "checker";

    private ChoiceReader() {
    }

    public static Candidate read(Tree choice) {
        List<Achievement> achievements = new ArrayList<>();
        Tree units = choice.get("units");
        for (int i = 0; units != null && i < units.size(); i++) {
            Tree u = units.at(i);
            Map<String, String> criteria = new LinkedHashMap<>();
            Tree ratings = u.get("criteria");
            if (ratings != null) {
                for (String name : ratings.names()) {
                    criteria.put(name, ratings.get(name).text());
                }
            }
            achievements.add(new Achievement(u.get("unit").text(), optional(u, "result"), criteria,
                    optional(u, "date"), optional(u, "status"), 0, attempt(u)));
        }
        return new Candidate(CANDIDATE, achievements, List.of(), optional(choice, "registered").orElse(null));
    }

    /** The evaluation date the page gives (`Checked on`), or null: never the browser's clock. */
    public static String on(Tree choice) {
        return optional(choice, "on").orElse(null);
    }

    /** The attempt's number (1 the first sitting), or 0 when not given. */
    private static int attempt(Tree u) {
        Optional<String> n = optional(u, "attempt");
        if (n.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(n.get().trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<String> optional(Tree t, String name) {
        Tree v = t.get(name);
        return v == null || v.text().isEmpty() ? Optional.empty() : Optional.of(v.text());
    }
}
