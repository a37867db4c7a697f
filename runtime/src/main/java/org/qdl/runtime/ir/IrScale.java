package org.qdl.runtime.ir;

import java.util.List;

/** An ordered label set, lowest first, with the label of anything unrated and the labels that count as achieved. */
public record IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved) {

    public IrScale {
        labels = IrDocument.nonNull(labels);
        achieved = IrDocument.nonNull(achieved);
    }

    /**
     * The rank of the lowest label that counts as achieved, or the number of labels when none does: a unit rated on
     * this scale with no rule of its own is achieved when every criterion is at this rank or above. One place for
     * the engine that applies that rule and the words that state it.
     */
    public int lowestAchievedRank() {
        int rank = 0;
        while (rank < labels.size() && !achieved.contains(labels.get(rank))) {
            rank++;
        }
        return rank;
    }
}
