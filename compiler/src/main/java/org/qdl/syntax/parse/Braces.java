package org.qdl.syntax.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.grammar.QdlLexer;
import org.qdl.syntax.SourceFile;

/**
 * Finds the brace a spec is missing or has too many of. A parser notices an unbalanced brace only where the
 * blocks stop making sense, often far below the mistake ("found `rules`" at the end of the file); the
 * indentation usually says where the mistake is. Braces are matched by count, and the first pair whose `}`
 * is not indented like the line of its `{` shows where counting and indentation part ways.
 */
final class Braces {
    private Braces() {
    }

    /** A pair of braces matched by count, with the indentation of the line the `{`'s construct starts on. */
    private record Pair(Token open, int openIndent, Token close) {
    }

    /** The diagnostic for unbalanced braces, or empty when every `{` has its `}`. */
    static Optional<Diagnostic> check(TokenSpans spans, List<Token> tokens) {
        Deque<Pair> open = new ArrayDeque<>();
        List<Pair> pairs = new ArrayList<>();
        Token strayClose = null;
        // A title in quotes may run over several lines and leave its `{` on a line of its own making: a `{`
        // belongs to the line where its construct starts.
        int statementIndent = 0;
        for (Token t : tokens) {
            if (firstOnLine(spans, t)) {
                statementIndent = indent(spans, t);
            }
            if (t.getType() == QdlLexer.LBRACE) {
                open.push(new Pair(t, statementIndent, null));
            } else if (t.getType() == QdlLexer.RBRACE) {
                if (open.isEmpty()) {
                    if (strayClose == null) {
                        strayClose = t;
                    }
                } else {
                    Pair o = open.pop();
                    pairs.add(new Pair(o.open(), o.openIndent(), t));
                }
            }
        }
        if (open.isEmpty() && strayClose == null) {
            return Optional.empty();
        }
        Pair misfit = null;
        for (Pair p : pairs) {
            if (!indentedAlike(spans, p) && (misfit == null
                    || p.close().getTokenIndex() < misfit.close().getTokenIndex())) {
                misfit = p;
            }
        }
        if (!open.isEmpty()) {
            if (misfit != null) {
                return Optional.of(unclosed(spans, tokens, misfit));
            }
            Token innermost = open.peek().open();
            return Optional.of(Diagnostic.of(Code.Q0011, spans.span(innermost), "this `{` is never closed")
                    .withLabel("the file ends before its `}`")
                    .withHelp("add the missing `}`, or check whether the file was cut short"));
        }
        Token extra = misfit != null ? misfit.close() : strayClose;
        Optional<Token> opener = openerWithoutBrace(spans, tokens, extra);
        if (opener.isPresent()) {
            return Optional.of(Diagnostic.of(Code.Q0011, spans.span(extra), "this `}` has no `{` to close")
                    .withLabel("closes nothing")
                    .withNote(spans.after(opener.get()), "by its indentation, it closes the block that starts here, "
                            + "without a `{`")
                    .withHelp("add `{` at the end of line " + spans.after(opener.get()).line()
                            + ", or remove this `}`"));
        }
        Diagnostic d = Diagnostic.of(Code.Q0011, spans.span(extra), "this `}` has no `{` to close")
                .withLabel("one `}` too many");
        if (misfit != null) {
            d = d.withNote(spans.span(misfit.open()), "counting braces, it closes this `{` early");
        }
        return Optional.of(d.withHelp("remove the extra `}`"));
    }

    /**
     * When a `}` has nothing to close, either it is one too many or a `{` is missing. The line above it at its
     * own indentation starts the block it closes; if that line has no `{`, the `{` is what is missing, and the
     * last token of that line is returned.
     */
    private static Optional<Token> openerWithoutBrace(TokenSpans spans, List<Token> tokens, Token close) {
        if (!firstOnLine(spans, close)) {
            return Optional.empty();
        }
        int indent = indent(spans, close);
        int i = tokens.indexOf(close) - 1;
        while (i >= 0 && !(firstOnLine(spans, tokens.get(i)) && indent(spans, tokens.get(i)) <= indent)) {
            i--;
        }
        if (i < 0 || indent(spans, tokens.get(i)) != indent || tokens.get(i).getType() == QdlLexer.RBRACE) {
            return Optional.empty();
        }
        Token last = tokens.get(i);
        for (int j = i + 1; j < tokens.size() && !firstOnLine(spans, tokens.get(j)); j++) {
            last = tokens.get(j);
            if (last.getType() == QdlLexer.LBRACE) {
                return Optional.empty();
            }
        }
        return Optional.of(last);
    }

    private static Diagnostic unclosed(TokenSpans spans, List<Token> tokens, Pair pair) {
        Token brace = pair.open();
        int indent = pair.openIndent();
        Token end = null;
        boolean after = false;
        for (Token t : tokens) {
            if (after && t.getType() != QdlLexer.RBRACE && firstOnLine(spans, t) && indent(spans, t) <= indent) {
                end = t;
                break;
            }
            after |= t == brace;
        }
        Diagnostic d = Diagnostic.of(Code.Q0011, spans.span(brace), "this `{` is never closed")
                .withLabel("no `}` matches this");
        if (end != null) {
            return d.withNote(spans.span(end), "by its indentation, the block ends before this line")
                    .withHelp("add a `}` before line " + spans.source().line(spans.start(end)));
        }
        return d.withHelp("add the missing `}` where the block ends");
    }

    /** A `}` that starts its line sits at the indentation of its `{`'s line; other layouts are not judged. */
    /** A `}` that starts its line sits at the indentation of its `{`'s line; other layouts are not judged. */
    private static boolean indentedAlike(TokenSpans spans, Pair p) {
        return !firstOnLine(spans, p.close()) || indent(spans, p.close()) == p.openIndent();
    }

    private static boolean firstOnLine(TokenSpans spans, Token t) {
        SourceFile source = spans.source();
        int start = spans.start(t);
        String line = source.lineText(source.line(start));
        int col = source.column(start) - 1;
        return col <= line.length() && line.substring(0, col).isBlank();
    }

    /** The width of the white space that starts the token's line, tabs counting four. */
    private static int indent(TokenSpans spans, Token t) {
        SourceFile source = spans.source();
        String line = source.lineText(source.line(spans.start(t)));
        int width = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            width += line.charAt(i) == '\t' ? 4 : 1;
        }
        return width;
    }

}
