package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/** What may appear inside `group NAME { }`. */
public sealed interface GroupMember extends Node
        permits Attribute, UnitEntry, GroupMember.UnitList, GroupMember.GroupList, GroupMember.LibraryUnits {

    /** `units 4427-450, 4427-551` */
    record UnitList(List<Name> units, Span span) implements GroupMember {
        public UnitList {
            units = List.copyOf(units);
        }
    }

    /**
     * `any unit at level 3 in "btec-units.qdl"`: every unit the imported file declares (at the level) that the
     * qualification does not list itself.
     */
    record LibraryUnits(java.util.Optional<RuleNode.LevelFilter> level, Text library, Span span) implements GroupMember {
    }

    /** `groups B, C, D, E`: the group is the union of these. */
    record GroupList(List<Name> groups, Span span) implements GroupMember {
        public GroupList {
            groups = List.copyOf(groups);
        }
    }
}
