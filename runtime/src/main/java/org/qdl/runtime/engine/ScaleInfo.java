package org.qdl.runtime.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.text.Labels;

/** A grading scale: labels in order (lowest first), the default, the achieved set; labels matched leniently. */
final class ScaleInfo {
    final String id;
    final List<String> labels;
    final int defaultRank;
    final boolean[] achieved;
    /** Per label: recorded but not achieved, so a unit with it counts in a combination without being passed. */
    final boolean[] recordedOnly;
    /** See {@link IrScale#lowestAchievedRank()}. */
    final int lowestAchieved;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();

    ScaleInfo(IrScale scale) {
        this.id = scale.id();
        this.labels = scale.labels();
        this.achieved = new boolean[labels.size()];
        this.recordedOnly = new boolean[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            exact.put(labels.get(i), i);
            folded.putIfAbsent(fold(labels.get(i)), i);
            achieved[i] = scale.achieved().contains(labels.get(i));
            recordedOnly[i] = !achieved[i] && scale.isRecorded(labels.get(i));
        }
        // another spelling never shadows a label (the IR's validator refuses one that would)
        scale.aliases().forEach((label, others) -> {
            int rank = labels.indexOf(label);
            for (String other : others) {
                folded.putIfAbsent(fold(other), rank);
            }
        });
        this.lowestAchieved = scale.lowestAchievedRank();
        this.defaultRank = scale.defaultLabel() == null ? 0 : labels.indexOf(scale.defaultLabel());
    }

    /** The rank of a label as a centre wrote it: exactly, or ignoring case and spacing, or as one of its aliases. */
    Optional<Integer> rank(String label) {
        Integer r = exact.get(label);
        if (r == null) {
            r = folded.get(fold(label));
        }
        return Optional.ofNullable(r);
    }

    static String fold(String s) {
        return Labels.fold(s);
    }
}
