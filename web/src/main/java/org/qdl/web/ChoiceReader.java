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
 * "criteria": {"1.1": "Met"}}]}}. Values are passed on as given: the engine reports any it cannot use as a
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
            achievements.add(new Achievement(u.get("unit").text(), optional(u, "result"), criteria, Optional.empty(),
                    optional(u, "status"), 0));
        }
        return new Candidate(CANDIDATE, achievements);
    }

    private static Optional<String> optional(Tree t, String name) {
        Tree v = t.get(name);
        return v == null || v.text().isEmpty() ? Optional.empty() : Optional.of(v.text());
    }
}
