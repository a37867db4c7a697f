package org.qdl.model;

import java.util.List;
import java.util.Optional;

/** An ordered set of labels, lowest first, with the default label and those that count as achieved. */
public record Scale(String name, Optional<String> title, List<Label> labels, String defaultLabel, List<String> achieved) {

    public Scale {
        labels = List.copyOf(labels);
        achieved = List.copyOf(achieved);
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
