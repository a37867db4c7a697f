package org.qdl.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.ir.IrUnit;

/**
 * Writes random candidate files — CSV, JSON or JSON Lines — for a spec, and works out, independently of qdl's
 * readers, what reading each must give: the candidates in order (CSV rows merge by id, in order of first
 * appearance; each JSON object is one candidate), or the line (and for JSON the column) of the first malformed
 * row, with and without `--skip-bad-rows`.
 *
 * <p>Ids are empty, blank, padded, Unicode, full of commas, quotes and line breaks, or very long; units are the
 * spec's, unknown, empty or misspelt; results, statuses, dates and criteria are right, wrong or missing. Files get
 * extra, missing, duplicated or reordered columns, ragged rows, blank lines, a byte-order mark, CRLF line endings.
 */
final class CandidateInputs {
    enum Format {
        CSV(".csv"), JSON(".json"), JSONL(".jsonl");

        final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }
    }

    /** What qdl must make of an input: the candidates' ids in order, or a failure at a line. */
    record Expected(boolean ok, List<String> ids, long line, int skipped) {
        static Expected candidates(List<String> ids) {
            return new Expected(true, List.copyOf(ids), 0, 0);
        }

        static Expected skipping(List<String> ids, int skipped) {
            return new Expected(true, List.copyOf(ids), 0, skipped);
        }

        static Expected failure(long line) {
            return new Expected(false, List.of(), line, 0);
        }
    }

    /** A generated input, with what it must give read strictly and with `--skip-bad-rows`. */
    record Input(Format format, byte[] bytes, Expected strict, Expected skipping) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return format + " (" + bytes.length + " bytes)\n" + (text.length() > 3000 ? text.substring(0, 3000) + "…"
                    : text);
        }
    }

    private record Achievement(String unit, String result, String status, String date, Map<String, String> criteria) {
    }

    private record Candidate(String id, List<Achievement> achievements) {
    }

    private static final String[] IDS = {"C001", "C002", "S001", "K1", "c001", " C001 ", "", " ", "\t", "日本語",
        "😀", "Zoë", "a,b", "a\"b", "\"quoted\"", "two\nlines", "=SUM(A1)", "null", "123", "0", "\u00A0", "\u2003x",
        "C001\u200B", "-", "#", "x".repeat(300)};
    private static final String[] STATUSES = {"", "achieved", "planned", "exempt", "rpl", "Planned", " RPL ", "done"};
    private static final String[] DATES = {"", "2024-03-14", "2024-13-45", "yesterday", "14/03/2024"};

    private final Choices c;
    private final EvalTargets.Target target;

    private CandidateInputs(Choices c, EvalTargets.Target target) {
        this.c = c;
        this.target = target;
    }

    static Input generate(List<Integer> numbers, EvalTargets.Target target, Format format) {
        CandidateInputs g = new CandidateInputs(new Choices(numbers), target);
        List<Candidate> candidates = g.candidates();
        return switch (format) {
            case CSV -> g.csv(candidates);
            case JSON -> g.json(candidates);
            default -> g.jsonLines(candidates);
        };
    }

    // ------------------------------------------------------------------------------------------- the class

    private List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0, n = c.between(0, 8); i < n; i++) {
            String id = c.chance(70) ? "C" + (100 + c.below(6)) : IDS[c.below(IDS.length)];
            List<Achievement> achievements = new ArrayList<>();
            for (int k = 0, m = c.between(0, 6); k < m; k++) {
                achievements.add(achievement());
            }
            out.add(new Candidate(id, achievements));
        }
        return out;
    }

    private Achievement achievement() {
        IrUnit u = target.units().get(c.below(target.units().size()));
        String unit = c.chance(85) ? u.ref() : c.oneOf("U999", "", " ", u.ref().toLowerCase(java.util.Locale.ROOT),
                " " + u.ref() + " ", u.ref() + "x", "4427-55");
        List<String> grades = target.labels(u.gradingScale());
        String result = c.chance(50) ? "" : !grades.isEmpty() && c.chance(80) ? c.oneOf(grades)
                : c.oneOf("Pass", "Fail", "pass", "Merit", "Not yet passed", " Pass ");
        Map<String, String> criteria = new LinkedHashMap<>();
        if (!u.criteria().isEmpty() && c.chance(60) || c.chance(5)) {
            List<String> ratings = target.labels(u.criterionScale());
            for (int i = 0, n = c.between(1, Math.max(1, u.criteria().size())); i < n; i++) {
                String id = u.criteria().isEmpty() || c.chance(5) ? c.oneOf("9.9", "x", "1.1")
                        : c.oneOf(u.criteria());
                criteria.put(id, ratings.isEmpty() || c.chance(5) ? c.oneOf("S", "", "Meets", "Q")
                        : c.oneOf(ratings));
            }
        }
        return new Achievement(unit, result, c.chance(70) ? "" : c.oneOf(STATUSES),
                c.chance(70) ? "" : c.oneOf(DATES), criteria);
    }

    /** The distinct ids of these rows' candidates, stripped as the readers strip them, in order of first sight. */
    private static List<String> distinct(List<String> ids) {
        return new ArrayList<>(new LinkedHashSet<>(ids.stream().map(String::strip).toList()));
    }

    // ------------------------------------------------------------------------------------------- CSV

    private static final List<String> OPTIONAL = List.of("result", "status", "date", "criterion", "rating");

    /** A CSV row: its fields, its candidate's id, and whether qdl reads it, refuses it or skips it as blank. */
    private record Row(List<String> fields, String id, RowKind kind) {
    }

    private enum RowKind {
        GOOD, BAD, BLANK
    }

    private Input csv(List<Candidate> candidates) {
        if (candidates.isEmpty() && c.chance(10)) {
            // nothing at all, or only blank lines: no candidates
            String text = c.oneOf("", "\n", "\r\n\r\n", ",,\n", "\uFEFF");
            return new Input(Format.CSV, text.getBytes(StandardCharsets.UTF_8), Expected.candidates(List.of()),
                    Expected.candidates(List.of()));
        }
        // the header: the two required columns, some optional ones, perhaps one qdl does not read, in any order
        List<String> columns = new ArrayList<>(List.of("candidate", "unit"));
        for (String o : OPTIONAL) {
            if (c.chance(50)) {
                columns.add(o);
            }
        }
        if (c.chance(10)) {
            columns.add(c.oneOf("notes", "Unit title", "qualification"));
        }
        shuffle(columns);
        boolean headerProblem = false;
        if (c.chance(3)) {
            columns.remove(c.oneOf("candidate", "unit")); // a required column missing
            headerProblem = true;
        } else if (c.chance(3)) {
            columns.add(c.below(columns.size() + 1), c.oneOf(columns)); // a column named twice
            headerProblem = true;
        }
        int width = columns.size();

        List<Row> rows = new ArrayList<>();
        for (Candidate cand : candidates) {
            for (Achievement a : cand.achievements()) {
                Map<String, String> values = new LinkedHashMap<>();
                values.put("candidate", cand.id());
                values.put("unit", a.unit());
                values.put("result", a.result());
                values.put("status", a.status());
                values.put("date", a.date());
                boolean rated = columns.contains("criterion") && columns.contains("rating") && !a.criteria().isEmpty();
                if (!rated || c.chance(30)) {
                    rows.add(row(columns, values, cand.id()));
                }
                if (rated) {
                    for (Map.Entry<String, String> e : a.criteria().entrySet()) {
                        Map<String, String> r = new LinkedHashMap<>(values);
                        r.put("criterion", e.getKey());
                        r.put("rating", e.getValue());
                        rows.add(row(columns, r, cand.id()));
                    }
                }
            }
        }
        if (c.chance(40)) {
            shuffle(rows);
        }
        // malformed rows: ragged, no id, no unit, a rating without its criterion
        for (int i = 0, n = c.chance(25) ? c.between(1, 3) : 0; i < n; i++) {
            List<String> fields = new ArrayList<>(java.util.Collections.nCopies(width, ""));
            int kind = c.below(4);
            if (columns.contains("candidate")) {
                fields.set(columns.indexOf("candidate"), kind == 1 ? c.oneOf("", " ") : "C900");
            }
            if (columns.contains("unit")) {
                fields.set(columns.indexOf("unit"), kind == 2 ? "" : target.units().get(0).ref());
            }
            if (kind == 3 && columns.contains("rating")) {
                fields.set(columns.indexOf("rating"), "S");
                if (columns.contains("criterion")) {
                    fields.set(columns.indexOf("criterion"), "");
                }
            } else if (kind == 0 || kind == 3) {
                if (c.chance(50)) {
                    fields.add("extra");
                } else {
                    fields.remove(fields.size() - 1);
                }
            }
            // blank only when every field is: text in a column beyond the header makes the row malformed
            boolean blank = fields.stream().allMatch(String::isBlank);
            rows.add(c.below(rows.size() + 1), new Row(fields, "", blank ? RowKind.BLANK : RowKind.BAD));
        }

        String eol = c.chance(30) ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(c.chance(10) ? "\uFEFF" : "");
        int leadingBlank = c.chance(10) ? c.between(1, 2) : 0;
        for (int i = 0; i < leadingBlank; i++) {
            text.append(c.chance(50) ? "" : ",".repeat(Math.max(0, width - 1))).append(eol);
        }
        long headerLine = leadingBlank + 1;
        List<String> shown = new ArrayList<>();
        for (String col : columns) {
            shown.add(c.chance(10) ? c.oneOf(col.toUpperCase(java.util.Locale.ROOT), " " + col + " ",
                    Character.toUpperCase(col.charAt(0)) + col.substring(1)) : col);
        }
        text.append(csvLine(shown)).append(eol);
        long line = headerLine + 1;
        long firstBad = 0;
        int bad = 0;
        List<String> goodIds = new ArrayList<>();
        for (Row r : rows) {
            if (c.chance(8)) {
                text.append(c.chance(50) ? "" : ",".repeat(Math.max(0, width - 1))).append(eol); // a blank row
                line++;
            }
            String rendered = csvLine(r.fields());
            if (r.kind() == RowKind.BAD && firstBad == 0) {
                firstBad = line;
            }
            if (r.kind() == RowKind.BAD) {
                bad++;
                // a bad row that names its learner keeps the learner in the listing, with the row as a problem
                int at = columns.indexOf("candidate");
                if (at >= 0 && at < r.fields().size() && !r.fields().get(at).isBlank()) {
                    goodIds.add(r.fields().get(at).strip());
                }
            }
            if (r.kind() == RowKind.GOOD) {
                goodIds.add(r.id());
            }
            text.append(rendered).append(eol);
            line += rendered.chars().filter(ch -> ch == '\n').count() + 1;
        }
        if (c.chance(20)) {
            text.setLength(text.length() - eol.length()); // no line break at the end
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (headerProblem) {
            Expected header = Expected.failure(headerLine);
            return new Input(Format.CSV, bytes, header, header);
        }
        Expected skipping = Expected.skipping(distinct(goodIds), bad);
        return new Input(Format.CSV, bytes, firstBad > 0 ? Expected.failure(firstBad) : skipping, skipping);
    }

    /** A row of these values under these columns; qdl refuses it without an id or a unit, skips it when blank. */
    private static Row row(List<String> columns, Map<String, String> values, String id) {
        List<String> fields = new ArrayList<>();
        for (String col : columns) {
            fields.add(values.getOrDefault(col, ""));
        }
        RowKind kind = fields.stream().allMatch(String::isBlank) ? RowKind.BLANK
                : values.get("candidate").isBlank() || values.get("unit").isBlank() ? RowKind.BAD : RowKind.GOOD;
        return new Row(fields, id, kind);
    }

    /** A CSV line, quoting a field that needs it (and now and then one that does not). */
    private String csvLine(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields.get(i);
            boolean quote = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
                    || !f.equals(f.strip()) || c.chance(10);
            out.append(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return out.toString();
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = c.below(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ------------------------------------------------------------------------------------------- JSON

    /** A candidate as JSON text, whether it is one qdl accepts, and its id. */
    private record JsonCandidate(String text, boolean valid, String id) {
    }

    private JsonCandidate jsonCandidate(Candidate cand, boolean pretty) {
        int damage = c.chance(12) ? c.between(1, 8) : 0;
        if (damage == 1) {
            return new JsonCandidate(c.oneOf("\"" + cand.id() + "\"", "42", "[]", "null", "true"), false, "");
        }
        List<String> fields = new ArrayList<>();
        String idValue = switch (damage) {
            case 2 -> null;
            case 3 -> c.oneOf("null", "\"\"", "\"  \"", "{}", "[\"C1\"]");
            default -> cand.id().matches("[1-9][0-9]{0,8}") && c.chance(50) ? cand.id() : string(cand.id());
        };
        if (idValue != null) {
            fields.add("\"id\": " + idValue);
        }
        // ids missing or unusable (damage 2, 3) make the candidate invalid; other damage only once applied
        boolean valid = damage != 2 && damage != 3 && !cand.id().isBlank();
        if (damage == 4) {
            valid = false;
            fields.add("\"achievements\": " + c.oneOf("{}", "\"M1\"", "3"));
        } else if (c.chance(5)) {
            fields.add("\"achievements\": null");
        } else if (!c.chance(5)) {
            List<String> items = new ArrayList<>();
            for (Achievement a : cand.achievements()) {
                items.add(jsonAchievement(a));
            }
            if (damage >= 5 && damage <= 8) {
                items.add(c.below(items.size() + 1), brokenAchievement(damage));
                valid = false;
            }
            if (cand.achievements().stream().anyMatch(a -> a.unit().isBlank())) {
                valid = false;
            }
            fields.add("\"achievements\": [" + String.join(pretty ? ",\n      " : ", ", items) + "]");
        }
        if (c.chance(5)) {
            fields.add(c.chance(50) ? 0 : fields.size(), "\"name\": " + string("Jo"));
        }
        if (c.chance(20)) {
            shuffle(fields);
        }
        return new JsonCandidate("{" + String.join(", ", fields) + "}", valid, cand.id().strip());
    }

    private String jsonAchievement(Achievement a) {
        List<String> fields = new ArrayList<>();
        fields.add("\"unit\": " + string(a.unit()));
        if (!a.result().isEmpty() || c.chance(10)) {
            fields.add("\"result\": " + (c.chance(10) ? "null" : string(a.result())));
        }
        if (!a.status().isEmpty()) {
            fields.add("\"status\": " + string(a.status()));
        }
        if (!a.date().isEmpty()) {
            fields.add("\"date\": " + string(a.date()));
        }
        if (!a.criteria().isEmpty() || c.chance(5)) {
            List<String> ratings = new ArrayList<>();
            a.criteria().forEach((k, v) -> ratings.add(string(k) + ": " + (c.chance(5) ? "null" : string(v))));
            fields.add("\"criteria\": " + (c.chance(5) ? "null" : "{" + String.join(", ", ratings) + "}"));
        }
        if (c.chance(20)) {
            shuffle(fields);
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** An achievement qdl must refuse: not an object, no unit, a unit or result that is not text, bad criteria. */
    private String brokenAchievement(int damage) {
        String unit = string(target.units().get(0).ref());
        return switch (damage) {
            case 5 -> c.oneOf("\"M1\"", "7", "[]", "null");
            case 6 -> c.oneOf("{}", "{\"unit\": \"\"}", "{\"unit\": null}", "{\"result\": \"Pass\"}");
            case 7 -> c.oneOf("{\"unit\": [\"M1\"]}", "{\"unit\": " + unit + ", \"result\": {\"grade\": \"P\"}}",
                    "{\"unit\": " + unit + ", \"status\": [1]}");
            default -> c.oneOf("{\"unit\": " + unit + ", \"criteria\": [\"1.1\"]}",
                    "{\"unit\": " + unit + ", \"criteria\": {\"1.1\": {\"rating\": \"S\"}}}",
                    "{\"unit\": " + unit + ", \"criteria\": \"S\"}");
        };
    }

    private Input json(List<Candidate> candidates) {
        boolean pretty = c.chance(50);
        String eol = c.chance(20) ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(c.chance(5) ? "\uFEFF" : "");
        int form = c.below(10);
        String close;
        if (form < 7) {
            text.append(pretty ? "{" + eol + "  \"candidates\": [" : "{\"candidates\": [");
            close = pretty ? eol + "  ]" + eol + "}" + eol : "]}";
        } else if (form < 9) {
            text.append("[");
            close = pretty ? eol + "]" + eol : "]";
        } else {
            text.append("{\"format\": \"qdl-candidates\", \"meta\": {\"rows\": [1, 2], \"by\": null},").append(eol)
                    .append(" \"candidates\": [");
            close = "], \"after\": {\"x\": [true]}}" + eol;
        }
        long firstBad = 0;
        int bad = 0;
        List<String> goodIds = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0) {
                text.append(",");
            }
            if (pretty) {
                text.append(eol).append("    ");
            } else if (i > 0) {
                text.append(' ');
            }
            JsonCandidate jc = jsonCandidate(candidates.get(i), pretty);
            long line = lineAt(text);
            if (!jc.valid() && firstBad == 0) {
                firstBad = line;
            }
            if (!jc.valid()) {
                bad++;
            }
            if (jc.valid()) {
                goodIds.add(jc.id());
            }
            text.append(pretty ? jc.text().replace("\n", eol) : jc.text());
        }
        text.append(close);
        Expected skipping = Expected.skipping(goodIds, bad);
        return new Input(Format.JSON, text.toString().getBytes(StandardCharsets.UTF_8),
                firstBad > 0 ? Expected.failure(firstBad) : skipping, skipping);
    }

    private Input jsonLines(List<Candidate> candidates) {
        String eol = c.chance(20) ? "\r\n" : "\n";
        StringBuilder text = new StringBuilder(c.chance(5) ? "\uFEFF" : "");
        long firstBad = 0;
        int bad = 0;
        List<String> goodIds = new ArrayList<>();
        for (Candidate cand : candidates) {
            if (c.chance(10)) {
                text.append(c.oneOf("", "  ", "\t")).append(eol); // a blank line
            }
            long line = lineAt(text);
            JsonCandidate jc = jsonCandidate(cand, false);
            String lineText = jc.text();
            boolean valid = jc.valid();
            if (c.chance(5)) {
                // not one JSON value on the line: cut short, or followed by more
                lineText = c.chance(50) ? lineText.substring(0, lineText.length() / 2) : lineText + " " + lineText;
                valid = false;
            }
            if (!valid && firstBad == 0) {
                firstBad = line;
            }
            if (!valid) {
                bad++;
            }
            if (valid) {
                goodIds.add(jc.id());
            }
            text.append(lineText).append(eol);
        }
        if (!text.isEmpty() && c.chance(20)) {
            text.setLength(text.length() - eol.length());
        }
        Expected skipping = Expected.skipping(goodIds, bad);
        return new Input(Format.JSONL, text.toString().getBytes(StandardCharsets.UTF_8),
                firstBad > 0 ? Expected.failure(firstBad) : skipping, skipping);
    }

    private static long lineAt(CharSequence text) {
        return 1 + text.chars().filter(ch -> ch == '\n').count();
    }

    /** A JSON string literal. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
