package org.qdl.check;

import java.util.ArrayList;
import java.util.List;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.Span;

/** Where the checker's phases put what they find. */
final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    Diagnostic add(Code code, Span span, String message) {
        Diagnostic d = Diagnostic.of(code, span, message);
        list.add(d);
        return d;
    }

    /** Adds a diagnostic built with labels, notes or help. */
    void add(Diagnostic d) {
        list.add(d);
    }

    /** Replaces the last diagnostic added (to attach a label, help or note to it). */
    void amendLast(java.util.function.UnaryOperator<Diagnostic> change) {
        list.set(list.size() - 1, change.apply(list.get(list.size() - 1)));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    int errorCount() {
        return (int) list.stream().filter(Diagnostic::isError).count();
    }

    List<Diagnostic> all() {
        return list;
    }
}
