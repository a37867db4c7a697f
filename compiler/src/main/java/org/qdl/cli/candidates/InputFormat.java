package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats of candidate input: one JSON document, JSON Lines, delimited text (CSV, and the semicolon- and
 * tab-separated exports read the same way) or an Excel workbook.
 */
public enum InputFormat {
    JSON, JSONL, CSV, XLSX;

    /**
     * The format a file name says (`.json`, `.jsonl`, `.csv`, `.tsv`, `.txt`, `.xlsx`, `.xls`, any case), if it
     * says one. An `.xls` is taken for a workbook, so that it is refused as one (qdl reads .xlsx).
     */
    public static Optional<InputFormat> fromName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) {
            return Optional.of(XLSX);
        }
        if (n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        return Optional.empty();
    }

    /**
     * The format of input that does not say (stdin): `[` or `{"candidates"` starts a JSON document, any other `{`
     * a line of JSON Lines, anything else is CSV. Reads ahead without consuming.
     */
    public static InputFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 12);
        in.reset();
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i == head.length || head[i] != '[' && head[i] != '{') {
            return CSV;
        }
        if (head[i] == '[') {
            return JSON;
        }
        try (JsonParser p = JsonCandidates.MAPPER.getFactory().createParser(Arrays.copyOfRange(head, i, head.length))) {
            p.nextToken();
            return p.nextToken() == JsonToken.FIELD_NAME && "candidates".equals(p.currentName()) ? JSON : JSONL;
        } catch (IOException e) {
            return JSONL;
        }
    }

    /** Lower case, as the user types it and as help and error messages show it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
