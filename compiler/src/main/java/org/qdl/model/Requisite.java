package org.qdl.model;

import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * What a learner must hold beside the qualification's units: a qualification held before registering (a
 * prerequisite, Ofqual E3.2(b)), or a component outside the qualification's units, at a level where one is given
 * (a co-requisite: a Modern Apprenticeship's SVQ plus Core Skills at given SCQF levels). The candidate's input lists
 * it as a row naming {@code id}; a component's row gives the level achieved as its result. A gateway item is a
 * component an end-point assessment's plan asks for before the assessment is taken (`gateway { component english
 * "Level 2 English" at level 2 or above }`): held, and held on or before the first attempt at any unit when dated.
 */
public record Requisite(Kind kind, String id, String title, Optional<Rule.LevelFilter> level, Span span) {

    public enum Kind { QUALIFICATION, COMPONENT, GATEWAY }
}
