package org.qdl.runtime.ir;

import java.util.List;

/** The qualification's identity: what results and messages name it by. */
public record IrQualification(
        String id,
        String title,
        String awardingBody,
        List<IrIdentifier> identifiers,
        String framework,
        IrLevel level,
        IrSource source) {

    public IrQualification {
        identifiers = IrDocument.nonNull(identifiers);
    }

    /** `number 4427-20 "City & Guilds qualification number"`. */
    public record IrIdentifier(String value, String caption, boolean regulator) {
    }
}
