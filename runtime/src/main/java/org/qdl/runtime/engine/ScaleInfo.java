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
    /** The most marks a result can have, or null when results are labels only. */
    final java.math.BigDecimal marks;
    /** Per label, the least mark that gives it (the lowest label from 0); null without marks. */
    private final java.math.BigDecimal[] from;
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
        this.marks = scale.marks();
        this.from = marks == null ? null : new java.math.BigDecimal[labels.size()];
        if (from != null) {
            for (int i = 0; i < from.length; i++) {
                from[i] = scale.from().getOrDefault(labels.get(i), java.math.BigDecimal.ZERO);
            }
        }
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

    /**
     * For a scale of marks and a result that reads as a mark (`32`, `32.5`, `-3`, `71%`): the mark in marks (a
     * percentage of the scale's marks), or empty when the result is not a mark (it may be a label). Read by hand,
     * not by a pattern, as the same engine runs in the browser.
     */
    Optional<java.math.BigDecimal> mark(String given) {
        if (marks == null) {
            return Optional.empty();
        }
        String s = given.trim();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).trim();
        }
        int digits = 0;
        int points = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && digits > 0 && points == 0 && i + 1 < s.length()) {
                points++;
            } else if (!(c == '-' && i == 0)) {
                return Optional.empty();
            }
        }
        if (digits == 0 || s.length() > 20) {
            return Optional.empty();
        }
        java.math.BigDecimal value = new java.math.BigDecimal(s);
        return Optional.of(percent ? value.multiply(marks).divide(java.math.BigDecimal.valueOf(100)) : value);
    }

    /** Whether a mark (in marks) is one the scale can have: from 0 to its marks. */
    boolean inRange(java.math.BigDecimal mark) {
        return mark.signum() >= 0 && mark.compareTo(marks) <= 0;
    }

    /** The label a mark gives: the highest whose least mark it reaches. */
    int rankOfMark(java.math.BigDecimal mark) {
        int rank = 0;
        for (int i = 1; i < from.length; i++) {
            if (mark.compareTo(from[i]) >= 0) {
                rank = i;
            }
        }
        return rank;
    }

    static String fold(String s) {
        return Labels.fold(s);
    }
}
