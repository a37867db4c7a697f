package org.qdl.runtime.ir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the IR's JSON must look like before it is bound to records, where it can no longer be seen: no `null`
 * anywhere (the schema allows none, and a record would read `"rules": null` as no rules, so that every candidate
 * achieves), and the fields the schema requires present.
 */
final class IrShape {
    private static final List<String> REQUIRED = List.of("qualification", "units", "rules");
    private static final int MAX_DEPTH = 200;

    private IrShape() {
    }

    static void check(JsonNode document, String name) throws IrException {
        for (String field : REQUIRED) {
            if (!document.has(field)) {
                throw new IrException(name + ": does not match the IR schema: $." + field + " is missing");
            }
        }
        JsonNode pathways = document.get("pathways");
        if (pathways != null && pathways.isArray()) {
            for (int i = 0; i < pathways.size(); i++) {
                if (pathways.get(i).isObject() && !pathways.get(i).has("rules")) {
                    throw new IrException(name + ": does not match the IR schema: $.pathways[" + i
                            + "].rules is missing");
                }
            }
        }
        noNull(document, "$", name, 0);
    }

    private static void noNull(JsonNode node, String at, String name, int depth) throws IrException {
        if (depth > MAX_DEPTH) {
            throw new IrException(name + ": does not match the IR schema: " + at + " is nested too deeply");
        }
        if (node.isNull()) {
            throw new IrException(name + ": does not match the IR schema: " + at + " is null (leave the field out, "
                    + "or give it a value)");
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                noNull(f.getValue(), at + "." + f.getKey(), name, depth + 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                noNull(node.get(i), at + "[" + i + "]", name, depth + 1);
            }
        }
    }
}
