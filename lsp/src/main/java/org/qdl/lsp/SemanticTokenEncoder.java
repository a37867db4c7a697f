package org.qdl.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokensLegend;

/**
 * Semantic tokens for the names the TextMate grammar cannot tell apart: units, groups, scales, labels, rules and
 * the qualification, each with `declaration` where it is declared. Encoded as the protocol's relative integers.
 */
final class SemanticTokenEncoder {
    static final List<String> TYPES = List.of("namespace", "class", "type", "enum", "enumMember", "property",
            "string");
    static final List<String> MODIFIERS = List.of("declaration");
    static final SemanticTokensLegend LEGEND = new SemanticTokensLegend(TYPES, MODIFIERS);

    private SemanticTokenEncoder() {
    }

    static List<Integer> encode(List<Occurrence> occurrences) {
        List<Occurrence> sorted = new ArrayList<>(occurrences);
        sorted.sort(Comparator.comparingInt(o -> o.span().start()));
        List<Integer> data = new ArrayList<>();
        int line = 0;
        int character = 0;
        for (Occurrence o : sorted) {
            int l = o.span().line() - 1;
            int c = o.span().column() - 1;
            int length = o.span().length();
            if (length == 0 || o.span().file().line(o.span().end()) - 1 != l) {
                continue;
            }
            data.add(l - line);
            data.add(l == line ? c - character : c);
            data.add(length);
            data.add(TYPES.indexOf(type(o.kind())));
            data.add(o.declaration() ? 1 : 0);
            line = l;
            character = c;
        }
        return data;
    }

    private static String type(Occurrence.Kind kind) {
        return switch (kind) {
            case QUALIFICATION -> "namespace";
            case UNIT -> "class";
            case GROUP -> "type";
            case SCALE -> "enum";
            case LABEL -> "enumMember";
            case RULE -> "property";
            case IMPORT -> "string";
        };
    }
}
