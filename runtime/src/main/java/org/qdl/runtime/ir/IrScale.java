package org.qdl.runtime.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered label set, lowest first, with the label of anything unrated and the labels that count as achieved.
 * {@code aliases} (since IR 2.1): per label, the other spellings a centre's records may use for it (`Passed`,
 * `P` for `Pass`); written only when there are some. {@code recorded} (since IR 2.3): the labels at which a unit's
 * outcome is recorded, so that it may be counted in a valid combination, though only the {@code achieved} ones are
 * passed ("compensated units appear as U"); it includes every achieved label, and is written only when the scale
 * has a label recorded but not achieved. Empty: the achieved labels alone are recorded. {@code marks} (since IR 2.3,
 * may be null): a result may be a mark from 0 to this (or a percentage of it), graded by {@code from}, each label
 * but the lowest with the least mark that gives it.
 */
public record IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> aliases,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> recorded,
        @JsonInclude(JsonInclude.Include.NON_NULL) java.math.BigDecimal marks,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, java.math.BigDecimal> from) {

    public IrScale {
        labels = IrDocument.nonNull(labels);
        achieved = IrDocument.nonNull(achieved);
        recorded = IrDocument.nonNull(recorded);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (aliases != null) {
            aliases.forEach((label, others) -> copy.put(label, IrDocument.nonNull(others)));
        }
        aliases = Collections.unmodifiableMap(copy);
        from = from == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(from));
    }

    public IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved,
            Map<String, List<String>> aliases, List<String> recorded) {
        this(id, title, labels, defaultLabel, achieved, aliases, recorded, null, Map.of());
    }

    /** A scale whose labels have no other spellings. */
    public IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved) {
        this(id, title, labels, defaultLabel, achieved, Map.of(), List.of(), null, Map.of());
    }

    /** A scale whose labels have other spellings, and whose recorded labels are the achieved ones. */
    public IrScale(String id, String title, List<String> labels, String defaultLabel, List<String> achieved,
            Map<String, List<String>> aliases) {
        this(id, title, labels, defaultLabel, achieved, aliases, List.of(), null, Map.of());
    }

    /** Whether a label is recorded (counts in a combination), passed or not. */
    public boolean isRecorded(String label) {
        return achieved.contains(label) || recorded.contains(label);
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
