package org.qdl.check;

import java.math.BigDecimal;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.syntax.tree.Num;

/**
 * The numbers QDL computes with: credits, hours, counts, points and percentages up to a million, to three decimal
 * places. The engine counts in whole thousandths and the IR is JSON, so a larger or finer number would be rounded
 * without a word, overflow, or make an IR that cannot be read back; no handbook needs one.
 */
final class Numbers {
    static final BigDecimal MAX = IrFormat.MAX_NUMBER;
    static final int DECIMALS = IrFormat.DECIMALS;

    private Numbers() {
    }

    /** True when {@code n} is in range; otherwise reports Q0217 and returns false. */
    static boolean inRange(Num n, Diagnostics out) {
        BigDecimal v = n.value();
        if (v.abs().compareTo(MAX) > 0) {
            out.add(Diagnostic.of(Code.Q0217, n.span(), "`" + shown(n) + "` is too large: QDL counts up to "
                    + MAX.toPlainString()).withLabel("too large")
                    .withHelp("check the number; credits, hours, units and points are far smaller"));
            return false;
        }
        if (v.stripTrailingZeros().scale() > DECIMALS) {
            out.add(Diagnostic.of(Code.Q0217, n.span(), "`" + shown(n) + "` has more than " + DECIMALS
                    + " decimal places, which QDL does not keep").withLabel("too fine")
                    .withHelp("round to " + DECIMALS + " decimal places"));
            return false;
        }
        return true;
    }

    /** The number as written, cut short when it is very long. */
    private static String shown(Num n) {
        String text = n.value().toPlainString();
        return text.length() <= 20 ? text : text.substring(0, 12) + "… (" + text.length() + " digits)";
    }
}
