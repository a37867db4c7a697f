package org.qdl.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Vocabulary;
import org.qdl.grammar.QdlLexer;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Breaks specs the ways that matter to a parser: words and lines deleted, repeated or swapped, the file cut
 * short, keywords, punctuation, text and numbers inserted, braces and quotes unbalanced, stray bytes and Unicode,
 * names a hundred thousand characters long, braces nested past the limit, words and lines from other specs.
 * Each mutation is a few numbers, so that jqwik can shrink a failing mutant to the fewest, simplest mutations.
 */
final class SpecMutator {
    /** One mutation: which kind, and numbers that pick where and what. */
    record Op(int kind, int a, int b, int c) {
    }

    /** A broken copy of a seed: what was done to it, its text, and whether it must have an error. */
    record Mutant(Corpus.Seed seed, String description, String text, boolean mustFail) {
        @Override
        public String toString() {
            return description;
        }
    }

    static final int KINDS = 23;

    /** The grammar's keywords, and words a person might expect to work. */
    static final List<String> KEYWORDS = keywords();

    private static final String[] PUNCTUATION = {"{", "}", ",", ":", "<", "-", "%", "\"", "'", "(", ")", "[", "]",
        ";", ".", "/", "*", "\\", "=", ">", "!", "#", "@", "&", "|", "`", "$", "^", "~", "?", "+", "{}", "}{", "::",
        "--", "<<", "%%", "/*", "*/", "//"};

    private static final String[] NUMBERS = {"0", "1", "2", "7", "00", "007", "0.0", "0.5", "1.5", "2.25", "10",
        "99", "100", "1000", "65535", "2147483647", "2147483648", "-1", "-0", "1e3", "1.2.3", "1.", ".5",
        "9223372036854775807", "99999999999999999999999999999999", "0.000000000000000000001", "3.14159265358979",
        "2014-11-01", "2014-13-45", "0000-00-00", "9999-99-99", "4427-450", "R/506/4854", "1a", "٣", "１２"};

    /**
     * Characters a parser should take calmly: controls, odd spaces and marks, emoji, scripts. Not lone surrogates:
     * specs are read as strict UTF-8, which has none.
     */
    private static final String[] ODD = {"\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\u000B", "\f", "\r", "\r\n",
        "\u001B", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u2028", "\u2029", "\u200B", "\u200D", "\u200E", "\u202E",
        "\u2066", "\uFEFF", "\uFFFD", "\uFFFF", "\uDBFF\uDFFF", "😀", "👩‍👩‍👧", "🇬🇧", "e\u0301",
        "\u0301", "ﬁ", "ß", "İ", "ı", "Σ", "日本語", "עברית", "العربية", "\u3000", "\uFF5B", "\uFF5D", "＂", "“",
        "”",
        "‘", "’", "–", "—", "…", "·", "€", "£", "\uE000"};

    private SpecMutator() {
    }

