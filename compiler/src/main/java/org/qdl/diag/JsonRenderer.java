package org.qdl.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.qdl.syntax.Span;

/** Diagnostics as one JSON document: {@code {"diagnostics": [...], "errors": n, "warnings": n}}. */
public final class JsonRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonRenderer() {
    }

    public static String render(List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        int errors = 0;
        for (Diagnostic d : diagnostics) {
            ObjectNode o = list.addObject();
            o.put("severity", d.severity().word());
            o.put("code", d.code().name());
            o.put("message", d.message());
            position(o, d.span());
            if (!d.label().isEmpty()) {
                o.put("label", d.label());
            }
            d.help().ifPresent(h -> o.put("help", h));
            if (!d.notes().isEmpty()) {
                ArrayNode notes = o.putArray("notes");
                for (Diagnostic.Note n : d.notes()) {
                    ObjectNode no = notes.addObject();
                    no.put("message", n.message());
                    position(no, n.span());
                }
            }
            if (d.isError()) {
                errors++;
            }
        }
        root.put("errors", errors);
        root.put("warnings", diagnostics.size() - errors);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void position(ObjectNode o, Span span) {
        o.put("file", span.file().path());
        o.put("line", span.line());
        o.put("column", span.column());
        o.put("endLine", span.file().line(span.end()));
        o.put("endColumn", span.file().column(span.end()));
    }
}
