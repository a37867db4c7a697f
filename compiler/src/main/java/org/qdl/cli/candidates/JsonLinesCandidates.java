package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qdl.runtime.candidate.Candidate;

/** Candidates from JSON Lines: one candidate object a line, blank lines ignored, streamed. */
public final class JsonLinesCandidates implements CandidateSource {
    /** A line holds one value: anything after it is an error, not silently ignored. */
    private static final ObjectMapper LINE = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final BoundedLines lines;
    private final String name;
    private final Consumer<String> skipped;
    private final CandidateJson reader;
    private long line;

    private JsonLinesCandidates(InputStream in, String name, Consumer<String> skipped, Consumer<String> warnings) {
        this.lines = new BoundedLines(new InputStreamReader(new Utf8Input(in, 1), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        this.name = name;
        this.skipped = skipped;
        this.reader = new CandidateJson(warnings);
    }

    public static JsonLinesCandidates open(InputStream in, String name, Consumer<String> skipped,
            Consumer<String> warnings) {
        return new JsonLinesCandidates(in, name, skipped, warnings);
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public Chunk next(int max) throws IOException, BadInputException {
        List<Candidate> out = new ArrayList<>();
        while (out.size() < max) {
            String text;
            try {
                text = lines.readLine();
            } catch (NotTextException e) {
                throw e.in(name);
            } catch (BoundedLines.TooLong e) {
                // memory stays bounded whatever the file: a line is refused as it grows past the limit
                throw new BadInputException(name + ":" + (line + 1) + ": the line is longer than "
                        + BoundedLines.MAX + " characters; JSON Lines has one candidate a line (is this one JSON "
                        + "document? name it .json)");
            } catch (CharacterCodingException e) {
                throw new BadInputException(name + ":" + (line + 1) + ": not UTF-8 text; save the file as UTF-8");
            }
            if (text == null) {
                break;
            }
            line++;
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            Candidate c = candidate(text);
            if (c != null) {
                out.add(c);
            }
        }
        return out.isEmpty() ? null : Chunk.of(out);
    }

    private Candidate candidate(String text) throws BadInputException {
        String message;
        try {
            JsonNode node = LINE.readTree(text);
            long at = line;
            return reader.candidate(node, name + ":" + line, k -> at);
        } catch (CandidateJson.Invalid e) {
            message = name + ":" + line + ": " + e.getMessage();
        } catch (JsonProcessingException e) {
            // a value beyond what Jackson takes (nested 1000 deep, say) comes without a location
            message = name + ":" + line + (e.getLocation() == null ? "" : ":" + e.getLocation().getColumnNr())
                    + ": not valid JSON: " + JsonMessages.plain(e);
        }
        if (skipped == null) {
            throw new BadInputException(message);
        }
        skipped.accept(message);
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
