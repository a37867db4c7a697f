package org.qdl.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.qdl.syntax.SourceFile;

/**
 * Quick fixes read from a diagnostic's `help` (sent with it as its data): each name a "did you mean" offers
 * replaces the diagnostic's text; "add the missing `}`" (or the note that a `{` is still open at the end of the
 * file) adds it at the end of the file.
 */
final class QuickFixes {
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    private QuickFixes() {
    }

    static List<CodeAction> of(String uri, SourceFile source, Diagnostic d) {
        String help = help(d);
        List<CodeAction> out = new ArrayList<>();
        if (help.startsWith("did you mean")) {
            Matcher m = NAME.matcher(help);
            while (m.find()) {
                out.add(action("Replace with `" + m.group(1) + "`", uri, d, new TextEdit(d.getRange(), m.group(1))));
            }
        } else if (help.contains("add the missing `}`") || stillOpen(d)) {
            Position end = Positions.position(source, source.text().length());
            String text = source.text().endsWith("\n") || source.text().isEmpty() ? "}\n" : "\n}\n";
            out.add(action("Add the missing `}`", uri, d, new TextEdit(new Range(end, end), text)));
        }
        if (out.size() == 1) {
            out.get(0).setIsPreferred(true);
        }
        return out;
    }

    /** The parser's note on a file that ends inside a block: "this `{` is still open". */
    private static boolean stillOpen(Diagnostic d) {
        return d.getRelatedInformation() != null && d.getRelatedInformation().stream()
                .anyMatch(r -> r.getMessage().contains("`{` is still open"));
    }

    private static String help(Diagnostic d) {
        Object data = d.getData();
        if (data instanceof com.google.gson.JsonObject o && o.has("help")) {
            return o.get("help").getAsString();
        }
        if (data instanceof com.google.gson.JsonPrimitive p) {
            return p.getAsString();
        }
        return data instanceof String s ? s : "";
    }

    private static CodeAction action(String title, String uri, Diagnostic d, TextEdit edit) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(edit))));
        return a;
    }
}
