package org.qdl.runtime.engine;

import java.util.HashMap;
import java.util.Map;
import org.qdl.runtime.ir.IrLevel;
import org.qdl.runtime.ir.IrRequisite;

/**
 * A prerequisite qualification or co-requisite component, compiled: the level it must be held at (none: held is
 * enough), and the framework's levels by their folded labels, to read the level a candidate's row gives as its result
 * ("5", "SCQF level 5", "Level 5", "Entry 3").
 */
final class RequisiteInfo {
    /** Not held: no row names it. */
    static final int NOT_HELD = Integer.MIN_VALUE;
    /** Held with no level read: the row gave none, or one that is not a level of the framework. */
    static final int NO_LEVEL = Integer.MIN_VALUE + 1;

    private final String id;
    private final String title;
    private final Direction direction;
    private final int rank;
    private final Map<String, Integer> ranks = new HashMap<>();
    private final Map<Integer, String> labels = new HashMap<>();
    private final boolean gateway;

    RequisiteInfo(IrRequisite r) {
        this.id = r.id();
        this.title = r.title();
        this.direction = r.level() == null ? null : Direction.of(r.level().op());
        this.rank = r.level() == null ? 0 : r.level().rank();
        this.gateway = r.isGateway();
        for (IrLevel l : r.frameworkLevels()) {
            ranks.putIfAbsent(ScaleInfo.fold(l.label()), l.rank());
            labels.putIfAbsent(l.rank(), l.label());
        }
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    /** Whether it is an item of the end-point assessment's gateway, held before any unit is attempted. */
    boolean gateway() {
        return gateway;
    }

    /** Whether a level must be given (a component at a level). */
    boolean needsLevel() {
        return direction != null;
    }

    /**
     * The rank of the level a row's result names, or {@link #NO_LEVEL}: the folded result, or its last words (so that
     * "SCQF level 5" and "Level 5" read as "5").
     */
    int rankOf(String result) {
        String folded = ScaleInfo.fold(result);
        while (true) {
            Integer r = ranks.get(folded);
            if (r != null) {
                return r;
            }
            int space = folded.indexOf(' ');
            if (space < 0) {
                return NO_LEVEL;
            }
            folded = folded.substring(space + 1);
        }
    }

    /** The framework's label of a rank ("5", "Entry 3"). */
    String label(int levelRank) {
        return labels.getOrDefault(levelRank, String.valueOf(levelRank));
    }

    /** Whether what is held ({@link #NOT_HELD}, {@link #NO_LEVEL} or a level's rank) meets the requisite. */
    boolean metAt(int levelRank) {
        return levelRank != NOT_HELD && (direction == null || levelRank != NO_LEVEL && direction.test(levelRank, rank));
    }

    /** The framework's labels, lowest first: what a centre may write. */
    java.util.List<String> levelLabels() {
        return labels.keySet().stream().sorted().map(labels::get).toList();
    }
}
