package org.qdl.syntax.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.qdl.diag.DidYouMean;
import org.qdl.grammar.QdlLexer;
import org.qdl.grammar.QdlParser;
import org.qdl.syntax.tree.ErrorNode.Declares;

/**
 * Where a parse tree the parser recovered in is damaged: a token it skipped or made up, or a rule it left
 * unfinished. ANTLR marks all three: skipped and made-up tokens become error nodes, and an unfinished rule
 * keeps the exception that stopped it.
 */
final class Damage {
    /** The words that start a named declaration, for broken text whose keyword is misspelt (`scael`). */
    private static final Map<String, Declares> DECLARING_WORDS = Map.of("unit", Declares.UNIT, "module",
            Declares.UNIT, "competency", Declares.UNIT, "group", Declares.GROUP, "scale", Declares.SCALE,
            "framework", Declares.FRAMEWORK);

    private Damage() {
    }

    /** True when the parser reported a problem anywhere in this subtree. */
    static boolean in(ParseTree tree) {
        if (tree instanceof ErrorNode) {
            return true;
        }
        if (tree instanceof ParserRuleContext ctx) {
            if (ctx.exception != null) {
                return true;
            }
            for (int i = 0; i < ctx.getChildCount(); i++) {
                if (in(ctx.getChild(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a declaration's first line — what it is and its name, up to its `{` — is damaged: then what it
     * declares is unknown. A missing `{` alone does not count (the parser reports it, and the members after it
     * are read as usual), and damage inside the block is left to its members.
     */
    static boolean inHeader(ParserRuleContext ctx) {
        for (int i = 0; i < ctx.getChildCount(); i++) {
            ParseTree child = ctx.getChild(i);
            if (child instanceof TerminalNode t && t.getSymbol().getType() == QdlLexer.LBRACE) {
                return false;
            }
            if (child instanceof QdlParser.BlockContext) {
                continue; // a unit's block: its members are checked one by one
            }
            if (in(child)) {
                return true;
            }
        }
        return ctx.exception != null;
    }

    /** The tokens of a subtree as written, in order: without those the parser made up. */
    static List<Token> tokens(ParseTree tree) {
        List<Token> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(ParseTree tree, List<Token> out) {
        if (tree instanceof TerminalNode t) {
            Token symbol = t.getSymbol();
            if (symbol.getTokenIndex() >= 0 && symbol.getType() != Token.EOF) {
                out.add(symbol);
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), out);
        }
    }

    /**
     * The kinds of declaration that broken text may have held: a line of it that starts with `unit`, `module`,
     * `competency`, `group`, `scale` or `framework`, or a near misspelling of one (`framework SCQF` in a
     * qualification counts: it is what makes the qualification's levels known).
     */
    static Set<Declares> mayDeclare(List<Token> tokens) {
        Set<Declares> out = EnumSet.noneOf(Declares.class);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && tokens.get(i - 1).getLine() == t.getLine()) {
                continue;
            }
            declaring(t).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Declares> declaring(Token t) {
        String word = t.getText();
        if (DECLARING_WORDS.containsKey(word)) {
            return Optional.of(DECLARING_WORDS.get(word));
        }
        if (t.getType() != QdlLexer.IDENT) {
            return Optional.empty();
        }
        return DidYouMean.suggest(word, DECLARING_WORDS.keySet()).map(DECLARING_WORDS::get);
    }
}
