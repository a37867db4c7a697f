package org.qdl.runtime.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one requirement still needs: {@code units} more units and/or {@code credits} more credits (the least
 * that would do), the units that could fill it, and the message a centre reads.
 */
public record Shortfall(String requirement, String requirementText, int units, BigDecimal credits,
        List<String> options, String message) {

    public Shortfall {
        options = List.copyOf(options);
    }
}
