package org.qdl.runtime.ir;

import java.util.List;

/** A group and all its units (a union group lists its member groups' units too). */
public record IrGroup(String id, String title, List<String> units, List<String> memberGroups, IrSource source) {

    public IrGroup {
        units = IrDocument.nonNull(units);
        memberGroups = IrDocument.nonNull(memberGroups);
    }
}
