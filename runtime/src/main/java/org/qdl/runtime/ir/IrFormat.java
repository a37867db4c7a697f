package org.qdl.runtime.ir;

/** The IR's format version. The runtime reads any 1.x document and refuses other major versions. */
public final class IrFormat {
    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;
    /** The JSON Schema of this version, as a class-path resource. */
    public static final String SCHEMA_RESOURCE = "/org/qdl/runtime/ir/qdl-ir-1.schema.json";

    private IrFormat() {
    }
}
