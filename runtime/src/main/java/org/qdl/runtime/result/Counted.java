package org.qdl.runtime.result;

/** A unit that counted, the requirement it counted for (its stable id and its words). */
public record Counted(String unit, String requirement, String requirementText) {
}
