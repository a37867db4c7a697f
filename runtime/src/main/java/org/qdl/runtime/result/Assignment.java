package org.qdl.runtime.result;

import java.util.List;

/**
 * The units that count for one earned pathway or endorsement, each with the rule it counted for: a candidate
 * who earns two pathways sees the combination behind each.
 *
 * @param variant the pathway's or endorsement's id
 * @param title its title
 * @param endorsement true for an endorsement, false for a pathway
 * @param counted its units, in the order the candidate listed them
 */
public record Assignment(String variant, String title, boolean endorsement, List<Counted> counted) {

    public Assignment {
        counted = List.copyOf(counted);
    }
}
