package org.qdl.lsp;

import org.qdl.syntax.Span;

/** A name in a spec: what it names, the name, where, and whether this is where it is declared. */
record Occurrence(Kind kind, String name, Span span, boolean declaration) {

    enum Kind {
        QUALIFICATION("qualification"), UNIT("unit"), GROUP("group"), SCALE("scale"), LABEL("scale label"),
        RULE("rule"), IMPORT("import");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    boolean contains(int offset) {
        return span.start() <= offset && offset <= span.end();
    }

    boolean sameSymbol(Occurrence other) {
        return kind == other.kind && name.equals(other.name);
    }
}
