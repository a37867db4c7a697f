package org.qdl.emit.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qdl.lower.Lowering;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrJson;
import org.qdl.web.IrReader;
import org.qdl.web.Tree;

/**
 * The checker page's IR reader (the browser has no Jackson) builds the same records as {@code IrJson.read} from
 * every spec's IR, so the page's engine runs on the rules `qdl eval` runs on. Here its parsed JSON comes from
 * Jackson's tree; in the page, from JSON.parse, which gives numbers the same digits.
 */
class CheckerIrReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsEverySpecsIrAsIrJsonDoes() throws Exception {
        for (String spec : SeedHandbooks.SPECS) {
            String text = IrJson.write(Lowering.lower(SeedHandbooks.fromSpec(spec).orElseThrow()).ir());
            IrDocument expected = IrJson.read(text, spec);
            assertThat(IrReader.read(new JacksonTree(JSON.readTree(text)))).as(spec).isEqualTo(expected);
        }
        for (String spec : org.qdl.corpus.Corpus.specs()) {
            String text = IrJson.write(Lowering.lower(SeedHandbooks.fromCorpus(spec)).ir());
            IrDocument expected = IrJson.read(text, spec);
            assertThat(IrReader.read(new JacksonTree(JSON.readTree(text)))).as(spec).isEqualTo(expected);
        }
    }

    @Test
    void refusesAnotherMajorVersion() {
        assertThatThrownBy(() -> IrReader.read(new JacksonTree(JSON.readTree(
                "{\"format\": \"qdl-ir\", \"formatVersion\": \"3.0\"}"))))
                .hasMessage("IR format version 3.0 cannot be read by this engine, which reads version 2.x");
    }

    private record JacksonTree(JsonNode node) implements Tree {
        @Override
        public Tree get(String name) {
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : new JacksonTree(v);
        }

        @Override
        public String text() {
            return node.isNumber() ? node.numberValue().toString() : node.asText();
        }

        @Override
        public boolean isTrue() {
            return node.isBoolean() && node.booleanValue();
        }

        @Override
        public int size() {
            return node.size();
        }

        @Override
        public Tree at(int index) {
            JsonNode v = node.get(index);
            return v == null || v.isNull() ? null : new JacksonTree(v);
        }

        @Override
        public List<String> names() {
            List<String> out = new ArrayList<>();
            node.fieldNames().forEachRemaining(out::add);
            return out;
        }
    }
}
