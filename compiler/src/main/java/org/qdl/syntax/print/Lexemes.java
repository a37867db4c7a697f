package org.qdl.syntax.print;

import java.util.Set;
import java.util.regex.Pattern;

/** Which texts can be written bare and which need quotes, so that printing then parsing gives them back. */
final class Lexemes {
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]+([-/.][A-Za-z0-9_]+)*");

    /** The grammar's keywords; a name spelt like one must be quoted. */
    static final Set<String> KEYWORDS = Set.of("import", "qualification", "unit", "units", "module", "competency",
            "group", "groups", "scale", "framework", "levels", "title", "number", "regulator", "awarding", "body",
            "level", "entry", "size", "tqt", "glh", "credit", "credits", "date", "aims", "requirements", "progression",
            "assessment", "delivery", "overview", "guidance", "evidence", "content", "section", "learning",
            "performance", "outcome", "criterion", "criteria", "knowledge", "rules", "pathway", "endorsement",
            "grading", "grade", "graded", "points", "per", "from", "at", "least", "most", "exactly", "to", "further",
            "in", "total", "or", "above", "below", "and", "all", "including", "one", "of", "any", "each", "barred",
            "equivalent", "shared", "default", "achieved", "when", "every", "otherwise", "no", "overall", "also", "not",
            "smaller", "recorded", "passed", "marks", "the", "best", "taken", "tariff", "heading", "table", "header",
            "row", "lead-in", "outcomes", "requires", "component", "gateway", "count", "only", "after", "attempts", "registration",
            "valid", "for", "resit", "resits", "within", "capped", "once");

    private Lexemes() {
    }

    /** A unit reference, criterion id or similar: bare when it is one identifier, number, date or code. */
    static String reference(String text) {
        return CODE.matcher(text).matches() && !KEYWORDS.contains(text) ? text : quote(text);
    }

    /** A scale label: bare only when it is an identifier. */
    static String label(String text) {
        return IDENT.matcher(text).matches() && !KEYWORDS.contains(text) ? text : quote(text);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
