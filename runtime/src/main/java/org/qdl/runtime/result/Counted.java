package org.qdl.runtime.result;

/**
 * A unit that counted and the requirement it counted for, by its stable id: a rule of the IR, or (for
 * {@link Kind#EQUIVALENCE}) the n-th class of the IR's equivalent units, as {@code equivalent-n} (1-based).
 */
public record Counted(String unit, String requirement, Kind kind) {

    /** The id of the class of equivalent units at this index of the IR's equivalents (0-based). */
    public static String equivalenceId(int index) {
        return "equivalent-".concat(Integer.toString(index + 1));
    }

    /** What a unit can count for. */
    public enum Kind { RULE, EQUIVALENCE }
}
