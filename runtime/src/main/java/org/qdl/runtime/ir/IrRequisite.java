package org.qdl.runtime.ir;

import java.util.List;

/**
 * What a learner must hold beside the qualification's units (since IR 2.4): a qualification held before registering
 * (kind "qualification", a prerequisite) or a component outside the units (kind "component", a co-requisite such as
 * an SVQ's Core Skills). The candidate's input lists it as a row whose unit is {@code id}; a component's row gives the
 * level achieved as its result. {@code level} (a component only; null: any level) is the level it must be held at,
 * compared by rank; {@code levels} are the framework's levels, each label with its rank, to read the row's result by
 * (absent without a {@code level}). Without what it requires the qualification is not achieved. {@code gateway} (since
 * IR 2.5; a component only, null when not): an item of an end-point assessment's gateway, which must be held on or
 * before the first attempt at any unit, so that a unit's attempt dated before the day the gateway was met does not
 * count (without dates only holding is checked).
 */
public record IrRequisite(String id, String title, Kind kind, IrRule.IrLevelFilter level, List<IrLevel> levels,
        IrSource source, Boolean gateway) {

    public enum Kind { QUALIFICATION, COMPONENT }

    public IrRequisite {
        levels = levels == null || levels.isEmpty() ? null : List.copyOf(levels);
        gateway = Boolean.TRUE.equals(gateway) ? Boolean.TRUE : null;
    }

    /** A prerequisite or co-requisite that is not a gateway item. */
    public IrRequisite(String id, String title, Kind kind, IrRule.IrLevelFilter level, List<IrLevel> levels,
            IrSource source) {
        this(id, title, kind, level, levels, source, null);
    }

    /** Whether it is an item of the end-point assessment's gateway (held before any unit is attempted). */
    public boolean isGateway() {
        return gateway != null;
    }

    /** The framework's levels to read a component's result by (empty without a level). */
    public List<IrLevel> frameworkLevels() {
        return levels == null ? List.of() : levels;
    }
}
