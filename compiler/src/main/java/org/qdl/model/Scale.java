package org.qdl.model;

import java.util.List;
import java.util.Optional;

/**
 * An ordered set of labels, lowest first, with the default label and those that count as achieved (passed);
 * {@code recorded}, when the scale says so, the labels at which a unit counts in a combination though only the
 * achieved ones pass (every achieved label among them), else empty. On a scale of {@code marks} (a result is a
 * mark from 0 to that), {@code from} gives each label but the lowest the least mark that gives it, in marks.
 */
public record Scale(String name, Optional<String> title, List<Label> labels, String defaultLabel, List<String> achieved,
        List<String> recorded, Optional<java.math.BigDecimal> marks, java.util.Map<String, java.math.BigDecimal> from) {

    public Scale {
        labels = List.copyOf(labels);
        achieved = List.copyOf(achieved);
        recorded = List.copyOf(recorded);
        from = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(from));
    }

    public Scale(String name, Optional<String> title, List<Label> labels, String defaultLabel, List<String> achieved) {
        this(name, title, labels, defaultLabel, achieved, List.of());
    }

    public Scale(String name, Optional<String> title, List<Label> labels, String defaultLabel, List<String> achieved,
            List<String> recorded) {
        this(name, title, labels, defaultLabel, achieved, recorded, Optional.empty(), java.util.Map.of());
    }

    /** The labels recorded but not passed (`U` under compensation), lowest first. */
    public List<String> recordedOnly() {
        return recorded.stream().filter(l -> !achieved.contains(l)).toList();
    }

    /** A label, its description, and the other spellings a centre's records may use for it. */
    public record Label(String name, Optional<String> description, List<String> aliases) {
        public Label {
            aliases = List.copyOf(aliases);
        }

        public Label(String name, Optional<String> description) {
            this(name, description, List.of());
        }
    }

    public List<String> labelNames() {
        return labels.stream().map(Label::name).toList();
    }

    public int rank(String label) {
        return labelNames().indexOf(label);
    }
}
