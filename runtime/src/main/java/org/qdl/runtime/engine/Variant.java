package org.qdl.runtime.engine;

/**
 * A set of requirements that together make the qualification: the common rules alone, or the common rules
 * with one pathway's or endorsement's rules.
 */
record Variant(String id, String title, boolean endorsement, Requirement[] requirements) {
}
