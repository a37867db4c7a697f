package org.qdl.runtime.engine;

/**
 * A set of requirements that together make the qualification: the common rules alone, or the common rules
 * with one pathway's or endorsement's rules; and how the matching solver would take them.
 */
record Variant(String id, String title, boolean endorsement, Requirement[] requirements, FlowPlan plan) {

    Variant(String id, String title, boolean endorsement, Requirement[] requirements, int unitCount) {
        this(id, title, endorsement, requirements, FlowPlan.of(requirements, unitCount));
    }
}
