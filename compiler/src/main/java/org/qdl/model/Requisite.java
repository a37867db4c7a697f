package org.qdl.model;

import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * What a learner must hold beside the qualification's units: a qualification held before registering (a
 * prerequisite, Ofqual E3.2(b)), or a component outside the qualification's units, at a level where one is given
 * (a co-requisite: a Modern Apprenticeship's SVQ plus Core Skills at given SCQF levels). The candidate's input lists
 * it as a row naming {@code id}; a component's row gives the level achieved as its result.
 */
public record Requisite(Kind kind, String id, String title, Optional<Rule.LevelFilter> level, Span span) {

    public enum Kind { QUALIFICATION, COMPONENT }
}
