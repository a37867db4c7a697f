package org.qdl.runtime.ir;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes IR documents. Writing is deterministic (fields in declaration order, two-space indents,
 * a final newline), so the same source gives byte-identical IR. Reading checks the format and version first,
 * so that an IR from a newer QDL is refused with both versions named.
 */
public final class IrJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            // the IR's enumerated words are lower case: "claims", "ge", "every_criterion"
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private IrJson() {
    }

    public static String write(IrDocument document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write IR", e);
        }
    }

    public static IrDocument read(Path file) throws IrException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IrException(file + ": no such file");
        } catch (IOException e) {
            throw new IrException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    public static IrDocument read(String json, String name) throws IrException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    public static IrDocument read(InputStream in, String name) throws IrException {
        JsonNode tree;
        try (JsonParser parser = MAPPER.createParser(in)) {
            // a key given twice would otherwise be read as its last value, without a word
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            tree = MAPPER.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                throw new IrException(name + ":" + parser.currentLocation().getLineNr() + ":"
                        + parser.currentLocation().getColumnNr() + ": not valid JSON (more after the end of the IR "
                        + "document; an IR file holds one JSON object)");
            }
        } catch (JsonParseException e) {
            throw new IrException(name + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + IrMessages.plain(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new IrException(name + ": cannot be read (" + IrMessages.plain(e.getMessage()) + ")");
        }
        if (tree == null || !tree.isObject()) {
            throw new IrException(name + ": not a QDL IR document (expected a JSON object)");
        }
        JsonNode format = tree.get("format");
        if (format == null || !IrDocument.FORMAT.equals(format.asText())) {
            throw new IrException(name + ": not a QDL IR document (its \"format\" is not \"" + IrDocument.FORMAT + "\")");
        }
        JsonNode version = tree.get("formatVersion");
        String v = version == null ? "" : version.asText();
        int major;
        try {
            major = Integer.parseInt(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
        } catch (NumberFormatException e) {
            throw new IrException(name + ": IR format version \"" + v + "\" is not a version number; this runtime reads "
                    + IrFormat.VERSION);
        }
        if (major != IrFormat.MAJOR) {
            throw new IrException(name + ": IR format version " + v + " cannot be read by this runtime, which reads "
                    + "version " + IrFormat.MAJOR + ".x (" + IrFormat.VERSION + "); rebuild the IR with the matching qdl");
        }
        IrShape.check(tree, name);
        IrDocument doc;
        try {
            doc = MAPPER.treeToValue(tree, IrDocument.class);
        } catch (MismatchedInputException e) {
            throw new IrException(name + ": does not match the IR schema at " + path(e) + " ("
                    + IrMessages.expected(e) + ")");
        } catch (JsonProcessingException e) {
            throw new IrException(name + ": does not match the IR schema (" + IrMessages.plain(e.getOriginalMessage())
                    + ")");
        }
        IrValidator.validate(doc, name);
        return doc;
    }

    private static String path(MismatchedInputException e) {
        StringBuilder s = new StringBuilder("$");
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                s.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.toString();
    }
}
