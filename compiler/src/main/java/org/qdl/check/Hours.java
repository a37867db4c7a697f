package org.qdl.check;

import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Range;
import org.qdl.syntax.tree.Attribute;

/** Checks that relate a thing's guided learning hours to its total qualification time. */
final class Hours {
    private Hours() {
    }

    static void checkGlhWithinTqt(Optional<Range> glh, Optional<Range> tqt, Block block, String what, Diagnostics out) {
        if (glh.isPresent() && tqt.isPresent() && glh.get().min().compareTo(tqt.get().max()) > 0) {
            out.add(Diagnostic.of(Code.Q0202, block.quantity(Attribute.QuantityKind.GLH).get().span(), "the GLH of "
                    + what + " (" + glh.get() + ") is more than its TQT (" + tqt.get() + ")")
                    .withLabel("more than the TQT")
                    .withNote(block.quantity(Attribute.QuantityKind.TQT).get().span(), "TQT given here")
                    .withHelp("total qualification time includes the guided learning hours"));
        }
    }
}
