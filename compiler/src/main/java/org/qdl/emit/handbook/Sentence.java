package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of the handbook as data: plain text with the names of groups, units and other terms marked, so that a
 * template can embolden a group's name or link a unit's reference. {@link #text()} is the sentence as a reader
 * hears it.
 */
public record Sentence(List<Part> parts) {

    public Sentence {
        parts = List.copyOf(parts);
    }

    /**
     * A run of text. {@code unitId} (the unit's page id) or {@code groupId} (the group table's anchor) is set when the
     * run names one; {@code strong} when the run is a name the handbook emphasises.
     */
    public record Part(String text, String unitId, String groupId, boolean strong) {
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    static Builder builder() {
        return new Builder();
    }

    static Sentence of(String text) {
        return builder().text(text).build();
    }

    static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        Builder text(String text) {
            if (text.isEmpty()) {
                return this;
            }
            int last = parts.size() - 1;
            if (last >= 0 && isPlain(parts.get(last))) {
                parts.set(last, new Part(parts.get(last).text() + text, "", "", false));
            } else {
                parts.add(new Part(text, "", "", false));
            }
            return this;
        }

        Builder strong(String text) {
            parts.add(new Part(text, "", "", true));
            return this;
        }

        Builder group(String text, String groupId) {
            parts.add(new Part(text, "", groupId, true));
            return this;
        }

        Builder unit(String text, String unitId) {
            parts.add(new Part(text, unitId, "", false));
            return this;
        }

        Builder append(Sentence other) {
            for (Part p : other.parts()) {
                if (isPlain(p)) {
                    text(p.text());
                } else {
                    parts.add(p);
                }
            }
            return this;
        }

        boolean isEmpty() {
            return parts.isEmpty();
        }

        Sentence build() {
            return new Sentence(parts);
        }

        private static boolean isPlain(Part p) {
            return !p.strong() && p.unitId().isEmpty() && p.groupId().isEmpty();
        }
    }
}
