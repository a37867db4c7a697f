package org.qdl.runtime.candidate;

import java.util.Locale;
import java.util.Optional;

/**
 * How a unit was achieved. {@code EXEMPT} counts without credit; {@code RPL} (recognition of prior learning)
 * counts normally; {@code PLANNED} counts only in what-if mode.
 */
public enum Status {
    ACHIEVED, PLANNED, EXEMPT, RPL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Status> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
