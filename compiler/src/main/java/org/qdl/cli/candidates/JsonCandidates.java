package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qdl.runtime.candidate.Candidate;

/**
 * Candidates from one JSON document, {@code {"candidates": [...]}} (or a bare list), streamed: one candidate
 * object is held at a time, so the document may be larger than memory. A document that is one candidate object,
 * {@code {"id": ..., "achievements": [...]}}, is a class of one, from a file as from stdin.
 */
public final class JsonCandidates implements CandidateSource {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonParser parser;
    private final String name;
    private final Consumer<String> skipped;
    private final CandidateJson reader;
    private boolean done;
    /** A document that is one candidate object (as one learner's file is): that candidate, until it is given. */
    private JsonNode single;
    private JsonLocation singleAt;
    /** Per entry of the candidate object last read (its `achievements`, in order): the line its object starts on. */
    private long[] entryLines = new long[0];

    private JsonCandidates(JsonParser parser, String name, Consumer<String> skipped, Consumer<String> warnings) {
        this.parser = parser;
        this.name = name;
        this.skipped = skipped;
        this.reader = new CandidateJson(warnings);
    }

    /** Opens the document and moves to its list of candidates. An empty input has no candidates. */
    public static JsonCandidates open(InputStream in, String name, Consumer<String> skipped, Consumer<String> warnings)
            throws IOException, BadInputException {
        JsonParser parser;
        try {
            // Jackson reads the first bytes at once, to tell the encoding
            parser = MAPPER.getFactory().createParser(new Utf8Input(in, 1));
        } catch (NotTextException e) {
            throw e.in(name);
        }
        JsonCandidates c = new JsonCandidates(parser, name, skipped, warnings);
        c.guarded(c::start);
        return c;
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public Chunk next(int max) throws IOException, BadInputException {
        List<Candidate> out = new ArrayList<>();
        while (!done && out.size() < max) {
            Candidate c = guarded(this::candidate);
            if (c != null) {
                out.add(c);
            }
        }
        return out.isEmpty() ? null : Chunk.of(out);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private interface Step<T> {
        T run() throws IOException, BadInputException;
    }

    /**
     * Turns Jackson's complaints into messages that name the file, line and column: JSON that does not parse, a
     * value beyond what Jackson takes (nested more than 1000 deep, text of 20 million characters), bytes that are
     * not UTF-8.
     */
    private <T> T guarded(Step<T> step) throws IOException, BadInputException {
        try {
            return step.run();
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw new BadInputException(at(where) + ": not valid JSON: " + JsonMessages.plain(e));
        } catch (NotTextException e) {
            throw e.in(name);
        } catch (CharConversionException e) {
            throw new BadInputException(name + ": not UTF-8 text (" + e.getMessage() + "); save the file as UTF-8");
        }
    }

    private Void start() throws IOException, BadInputException {
        JsonToken t = parser.nextToken();
        if (t == null) {
            done = true;
            return null;
        }
        if (t == JsonToken.START_ARRAY) {
            return null;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new BadInputException(at(parser.currentTokenLocation())
                    + ": expected {\"candidates\": [...]}, found " + parser.getText());
        }
        JsonLocation object = parser.currentTokenLocation();
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (field.equals("id") || field.equals("achievements")) {
                // not a class but one learner, {"id": ..., "achievements": [...]}: read as a class of one
                return one(object);
            }
            JsonToken value = parser.nextToken();
            if (field.equals("candidates")) {
                if (value != JsonToken.START_ARRAY) {
                    throw new BadInputException(at(parser.currentTokenLocation())
                            + ": `candidates` should be a list [...] of candidates");
                }
                return null;
            }
            parser.skipChildren();
        }
        throw new BadInputException(at(parser.currentTokenLocation())
                + ": no `candidates` list; the input should look like {\"candidates\": [{\"id\": \"C001\", ...}]}");
    }

    /** The rest of a document that is one candidate object, which must be all there is. */
    private Void one(JsonLocation object) throws IOException, BadInputException {
        single = fields();
        singleAt = object;
        if (parser.nextToken() != null) {
            throw new BadInputException(at(parser.currentTokenLocation())
                    + ": more after the end of the candidate; give one candidate, or a class as {\"candidates\": [...]}");
        }
        return null;
    }

    private Candidate candidate() throws IOException, BadInputException {
        if (single != null) {
            done = true;
            JsonNode node = single;
            single = null;
            try {
                return reader.candidate(node, at(singleAt), this::entryLine);
            } catch (CandidateJson.Invalid e) {
                throw new BadInputException(at(singleAt) + ": " + e.getMessage());
            }
        }
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_ARRAY) {
            finish();
            return null;
        }
        if (t == null) {
            throw new BadInputException(name + ": the document ends inside the list of candidates");
        }
        JsonLocation where = parser.currentTokenLocation();
        JsonNode node;
        if (t == JsonToken.START_OBJECT) {
            parser.nextToken();
            node = fields();
        } else {
            entryLines = new long[0];
            node = MAPPER.readTree(parser);
        }
        try {
            return reader.candidate(node, at(where), this::entryLine);
        } catch (CandidateJson.Invalid e) {
            String message = at(where) + ": " + e.getMessage();
            if (skipped == null) {
                throw new BadInputException(message);
            }
            skipped.accept(message);
            return null;
        }
    }

    /**
     * The fields of a candidate object, from the parser at its first field (or its end) to its end, as a tree; the
     * line each entry of its `achievements` starts on is kept in {@link #entryLines}, so that a problem with an entry
     * names its place in the file.
     */
    private JsonNode fields() throws IOException, BadInputException {
        com.fasterxml.jackson.databind.node.ObjectNode node = MAPPER.createObjectNode();
        entryLines = new long[0];
        for (JsonToken t = parser.currentToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!field.equals("achievements") || value != JsonToken.START_ARRAY) {
                node.set(field, MAPPER.readTree(parser));
                continue;
            }
            com.fasterxml.jackson.databind.node.ArrayNode list = node.arrayNode();
            long[] lines = new long[8];
            int n = 0;
            for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                if (e == null) {
                    throw new BadInputException(name + ": the document ends inside a list of achievements");
                }
                if (n == lines.length) {
                    lines = java.util.Arrays.copyOf(lines, 2 * n);
                }
                lines[n++] = parser.currentTokenLocation().getLineNr();
                JsonNode entry = MAPPER.readTree(parser);
                list.add(entry);
            }
            node.set(field, list);
            entryLines = java.util.Arrays.copyOf(lines, n);
        }
        return node;
    }

    /** The line the k-th entry of the candidate last read starts on (0 when not known). */
    private long entryLine(int k) {
        return k < entryLines.length ? entryLines[k] : 0;
    }

    /** After the list: the rest of the document must still be well-formed. */
    private void finish() throws IOException, BadInputException {
        done = true;
        if (parser.getParsingContext().inObject()) {
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                parser.nextToken();
                parser.skipChildren();
            }
            if (t != JsonToken.END_OBJECT) {
                throw new BadInputException(name + ": the document ends before its closing `}`");
            }
        }
        if (parser.nextToken() != null) {
            throw new BadInputException(at(parser.currentTokenLocation())
                    + ": more after the end of the document; give one document {\"candidates\": [...]}"
                    + " (or use JSON Lines, one candidate per line, in a .jsonl file)");
        }
    }

    private String at(JsonLocation l) {
        return name + ":" + l.getLineNr() + ":" + l.getColumnNr();
    }
}
