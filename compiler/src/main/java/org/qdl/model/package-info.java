/**
 * The checked qualification: every name resolved, every group flattened, every level ranked. The checker
 * builds it; the emitters (IR and handbook) read it. Records only; nothing here knows about syntax or output.
 */
package org.qdl.model;
