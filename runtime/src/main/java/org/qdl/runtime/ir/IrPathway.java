package org.qdl.runtime.ir;

import java.util.List;

/**
 * A `pathway` (kind "pathway": one of the qualification's pathways must be met, as well as its common rules)
 * or an `endorsement` (kind "endorsement": optional, earns its title when met as well as the common rules).
 */
public record IrPathway(String id, String title, Kind kind, List<IrRule> rules, IrSource source) {

    public enum Kind { PATHWAY, ENDORSEMENT }

    public IrPathway {
        rules = IrDocument.nonNull(rules);
    }
}
