package org.qdl.syntax.parse;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.qdl.grammar.QdlLexer;

/**
 * ANTLR's recovery, resynchronised on lines. A spec puts one member on a line, so after an error the parser
 * skips the rest of the line the mistake is on, and a block that opens on that line with it, and resumes at
 * the next line that starts something it can use. A `}` that closes the enclosing block always stops the
 * skipping, so that the block structure survives. Without this, recovery resumes at the first token of the
 * broken line that happens to fit somewhere (a misspelt keyword read as a rule label, a string as a title),
 * and one mistake is reported several times over.
 */
final class LineErrorStrategy extends DefaultErrorStrategy {
    /** The line of the token the last reported error was about: recovery skips through it. */
    private int errorLine;

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (!inErrorRecoveryMode(recognizer) && e.getOffendingToken() != null) {
            errorLine = e.getOffendingToken().getLine();
        }
        super.reportError(recognizer, e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer)) {
            errorLine = recognizer.getCurrentToken().getLine();
        }
        super.reportUnwantedToken(recognizer);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer)) {
            errorLine = recognizer.getCurrentToken().getLine();
        }
        super.reportMissingToken(recognizer);
    }

    /**
     * Deleting the token in the way is right for a word too many in a line, not for the first word of the next
     * line: that is where the next member starts, and something is missing before it.
     */
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        Token last = recognizer.getInputStream().LT(-1);
        if (last != null && current.getLine() > last.getLine()) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    /**
     * At the start of a loop (the members of a block), ANTLR gives up on the whole block when the next token
     * cannot start a member, and the block's `}` then closes the enclosing one. Here the unwanted line is
     * reported and skipped instead, and the loop goes on with the next member.
     */
    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        if (inErrorRecoveryMode(recognizer) || state.getStateType() != ATNState.STAR_LOOP_ENTRY) {
            super.sync(recognizer);
            return;
        }
        IntervalSet next = recognizer.getATN().nextTokens(state);
        int la = recognizer.getInputStream().LA(1);
        if (next.contains(la) || next.contains(Token.EPSILON)) {
            super.sync(recognizer);
            return;
        }
        reportUnwantedToken(recognizer);
        consumeUntil(recognizer, recognizer.getExpectedTokens().or(getErrorRecoverySet(recognizer)));
    }

    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        Token t = recognizer.getCurrentToken();
        int skipThrough = Math.max(t.getLine(), errorLine);
        int depth = 0;
        while (t.getType() != Token.EOF) {
            if (depth == 0 && set.contains(t.getType())
                    && (t.getType() == QdlLexer.RBRACE || t.getLine() > skipThrough)) {
                return;
            }
            if (t.getType() == QdlLexer.LBRACE) {
                depth++;
            } else if (t.getType() == QdlLexer.RBRACE && depth > 0) {
                depth--;
            }
            recognizer.consume();
            t = recognizer.getCurrentToken();
        }
    }
}
