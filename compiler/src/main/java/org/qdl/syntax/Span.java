package org.qdl.syntax;

/** A range of characters [start, end) in one source file. */
public record Span(SourceFile file, int start, int end) {

    public Span {
        if (end < start) {
            end = start;
        }
    }

    public static Span at(SourceFile file, int offset) {
        return new Span(file, offset, offset);
    }

    public Span to(Span other) {
        return new Span(file, Math.min(start, other.start), Math.max(end, other.end));
    }

    public int line() {
        return file.line(start);
    }

    public int column() {
        return file.column(start);
    }

    public int length() {
        return end - start;
    }

    @Override
    public String toString() {
        return file.path() + ":" + line() + ":" + column();
    }
}