    private static List<String> keywords() {
        List<String> out = new ArrayList<>();
        Vocabulary v = QdlLexer.VOCABULARY;
        for (int t = 1; t <= v.getMaxTokenType(); t++) {
            String literal = v.getLiteralName(t);
            if (literal != null && literal.matches("'[a-z]+'")) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        out.addAll(List.of("Unit", "QUALIFICATION", "if", "true", "null", "rule", "optional", "mandatory"));
        return List.copyOf(out);
    }

    static Mutant mutate(Corpus.Seed seed, List<Op> ops) {
        String text = seed.text();
        List<String> done = new ArrayList<>();
        boolean mustFail = false;
        for (Op op : ops) {
            Step step = apply(seed, text, op);
            text = step.text();
            done.add(step.description());
            mustFail = ops.size() == 1 && step.breaks() && parses(seed);
        }
        return new Mutant(seed, seed.path() + ": " + String.join("; ", done), text, mustFail);
    }

    private record Step(String description, String text, boolean breaks) {
    }

    private static Step apply(Corpus.Seed seed, String t, Op op) {
        List<int[]> tokens = tokens(t);
        int[] w = tokens.isEmpty() ? new int[] {0, 0} : tokens.get(op.a() % tokens.size());
        int[] v = tokens.isEmpty() ? new int[] {0, 0} : tokens.get(op.b() % tokens.size());
        String word = t.substring(w[0], w[1]);
        int at = boundary(t, tokens, op.a());
        switch (op.kind() % KINDS) {
            case 0: {
                boolean brace = word.equals("{") || word.equals("}");
                return new Step("delete `" + shorten(word) + "` at " + w[0], t.substring(0, w[0]) + t.substring(w[1]),
                        brace);
            }
            case 1:
                return step("repeat `" + shorten(word) + "` at " + w[0], t, w[1], " " + word);
            case 2: {
                if (w[0] == v[0]) {
                    return new Step("unchanged", t, false);
                }
                int[] first = w[0] < v[0] ? w : v;
                int[] second = w[0] < v[0] ? v : w;
                String swapped = t.substring(0, first[0]) + t.substring(second[0], second[1])
                        + t.substring(first[1], second[0]) + t.substring(first[0], first[1]) + t.substring(second[1]);
                return new Step("swap `" + shorten(t.substring(first[0], first[1])) + "` and `"
                        + shorten(t.substring(second[0], second[1])) + "`", swapped, false);
            }
            case 3: {
                int[] line = line(t, w[0]);
                return new Step("delete the line at " + line[0], t.substring(0, line[0]) + t.substring(line[1]), false);
            }
            case 4: {
                int[] line = line(t, w[0]);
                return step("repeat the line at " + line[0], t, line[1], t.substring(line[0], line[1]));
            }
            case 5: {
                int[] l1 = line(t, Math.min(w[0], v[0]));
                int[] l2 = line(t, Math.max(w[0], v[0]));
                if (l1[0] == l2[0]) {
                    return new Step("unchanged", t, false);
                }
                String swapped = t.substring(0, l1[0]) + t.substring(l2[0], l2[1]) + t.substring(l1[1], l2[0])
                        + t.substring(l1[0], l1[1]) + t.substring(l2[1]);
                return new Step("swap the lines at " + l1[0] + " and " + l2[0], swapped, false);
            }
            case 6: {
                int cut = t.isEmpty() ? 0 : whole(t, op.b() % t.length());
                return new Step("cut at " + cut, t.substring(0, cut), cutsADeclaration(seed, t, cut));
            }
            case 7:
                return step("insert keyword", t, at, " " + KEYWORDS.get(op.b() % KEYWORDS.size()) + " ");
            case 8:
                return step("insert punctuation", t, at, PUNCTUATION[op.b() % PUNCTUATION.length]);
            case 9:
                return step("insert text", t, at, " " + text(op.b(), op.c()) + " ");
            case 10:
                return step("insert a number", t, at, " " + NUMBERS[op.b() % NUMBERS.length] + " ");
            case 11: {
                List<int[]> braces = tokens.stream().filter(x -> t.charAt(x[0]) == '{' || t.charAt(x[0]) == '}')
                        .filter(x -> x[1] - x[0] == 1).toList();
                if (op.c() % 2 == 0 && !braces.isEmpty()) {
                    int[] b = braces.get(op.b() % braces.size());
                    return new Step("delete the brace at " + b[0], t.substring(0, b[0]) + t.substring(b[1]), true);
                }
                return step("insert a brace", t, at, op.b() % 2 == 0 ? " { " : " } ");
            }
            case 12: {
                List<Integer> quotes = new ArrayList<>();
                for (int i = t.indexOf('"'); i >= 0 && quotes.size() < 10_000; i = t.indexOf('"', i + 1)) {
                    quotes.add(i);
                }
                if (op.c() % 2 == 0 && !quotes.isEmpty()) {
                    int q = quotes.get(op.b() % quotes.size());
                    return new Step("delete the quote at " + q, t.substring(0, q) + t.substring(q + 1), false);
                }
                return step("insert a quote", t, op.b() % (t.length() + 1), "\"");
            }
            case 13: {
                StringBuilder s = new StringBuilder();
                for (int i = 0, n = 1 + op.c() % 8; i < n; i++) {
                    s.append(ODD[(op.b() + i * 7919) % ODD.length]);
                }
                return step("insert odd characters", t, op.c() % 3 == 0 ? op.a() % (t.length() + 1) : at, s.toString());
            }
            case 14: {
                int length = new int[] {300, 5_000, 100_000}[op.c() % 3];
                String long_ = op.b() % 3 == 0 ? "A".repeat(length)
                        : op.b() % 3 == 1 ? "\"" + "x".repeat(length) + "\"" : "9".repeat(length);
                return new Step("replace `" + shorten(word) + "` with a " + length + "-character word",
                        t.substring(0, w[0]) + long_ + t.substring(w[1]), false);
            }
            case 15: {
                int depth = new int[] {SpecParser.MAX_DEPTH - 1, SpecParser.MAX_DEPTH, SpecParser.MAX_DEPTH + 1, 100,
                    5_000}[op.b() % 5];
                String nest = op.c() % 3 == 0 ? "{".repeat(depth) + "}".repeat(depth)
                        : op.c() % 3 == 1 ? "{".repeat(depth) : "group g { ".repeat(depth) + "}".repeat(depth);
                return step("nest " + depth + " deep", t, at, " " + nest + " ");
            }
            case 16:
                return new Step("replace `" + shorten(word) + "` with `" + shorten(t.substring(v[0], v[1])) + "`",
                        t.substring(0, w[0]) + t.substring(v[0], v[1]) + t.substring(w[1]), false);
            case 17: {
                List<int[]> numbers = tokens.stream().filter(x -> Character.isDigit(t.charAt(x[0]))).toList();
                int[] n = numbers.isEmpty() ? w : numbers.get(op.b() % numbers.size());
                String number = NUMBERS[op.c() % NUMBERS.length];
                return new Step("replace `" + shorten(t.substring(n[0], n[1])) + "` with " + number,
                        t.substring(0, n[0]) + number + t.substring(n[1]), false);
            }
            case 18: {
                List<Corpus.Seed> seeds = Corpus.seeds();
                String other = seeds.get(op.b() % seeds.size()).text();
                int[] line = line(other, other.isEmpty() ? 0 : op.c() % other.length());
                return step("insert a line of another spec", t, line(t, w[0])[0], other.substring(line[0], line[1])
                        + (other.substring(line[0], line[1]).endsWith("\n") ? "" : "\n"));
            }
            case 19: {
                String changed = op.b() % 2 == 0 ? word.toUpperCase(java.util.Locale.ROOT)
                        : word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                return new Step("change the case of `" + shorten(word) + "`",
                        t.substring(0, w[0]) + changed + t.substring(w[1]), false);
            }
            case 20: {
                String[] endings = {"\r\n", "\r", "\n\n\n", "\u2028", "\u0085"};
                String ending = endings[op.b() % endings.length];
                String changed = op.c() % 2 == 0 ? t.replace("\n", ending) : t.replace("  ", "\t");
                return new Step("line endings or tabs " + escape(ending), changed, false);
            }
            case 21: {
                String[] comments = {"/*", "/* note */", "// note\n", "//", "/* /* nested */ */", "*/", "/**/",
                    "/* \" */", "// \" {\n"};
                int where = op.c() % 2 == 0 ? at : op.a() % (t.length() + 1);
                return step("insert a comment", t, where, comments[op.b() % comments.length]);
            }
            default: {
                List<int[]> strings = tokens.stream().filter(x -> t.charAt(x[0]) == '"').toList();
                if (strings.isEmpty()) {
                    return new Step("unchanged", t, false);
                }
                int[] s = strings.get(op.b() % strings.size());
                String replacement = text(op.c(), op.a());
                return new Step("replace text `" + shorten(t.substring(s[0], s[1])) + "` with " + shorten(replacement),
                        t.substring(0, s[0]) + replacement + t.substring(s[1]), false);
            }
        }
    }

    /** Text in quotes, as authors write it and as they should not: escapes, breaks, paths, odd characters. */
    static String text(int b, int c) {
        String[] texts = {"\"\"", "\" \"", "\"Pass\"", "\"Not yet passed\"", "\"D*\"", "\"a \\\" quote\"",
            "\"back\\\\slash\"", "\"\\n\"", "\"\\u0041\"", "\"\\\"", "\"unclosed", "\"two\nlines\"", "\"tab\there\"",
            "\"../specs/ipla-customer-service.qdl\"", "\"Q0111/units.qdl\"", "\"/\"", "\".\"", "\"..\"",
            "\"no/such/file.qdl\"", "\"nul\u0000byte.qdl\"", "\"colon:in:path.qdl\"", "\"*.qdl\"", "\"~/x.qdl\"",
            "\"C:\\\\x.qdl\"", "\"" + "long ".repeat(200) + "\"", "\"😀\"", "\"\u202Eevil\"",
            "\"{\"", "\"}\"", "\"unit A1\"", "\"4427-450\"", "\"%\"", "\"<\""};
        String s = texts[b % texts.length];
        return c % 5 == 0 ? s + ODD[c % ODD.length] : s;
    }

    private static Step step(String description, String t, int at, String insert) {
        int i = whole(t, Math.max(0, Math.min(at, t.length())));
        return new Step(description + " at " + i, t.substring(0, i) + insert + t.substring(i), false);
    }

    /**
     * The offset itself, or the one before it if it would split a surrogate pair: specs are read as strict UTF-8,
     * so a lone surrogate is not something a spec can hold (and the command line would see a `?` instead).
     */
    private static int whole(String t, int i) {
        return i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i))
                && Character.isHighSurrogate(t.charAt(i - 1)) ? i - 1 : i;
    }

    /** The offset just before token {@code k} (or the end), where something inserted stands as a word of its own. */
    private static int boundary(String t, List<int[]> tokens, int k) {
        if (tokens.isEmpty()) {
            return t.length();
        }
        int i = k % (tokens.size() + 1);
        return i == tokens.size() ? t.length() : tokens.get(i)[0];
    }

    /** The line around an offset: [start, end) with its line break. */
    private static int[] line(String t, int offset) {
        int start = t.lastIndexOf('\n', offset - 1) + 1;
        int end = t.indexOf('\n', offset);
        return new int[] {start, end < 0 ? t.length() : end + 1};
    }

    private static final java.util.Map<String, List<int[]>> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<int[]> tokens(String t) {
        // seeds are mutated over and over: their tokens are worth keeping
        boolean seed = Corpus.seeds().stream().anyMatch(s -> s.text() == t);
        if (seed) {
            return TOKENS.computeIfAbsent(t, SpecMutator::scan);
        }
        return scan(t);
    }

    /** Strings (closed or not), comments, names and numbers, then any other single character. */
    private static List<int[]> scan(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = t.length();
        while (i < n) {
            char ch = t.charAt(i);
            int start = i;
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch == '"') {
                i++;
                while (i < n && t.charAt(i) != '"') {
                    i += t.charAt(i) == '\\' ? 2 : 1;
                }
                i = Math.min(n, i + 1);
            } else if (t.startsWith("//", i)) {
                int end = t.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (t.startsWith("/*", i)) {
                int end = t.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (word(ch)) {
                while (i < n && (word(t.charAt(i))
                        || "-/.".indexOf(t.charAt(i)) >= 0 && i + 1 < n && word(t.charAt(i + 1)) && i > start)) {
                    i++;
                }
            } else {
                i += Character.charCount(t.codePointAt(i));
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static boolean word(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static final java.util.Map<String, Boolean> PARSES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, List<int[]>> DECLS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the seed itself parses: only then must deleting a brace break it. */
    private static boolean parses(Corpus.Seed seed) {
        return PARSES.computeIfAbsent(seed.path(), p -> SpecParser.parse(new SourceFile(p, seed.text())).ok());
    }

    /** A cut strictly inside a block declaration of a seed that parses always leaves something unfinished. */
    private static boolean cutsADeclaration(Corpus.Seed seed, String t, int cut) {
        if (t != seed.text() || !parses(seed)) {
            return false;
        }
        List<int[]> decls = DECLS.computeIfAbsent(seed.path(), p -> {
            ParseResult r = SpecParser.parse(new SourceFile(p, seed.text()));
            List<int[]> spans = new ArrayList<>();
            for (Decl d : r.tree().declarations()) {
                // `unit A1 "Title"` is whole without its block; everything else ends with a `}`
                if (!(d instanceof UnitEntry)) {
                    spans.add(new int[] {d.span().start(), d.span().end()});
                }
            }
            return spans;
        });
        return decls.stream().anyMatch(d -> cut > d[0] && cut < d[1]);
    }

    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return escape(one.length() > 30 ? one.substring(0, 27) + "..." : one);
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7F || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
