package org.qdl.lsp;

import org.qdl.model.Emphasis;

/**
 * Spec text for a Markdown hover: its emphasis as Markdown's own (`**bold**`, `_italic_`), and every other character
 * Markdown would read as markup escaped, so that a footnote's `*` or a `_` in a reference shows as written.
 */
final class HoverMarkdown {
    private HoverMarkdown() {
    }

    static String text(String spec) {
        StringBuilder out = new StringBuilder();
        for (Emphasis.Run r : Emphasis.runs(spec)) {
            String t = escape(r.text());
            out.append(r.strong() ? "**" + t + "**" : r.em() ? "_" + t + "_" : t);
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\`*_[]<>".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
