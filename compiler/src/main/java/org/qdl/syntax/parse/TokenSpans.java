package org.qdl.syntax.parse;

import org.antlr.v4.runtime.Token;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/**
 * Spans of tokens. ANTLR counts positions in code points, a Java string in UTF-16 units; they differ after
 * any character outside the Basic Multilingual Plane (an emoji in a title), so token positions are
 * translated before they become spans.
 */
final class TokenSpans {
    private final SourceFile source;
    /** UTF-16 offset of each code point index, or null when the two agree. */
    private final int[] charOffsets;

    TokenSpans(SourceFile source) {
        this.source = source;
        String text = source.text();
        int codePoints = text.codePointCount(0, text.length());
        if (codePoints == text.length()) {
            charOffsets = null;
        } else {
            charOffsets = new int[codePoints + 1];
            int offset = 0;
            for (int i = 0; i < codePoints; i++) {
                charOffsets[i] = offset;
                offset += Character.charCount(text.codePointAt(offset));
            }
            charOffsets[codePoints] = text.length();
        }
    }

    SourceFile source() {
        return source;
    }

    /** The UTF-16 offset of a code point index. */
    int offset(int codePointIndex) {
        if (charOffsets == null) {
            return Math.max(0, Math.min(codePointIndex, source.text().length()));
        }
        return charOffsets[Math.max(0, Math.min(codePointIndex, charOffsets.length - 1))];
    }

    int start(Token t) {
        return offset(t.getStartIndex());
    }

    /** Just after the token; for the end-of-file token, the end of the text. */
    int end(Token t) {
        if (t.getType() == Token.EOF) {
            return source.text().length();
        }
        return offset(t.getStopIndex() + 1);
    }

    Span span(Token t) {
        return new Span(source, start(t), end(t));
    }

    Span span(Token first, Token last) {
        return new Span(source, start(first), end(last));
    }

    /** An empty span just after a token: where something missing after it belongs. */
    Span after(Token t) {
        return Span.at(source, end(t));
    }
}
