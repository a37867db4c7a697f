package org.qdl.emit.ir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.runtime.ir.IrFormat;
import org.qdl.runtime.ir.IrJson;
import org.qdl.syntax.Specs;

/** The IR of every spec is what the schema shipped in the runtime describes, and the same on every build. */
class IrSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> specs() throws IOException {
        return Specs.all();
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = IrFormat.class.getResourceAsStream(IrFormat.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void irMatchesTheSchema(Path spec) throws IOException {
        Compilation c = Frontend.compile(spec);
        assertThat(c.qualification()).as("%s compiles: %s", spec, c.diagnostics()).isPresent();
        String ir = IrJson.write(c.ir().orElseThrow());
        JsonNode node = JSON.readTree(ir);
        Set<ValidationMessage> errors = schema().validate(node);
        assertThat(errors).as("schema errors in the IR of %s", spec).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("specs")
    void irIsByteIdenticalEveryTime(Path spec) {
        String first = IrJson.write(Frontend.compile(spec).ir().orElseThrow());
        String second = IrJson.write(Frontend.compile(spec).ir().orElseThrow());
        assertThat(second).isEqualTo(first);
    }
}
