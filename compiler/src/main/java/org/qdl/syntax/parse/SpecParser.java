package org.qdl.syntax.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.grammar.QdlLexer;
import org.qdl.grammar.QdlParser;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.ErrorNode;

/**
 * Parses QDL text in two stages: SLL prediction with a bail-out strategy (fast, and enough for every
 * well-formed spec), then, only if that failed, full LL with error reporting in the author's words.
 */
public final class SpecParser {
    /** Larger inputs are refused before lexing. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;
    /** No legitimate spec nests braces this deep. */
    public static final int MAX_DEPTH = 32;
    /** After this many errors, parsing stops. */
    public static final int MAX_ERRORS = 50;
    /** The lexer's channel for comments, which the formatter keeps. */
    private static final int COMMENTS = 2;

    private SpecParser() {
    }

    /**
     * Parses a file's text. Always returns a tree; where the text is broken the tree holds error nodes. A pure
     * function of the text: nothing is kept between calls, so an editor may call it on every keystroke.
     */
    public static ParseResult parse(SourceFile source) {
        if (source.text().length() > MAX_CHARS) {
            return unread(source, List.of(tooLarge(Span.at(source, 0), source.path(), source.text().length())));
        }
        TokenSpans spans = new TokenSpans(source);
        List<Token> tokens = tokens(source);
        List<Diagnostic> lexical = lexicalErrors(spans, tokens);
        Optional<Diagnostic> depth = tooDeep(spans, tokens);
        if (depth.isPresent()) {
            // the parser recurses once per brace: a file this deep is not parsed at all
            return unread(source, lexical.isEmpty() ? List.of(depth.get()) : capped(lexical, source));
        }

        List<Token> comments = tokens.stream().filter(t -> t.getChannel() == COMMENTS).toList();
        AstBuilder builder = new AstBuilder(spans);
        QdlParser sll = parser(tokens);
        sll.getInterpreter().setPredictionMode(PredictionMode.SLL);
        sll.setErrorHandler(new BailErrorStrategy());
        try {
            QdlParser.SpecContext tree = sll.spec();
            return new ParseResult(builder.spec(tree, comments, spoilt(lexical, spans, tokens)), capped(lexical, source));
        } catch (ParseCancellationException sllFailed) {
            // fall through to the full parse, which reports the errors and recovers from them
        }

        QdlParser ll = parser(tokens);
        ll.getInterpreter().setPredictionMode(PredictionMode.LL);
        ll.setErrorHandler(new LineErrorStrategy());
        SyntaxErrorReporter reporter = new SyntaxErrorReporter(spans, MAX_ERRORS);
        ll.addErrorListener(reporter);
        List<Token> code = tokens.stream()
                .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF).toList();
        QdlParser.SpecContext tree;
        try {
            tree = ll.spec();
        } catch (SyntaxErrorReporter.TooManyErrors stop) {
            // the reporter has said so; a file this broken is one error node, and nothing in it is checked
            return unread(source, lexical.isEmpty() ? withBraces(reporter, Braces.check(spans, code))
                    : capped(lexical, source));
        }
        if (!lexical.isEmpty()) {
            // a character QDL does not use, or an unclosed quote or comment, throws the parser off: the
            // parser's own errors are its consequences, and the lexical ones say what to fix
            return new ParseResult(builder.spec(tree, comments, spoilt(lexical, spans, tokens)),
                    capped(lexical, source));
        }
        // (after parsing: the token stream numbers the tokens, and Braces orders them by number)
        Optional<Diagnostic> braces = Braces.check(spans, code);
        // after a misplaced brace, blocks end in the wrong places, and a file that ends too soon leaves its
        // blocks unfinished: the text from there on is one error node too
        List<ErrorNode> unsure = braces.stream().map(b -> {
            int from = reporter.firstAtEndOfFile() ? unfinished(spans, code) : b.span().start();
            List<Token> after = code.stream().filter(t -> spans.start(t) >= from).toList();
            return new ErrorNode(Damage.mayDeclare(after), new Span(source, from, source.text().length()));
        }).toList();
        return new ParseResult(builder.spec(tree, comments, unsure), withBraces(reporter, braces));
    }

    /**
     * Where the blocks a file left open begin: at the second-outermost `{` still open at its end, so that what a
     * cut-short unit or group lacks is not reported, while the qualification's finished parts are still checked.
     */
    private static int unfinished(TokenSpans spans, List<Token> code) {
        java.util.Deque<Token> open = new java.util.ArrayDeque<>();
        for (Token t : code) {
            if (t.getType() == QdlLexer.LBRACE) {
                open.push(t);
            } else if (t.getType() == QdlLexer.RBRACE && !open.isEmpty()) {
                open.pop();
            }
        }
        List<Token> outermostFirst = new ArrayList<>(open);
        java.util.Collections.reverse(outermostFirst);
        if (outermostFirst.isEmpty()) {
            return spans.source().text().length();
        }
        return spans.start(outermostFirst.get(Math.min(1, outermostFirst.size() - 1)));
    }

    private static List<ErrorNode> spoilt(List<Diagnostic> lexical, TokenSpans spans, List<Token> tokens) {
        return lexical.stream().map(d -> linesOf(d, spans, tokens)).toList();
    }

    /**
     * The whole lines a lexical error spoils, as an error node: from the start of its line to the end of the
     * line where the token it is about ends (an unclosed quote or comment runs to the end of the file).
     */
    private static ErrorNode linesOf(Diagnostic d, TokenSpans spans, List<Token> tokens) {
        SourceFile source = spans.source();
        int start = source.lineStart(d.span().line());
        int end = d.span().end();
        List<Token> spoilt = new ArrayList<>();
        for (Token t : tokens) {
            if (t.getType() != Token.EOF && spans.start(t) >= start && spans.start(t) <= end) {
                end = Math.max(end, spans.end(t));
                spoilt.add(t);
            }
        }
        int lastLine = source.line(Math.max(start, end - 1));
        end = Math.max(end, source.lineStart(lastLine) + source.lineText(lastLine).length());
        return new ErrorNode(Damage.mayDeclare(spoilt), new Span(source, start, Math.min(end, source.text().length())));
    }

    /** A file that is not parsed at all: its tree is one error node over the whole text. */
    private static ParseResult unread(SourceFile source, List<Diagnostic> diagnostics) {
        return new ParseResult(AstBuilder.unread(source), diagnostics);
    }

    /**
     * When braces do not balance, the parser's errors after the misplaced brace are its consequences: the brace
     * is reported instead of them. A file that simply ends too soon keeps the parser's error at its end, which
     * says what was still expected, with a note at the block left open.
     */
    private static List<Diagnostic> withBraces(SyntaxErrorReporter reporter, Optional<Diagnostic> braces) {
        List<Diagnostic> syntax = reporter.diagnostics();
        if (braces.isEmpty()) {
            return syntax;
        }
        Diagnostic brace = braces.get();
        if (reporter.firstAtEndOfFile() && brace.message().contains("never closed")) {
            List<Diagnostic> out = new ArrayList<>();
            out.add(syntax.get(0).withNote(brace.span(), "this `{` is still open"));
            return out;
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : syntax) {
            if (d.span().start() < brace.span().start() && d.code() == Code.Q0001) {
                out.add(d);
            }
        }
        out.add(brace);
        return out;
    }

    /** True when SLL prediction alone parses the text; the grammar promises this for every valid spec. */
    public static boolean parsesWithSllOnly(SourceFile source) {
        QdlParser sll = parser(source);
        sll.getInterpreter().setPredictionMode(PredictionMode.SLL);
        sll.setErrorHandler(new BailErrorStrategy());
        try {
            sll.spec();
            return true;
        } catch (ParseCancellationException e) {
            return false;
        }
    }

    private static QdlParser parser(SourceFile source) {
        QdlLexer lexer = lexer(source);
        QdlParser parser = new QdlParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        return parser;
    }

    /** A parser over tokens already lexed (the file is lexed once, whichever stages run). */
    private static QdlParser parser(List<Token> tokens) {
        QdlParser parser = new QdlParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        return parser;
    }

    private static QdlLexer lexer(SourceFile source) {
        QdlLexer lexer = new QdlLexer(CharStreams.fromString(source.text(), source.path()));
        lexer.removeErrorListeners();
        return lexer;
    }

    /** Every token of the file, the end-of-file token last. */
    private static List<Token> tokens(SourceFile source) {
        QdlLexer lexer = lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token t;
        do {
            t = lexer.nextToken();
            tokens.add(t);
        } while (t.getType() != Token.EOF);
        return tokens;
    }

    /**
     * One quote too few pairs every later quote with the wrong one: text becomes code and code text, and the
     * errors that follow (stray full stops, an unclosed quote at the end) are all consequences. When text before
     * the first error runs on over lines that read like QDL, that text is reported instead of them.
     */
    private static List<Diagnostic> lexicalErrors(TokenSpans spans, List<Token> tokens) {
        List<Diagnostic> errors = characterErrors(spans, tokens);
        if (errors.isEmpty()) {
            return errors;
        }
        int firstError = errors.get(0).span().start();
        for (Token t : tokens) {
            if (spans.start(t) >= firstError) {
                Optional<Diagnostic> prose = proseOutsideQuotes(spans, tokens, errors.get(0));
                if (prose.isPresent()) {
                    return List.of(prose.get());
                }
                break;
            }
            Optional<Integer> codeLine = t.getType() == QdlLexer.STRING ? codeLikeLine(t.getText()) : Optional.empty();
            if (codeLine.isPresent()) {
                SourceFile source = spans.source();
                int start = spans.start(t);
                int line = source.line(start) + codeLine.get();
                return List.of(Diagnostic.of(Code.Q0003, new Span(source, start, start + 1),
                        "this text seems not to be closed where it should be")
                        .withLabel("opened here")
                        .withNote(new Span(source, source.lineStart(line) + indentOf(source.lineText(line)),
                                source.lineStart(line) + source.lineText(line).length()),
                                "the text runs on over this line, which looks like QDL")
                        .withHelp("close the text with `\"` where it ends; the errors after it follow from this one"));
            }
        }
        return errors;
    }

    /**
     * The other way round: an opening quote is missing, the text before its closing quote is read as QDL and
     * trips on its punctuation, and that closing quote opens text that swallows the QDL after it.
     */
    private static Optional<Diagnostic> proseOutsideQuotes(TokenSpans spans, List<Token> tokens, Diagnostic first) {
        SourceFile source = spans.source();
        if (first.code() != Code.Q0002 || first.span().length() != 1
                || ".,;:'()!?&".indexOf(source.text().charAt(first.span().start())) < 0) {
            return Optional.empty();
        }
        boolean wordy = source.lineText(first.span().line()).strip().split("\\s+").length >= 4;
        boolean swallowed = tokens.stream().anyMatch(t -> spans.start(t) > first.span().start()
                && t.getType() == QdlLexer.STRING && codeLikeLine(t.getText()).isPresent());
        if (!wordy || !swallowed) {
            return Optional.empty();
        }
        return Optional.of(Diagnostic.of(Code.Q0003, first.span(), "this looks like text outside quotes: is a `\"` "
                + "missing before it?")
                .withLabel("read as QDL, not as text")
                .withHelp("put `\"` where the text begins; the errors after it follow from this one"));
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The first line (counted from the literal's first) of a string literal that reads like QDL rather than
     * text: a lone `}`, a line ending in `{`, or a keyword with a value or two (`credit 3`, `unit A2`).
     */
    private static Optional<Integer> codeLikeLine(String literal) {
        String[] lines = literal.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == lines.length - 1 && line.endsWith("\"")) {
                line = line.substring(0, line.length() - 1).strip();
            }
            String[] words = line.split("\\s+");
            boolean keywordLine = KEYWORDS.contains(words[0]) && words.length >= 2 && words.length <= 3
                    && !line.matches(".*[.,;:!?]$");
            if (line.equals("}") || line.endsWith("{") || keywordLine) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static List<Diagnostic> characterErrors(TokenSpans spans, List<Token> tokens) {
        List<Diagnostic> out = new ArrayList<>();
        SourceFile source = spans.source();
        for (int i = 0; i < tokens.size() && out.size() <= MAX_ERRORS; i++) {
            Token t = tokens.get(i);
            int type = t.getType();
            if (type != QdlLexer.UNEXPECTED_CHAR && type != QdlLexer.UNTERMINATED_STRING
                    && type != QdlLexer.UNTERMINATED_COMMENT) {
                continue; // a well-formed token (a `'` is only ever an unexpected character): nothing to read
            }
            Span span = spans.span(t);
            int start = spans.start(t);
            int closing = type == QdlLexer.UNEXPECTED_CHAR && t.getText().equals("'") ? closingQuote(tokens, i) : -1;
            if (closing > 0) {
                String inside = source.text().substring(spans.end(t), spans.start(tokens.get(closing)));
                out.add(Diagnostic.of(Code.Q0002, spans.span(t, tokens.get(closing)), "text in single quotes")
                        .withLabel("QDL writes text in double quotes")
                        .withHelp("write \"" + inside.replace("\"", "\\\"") + "\""));
                i = closing;
                continue;
            }
            switch (type) {
                case QdlLexer.UNEXPECTED_CHAR -> out.add(Diagnostic.of(Code.Q0002, span,
                        "unexpected character " + describeChar(t.getText()))
                        .withLabel("QDL does not use this character here")
                        .withHelp(t.getText().equals("'") ? "text goes in double quotes: \"like this\"" : null));
                case QdlLexer.UNTERMINATED_STRING -> out.add(Diagnostic.of(Code.Q0003,
                        new Span(source, start, start + 1), "this text is never closed")
                        .withLabel("the quote opened here has no closing `\"`")
                        .withHelp("add a closing `\"`; a `\"` inside text is written `\\\"`"));
                case QdlLexer.UNTERMINATED_COMMENT -> out.add(Diagnostic.of(Code.Q0004,
                        new Span(source, start, start + 2), "this comment is never closed")
                        .withLabel("the comment opened here has no closing `*/`")
                        .withHelp("end the comment with `*/`"));
                default -> {
                }
            }
        }
        return out;
    }

    /** The keywords that start a member of a block. */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("unit", "module", "competency", "group",
            "units", "groups", "level", "credit", "glh", "tqt", "criterion", "knowledge", "learning", "performance",
            "overview", "guidance", "evidence", "assessment", "content", "aims", "rules", "grading", "grade",
            "number", "title", "date", "section", "scale", "framework", "pathway", "endorsement", "achieved");

    /** The index of the `'` that closes one opened at {@code open} on the same line, or -1. */
    private static int closingQuote(List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size() && tokens.get(i).getLine() == tokens.get(open).getLine(); i++) {
            if (tokens.get(i).getText().equals("'")) {
                return i;
            }
        }
        return -1;
    }

    private static String describeChar(String text) {
        int cp = text.codePointAt(0);
        if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
            return String.format("U+%04X", cp);
        }
        return "`" + text + "`";
    }

    private static Optional<Diagnostic> tooDeep(TokenSpans spans, List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            if (t.getType() == QdlLexer.LBRACE && ++depth > MAX_DEPTH) {
                return Optional.of(Diagnostic.of(Code.Q0006,
                        spans.span(t), "braces are nested more than " + MAX_DEPTH + " deep")
                        .withLabel("this `{` is too deep")
                        .withHelp("a spec nests at most qualification, unit, outcome and criterion; check for a missing `}`"));
            } else if (t.getType() == QdlLexer.RBRACE) {
                depth = Math.max(0, depth - 1);
            }
        }
        return Optional.empty();
    }

    private static List<Diagnostic> capped(List<Diagnostic> diagnostics, SourceFile source) {
        if (diagnostics.size() <= MAX_ERRORS) {
            return diagnostics;
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics.subList(0, MAX_ERRORS));
        Diagnostic last = diagnostics.get(MAX_ERRORS);
        out.add(Diagnostic.of(Code.Q0007, last.span(), "too many errors in `" + source.path() + "`; stopped after "
                + MAX_ERRORS).withHelp("fix the first errors and check again; is this file a QDL spec?"));
        return out;
    }

    /** Q0005 for a file of {@code size} characters (or bytes) over {@link #MAX_CHARS}. */
    public static Diagnostic tooLarge(Span where, String path, long size) {
        java.math.BigDecimal mb = java.math.BigDecimal.valueOf(size).divide(java.math.BigDecimal.valueOf(1024 * 1024),
                1, java.math.RoundingMode.UP);
        return Diagnostic.of(Code.Q0005, where, "`" + path + "` is too large for a spec: " + mb.toPlainString()
                + " MB, and QDL reads files up to " + MAX_CHARS / (1024 * 1024) + " MB")
                .withLabel(where.file().text().isEmpty() ? "" : "not read")
                .withHelp("check that this is the spec you meant; a large spec can be split into files that `import` "
                        + "each other");
    }
}
