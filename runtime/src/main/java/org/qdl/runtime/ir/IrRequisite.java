package org.qdl.runtime.ir;

import java.util.List;

/**
 * What a learner must hold beside the qualification's units (since IR 2.4): a qualification held before registering
 * (kind "qualification", a prerequisite) or a component outside the units (kind "component", a co-requisite such as
 * an SVQ's Core Skills). The candidate's input lists it as a row whose unit is {@code id}; a component's row gives the
 * level achieved as its result. {@code level} (a component only; null: any level) is the level it must be held at,
 * compared by rank; {@code levels} are the framework's levels, each label with its rank, to read the row's result by
 * (absent without a {@code level}). Without what it requires the qualification is not achieved.
 */
public record IrRequisite(String id, String title, Kind kind, IrRule.IrLevelFilter level, List<IrLevel> levels,
        IrSource source) {

    public enum Kind { QUALIFICATION, COMPONENT }

    public IrRequisite {
        levels = levels == null || levels.isEmpty() ? null : List.copyOf(levels);
    }

    /** The framework's levels to read a component's result by (empty without a level). */
    public List<IrLevel> frameworkLevels() {
        return levels == null ? List.of() : levels;
    }
}
