package org.qdl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.model.Framework;
import org.qdl.model.Level;
import org.qdl.syntax.tree.LevelValue;

/**
 * The level frameworks QDL knows, and how a written level (`entry 3`, `5`, `advanced`) becomes a ranked
 * level in one of them.
 */
final class Frameworks {
    private static final List<String> RQF_LEVELS = List.of("Entry 1", "Entry 2", "Entry 3", "1", "2", "3", "4", "5",
            "6", "7", "8");

    static final Map<String, Framework> BUILT_IN = Map.of(
            "RQF", new Framework("RQF", Optional.of("Regulated Qualifications Framework"), RQF_LEVELS, true),
            "QCF", new Framework("QCF", Optional.of("Qualifications and Credit Framework"), RQF_LEVELS, true),
            "CQFW", new Framework("CQFW", Optional.of("Credit and Qualifications Framework for Wales"), RQF_LEVELS,
                    true),
            "SCQF", new Framework("SCQF", Optional.of("Scottish Credit and Qualifications Framework"),
                    numbered(12), true),
            "EQF", new Framework("EQF", Optional.of("European Qualifications Framework"), numbered(8), true));

    private Frameworks() {
    }

    private static List<String> numbered(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.valueOf(i));
        }
        return out;
    }

    /** The level in the framework, or empty when the framework has no such level. */
    static Optional<Level> resolve(Framework f, LevelValue v) {
        String label = switch (v.form()) {
            case ENTRY -> "Entry " + stripZeros(v.text());
            case NUMBER -> stripZeros(v.text());
            case NAME -> v.text();
        };
        int index = f.levels().indexOf(label);
        if (index < 0 && v.form() == LevelValue.Form.NAME) {
            for (int i = 0; i < f.levels().size(); i++) {
                if (f.levels().get(i).equalsIgnoreCase(label)) {
                    index = i;
                }
            }
        }
        return index < 0 ? Optional.empty() : Optional.of(new Level(f.levels().get(index), index + 1, f.name()));
    }

    /** "Entry 1 to 8", "1 to 12", "introductory, advanced": what a message can offer. */
    static String describe(Framework f) {
        if (f.builtIn()) {
            return f.levels().get(0) + " to " + f.levels().get(f.levels().size() - 1);
        }
        return String.join(", ", f.levels());
    }

    private static String stripZeros(String number) {
        try {
            return new java.math.BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }
}
