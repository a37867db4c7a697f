package org.qdl.cli.candidates;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;

/**
 * One candidate object of JSON or JSON Lines input, as the contract gives it:
 * {@code {"id": "C001", "achievements": [{"unit": "46", "result": ..., "criteria": {...}, "date": ..., "status": ...}]}}.
 * Fields qdl does not read are reported once each, since a misspelt `result` would otherwise go unnoticed.
 */
final class CandidateJson {
    private static final List<String> CANDIDATE_FIELDS = List.of("id", "achievements", "registered");
    private static final List<String> ACHIEVEMENT_FIELDS = List.of("unit", "result", "criteria", "date", "status",
            "attempt");

    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();
    /**
     * By candidate id: the registration date first given and where, so that another object of the same learner with
     * another date is refused (E017) rather than one of them taken silently.
     */
    private final Map<String, String[]> registrations = new java.util.HashMap<>();

    CandidateJson(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The candidate, or a message (without a position) saying what is wrong with it; its entries are not placed. */
    Candidate candidate(JsonNode node, String where) throws Invalid {
        return candidate(node, where, k -> 0);
    }

    /**
     * The candidate, its k-th entry (from 0) read at line {@code lineOf(k)} of the input (0 when not known), or a
     * message (without a position) saying what is wrong with it.
     */
    Candidate candidate(JsonNode node, String where, java.util.function.IntToLongFunction lineOf) throws Invalid {
        if (!node.isObject()) {
            throw new Invalid("expected a candidate object like {\"id\": \"C001\", \"achievements\": [...]}, found "
                    + describe(node));
        }
        String id = scalar(node.get("id"));
        if (id == null || id.isBlank()) {
            throw new Invalid("a candidate has no `id`");
        }
        unknownFields(node, CANDIDATE_FIELDS, "a candidate", where);
        String registered = field(node, "registered", "candidate `" + id.strip() + "`");
        if (registered != null && org.qdl.runtime.text.Days.of(registered) == org.qdl.runtime.text.Days.NONE) {
            throw new Invalid("candidate `" + id.strip() + "`: `registered` should be a date written yyyy-mm-dd, found `"
                    + registered + "` [E016]");
        }
        if (registered != null) {
            String iso = registered.strip();
            String[] first = registrations.putIfAbsent(id.strip(), new String[] {iso, where});
            if (first != null && !first[0].equals(iso)) {
                throw new Invalid("candidate `" + id.strip() + "` is registered on " + iso + " here but on " + first[0]
                        + " at " + first[1] + "; a learner has one registration date [E017]");
            }
        }
        JsonNode list = node.get("achievements");
        List<Achievement> achievements = new ArrayList<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new Invalid("candidate `" + id + "`: `achievements` should be a list [...], found " + describe(list));
            }
            int k = 0;
            for (JsonNode a : list) {
                k++;
                achievements.add(achievement(a, "candidate `" + id + "`, achievement " + k, where)
                        .at(lineOf.applyAsLong(k - 1)));
            }
        }
        return new Candidate(id.strip(), achievements, List.of(), registered == null ? null : registered.strip());
    }

    private Achievement achievement(JsonNode a, String what, String where) throws Invalid {
        if (!a.isObject()) {
            throw new Invalid(what + ": expected an object like {\"unit\": \"4427-450\"}, found " + describe(a));
        }
        unknownFields(a, ACHIEVEMENT_FIELDS, "an achievement", where);
        String unit = field(a, "unit", what);
        if (unit == null || unit.isBlank()) {
            throw new Invalid(what + " has no `unit`");
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        JsonNode c = a.get("criteria");
        if (c != null && !c.isNull()) {
            if (!c.isObject()) {
                throw new Invalid(what + ": `criteria` should be an object like {\"1.1\": \"S\"}, found " + describe(c));
            }
            Iterator<Map.Entry<String, JsonNode>> it = c.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String rating = scalar(e.getValue());
                if (rating == null && !e.getValue().isNull()) {
                    throw new Invalid(what + ": criterion `" + e.getKey() + "` should be rated with a label like \"S\", "
                            + "found " + describe(e.getValue()));
                }
                criteria.put(e.getKey(), rating == null ? "" : rating);
            }
        }
        int attempt = 0;
        JsonNode n = a.get("attempt");
        if (n != null && !n.isNull()) {
            String text = scalar(n);
            if (text == null || !text.strip().matches("[1-9][0-9]{0,5}")) {
                throw new Invalid(what + ": `attempt` should be a whole number from 1 (the first sitting), found "
                        + (text == null ? describe(n) : "`" + text + "`") + " [E015]");
            }
            attempt = Integer.parseInt(text.strip());
        }
        String date = field(a, "date", what);
        if (attempt > 0 && date != null && org.qdl.runtime.text.Days.of(date) == org.qdl.runtime.text.Days.NONE) {
            // an attempt's date decides whether it counts: a date that is not one is an error here, not ignored
            throw new Invalid(what + ": `date` of attempt " + attempt + " should be a date written yyyy-mm-dd, found `"
                    + date + "` [E016]");
        }
        return new Achievement(unit.strip(), optional(field(a, "result", what)), criteria,
                optional(date), optional(field(a, "status", what)), 0, attempt);
    }

    private static String field(JsonNode a, String name, String what) throws Invalid {
        JsonNode v = a.get(name);
        String s = scalar(v);
        if (s == null && v != null && !v.isNull()) {
            throw new Invalid(what + ": `" + name + "` should be text, found " + describe(v));
        }
        return s;
    }

    private void unknownFields(JsonNode node, List<String> known, String what, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n) && warned.add(what + n)) {
                warnings.accept(where + ": field `" + n + "` of " + what + " is not one qdl reads ("
                        + String.join(", ", known) + "); it is ignored");
            }
        }
    }

    private static String scalar(JsonNode v) {
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static Optional<String> optional(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    static String describe(JsonNode v) {
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "text";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return v.asText();
        }
        return "null";
    }

    /** What is wrong with a candidate; the caller adds the file and position. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
