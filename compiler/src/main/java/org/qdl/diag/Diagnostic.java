package org.qdl.diag;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * One finding about a spec: what is wrong (a stable code and a message in the author's words), where (a
 * span, with a short label under it), what else is involved (notes at other spans), and the fix where one is
 * known. Finding a diagnostic is separate from printing it: see {@link HumanRenderer}, {@link ShortRenderer},
 * {@link JsonRenderer}.
 */
public record Diagnostic(Severity severity, Code code, String message, Span span, String label, List<Note> notes,
        Optional<String> help) {

    public Diagnostic {
        notes = List.copyOf(notes);
    }

    /** A secondary place that explains the diagnostic ("first declared here"). */
    public record Note(Span span, String message) {
    }

    public static Diagnostic of(Code code, Span span, String message) {
        return new Diagnostic(code.severity(), code, message, span, "", List.of(), Optional.empty());
    }

    public Diagnostic withLabel(String newLabel) {
        return new Diagnostic(severity, code, message, span, newLabel, notes, help);
    }

    public Diagnostic withHelp(String newHelp) {
        return new Diagnostic(severity, code, message, span, label, notes, Optional.ofNullable(newHelp));
    }

    public Diagnostic withNote(Span noteSpan, String noteMessage) {
        var more = new java.util.ArrayList<>(notes);
        more.add(new Note(noteSpan, noteMessage));
        return new Diagnostic(severity, code, message, span, label, more, help);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
