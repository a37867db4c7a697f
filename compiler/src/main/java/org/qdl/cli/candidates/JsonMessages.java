package org.qdl.cli.candidates;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse messages without the source excerpt it appends, which repeats what we already say. */
final class JsonMessages {
    private JsonMessages() {
    }

    static String plain(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf('\n');
        m = cut >= 0 ? m.substring(0, cut) : m;
        return m.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*\\(start marker at \\[[^\\]]*\\]\\)", "")
                .replaceAll(", from `[^`]*`\\)", ")")
                .replace("Unexpected", "unexpected")
                .replace("Unrecognized", "unrecognized");
    }
}
