package org.qdl.emit.ir;

import org.qdl.model.Qualification;
import org.qdl.runtime.ir.IrDocument;

/** Compiles a checked qualification to the IR the runtime evaluates. (Being written.) */
public final class IrEmitter {
    private IrEmitter() {
    }

    public static IrDocument emit(Qualification qualification) {
        throw new UnsupportedOperationException("IR emitter not written yet");
    }
}
