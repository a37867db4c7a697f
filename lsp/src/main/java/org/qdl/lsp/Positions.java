package org.qdl.lsp;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Span;

/**
 * Offsets in a source and the protocol's positions (0-based line and character). Spans count characters (UTF-16
 * units, as Java strings do), which is what the protocol counts by default.
 */
final class Positions {
    private Positions() {
    }

    static Position position(SourceFile file, int offset) {
        return new Position(file.line(offset) - 1, file.column(offset) - 1);
    }

    static Range range(Span span) {
        return new Range(position(span.file(), span.start()), position(span.file(), span.end()));
    }

    static int offset(SourceFile file, Position p) {
        if (p.getLine() >= file.lineCount()) {
            return file.text().length();
        }
        int start = file.lineStart(p.getLine() + 1);
        int lineLength = file.lineText(p.getLine() + 1).length();
        return Math.min(file.text().length(), start + Math.min(p.getCharacter(), lineLength));
    }
}
