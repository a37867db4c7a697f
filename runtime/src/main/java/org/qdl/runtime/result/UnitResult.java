package org.qdl.runtime.result;

/**
 * A listed unit as the engine understood it: achieved or not (and why not), its grade and status, and
 * whether it counted.
 */
public record UnitResult(String unit, boolean achieved, String grade, String status, String reason) {
}
