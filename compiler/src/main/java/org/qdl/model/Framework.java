package org.qdl.model;

import java.util.List;
import java.util.Optional;

/** A level framework: RQF, SCQF, EQF (built in), or one the spec declares ("introductory, advanced"). */
public record Framework(String name, Optional<String> title, List<String> levels, boolean builtIn) {

    public Framework {
        levels = List.copyOf(levels);
    }
}
