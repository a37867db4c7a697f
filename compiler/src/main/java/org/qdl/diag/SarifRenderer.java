package org.qdl.diag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.qdl.syntax.Span;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format code hosts read to annotate a pull request's lines: one run of
 * the `qdl` tool, a rule per code used (its summary; `qdl explain CODE` has the rest), a result per diagnostic.
 */
public final class SarifRenderer {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifRenderer() {
    }

    public static String render(List<Diagnostic> diagnostics, String version) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "qdl");
        driver.put("version", version);
        Set<Code> codes = new LinkedHashSet<>();
        diagnostics.forEach(d -> codes.add(d.code()));
        ArrayNode rules = driver.putArray("rules");
        for (Code c : codes) {
            ObjectNode r = rules.addObject();
            r.put("id", c.name());
            r.putObject("shortDescription").put("text", c.summary());
            r.putObject("help").put("text", "run `qdl explain " + c.name() + "` for the long description");
            r.putObject("defaultConfiguration").put("level", c.severity().word());
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            ObjectNode r = results.addObject();
            r.put("ruleId", d.code().name());
            r.put("level", d.severity().word());
            String text = d.message() + d.help().map(h -> "\nhelp: " + h).orElse("");
            r.putObject("message").put("text", text);
            location(r.putArray("locations").addObject(), d.span());
            if (!d.notes().isEmpty()) {
                ArrayNode related = r.putArray("relatedLocations");
                for (Diagnostic.Note n : d.notes()) {
                    ObjectNode l = related.addObject();
                    location(l, n.span());
                    l.putObject("message").put("text", n.message());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void location(ObjectNode location, Span span) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", span.file().path().replace('\\', '/'));
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.file().line(span.end()));
        region.put("endColumn", Math.max(span.file().column(span.end()),
                span.line() == span.file().line(span.end()) ? span.column() + 1 : 1));
    }
}
