package org.qdl.lsp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * What to offer at the cursor: after `group`/`groups` the group names, after `scale` the scales, after
 * `unit`/`units`/`including` the unit references, and otherwise keywords, units, groups and scale labels.
 */
final class Completions {
    /** QDL's keywords, as the grammar's lexer spells them. */
    static final List<String> KEYWORDS = List.of("import", "qualification", "unit", "units", "module", "competency",
            "group", "groups", "scale", "framework", "levels", "title", "number", "regulator", "awarding body",
            "level", "entry", "size", "tqt", "glh", "credit", "credits", "date", "aims", "requirements", "progression",
            "assessment", "delivery", "overview", "guidance", "evidence", "content", "section", "learning outcome",
            "performance", "criterion", "criteria", "knowledge", "lead-in outcomes", "lead-in knowledge", "heading",
            "table", "header", "row", "rules", "pathway", "endorsement", "grading",
            "grade", "graded", "points", "per", "from", "at least", "at most", "exactly", "to", "further",
            "in total", "or above", "or below", "and", "all", "including", "one of", "any", "each", "barred",
            "equivalent", "shared", "default", "achieved", "when", "every", "otherwise", "no overall grade",
            "tariff per credit", "also", "otherwise not achieved", "smaller qualification",
            "recorded", "passed", "not passed", "marks", "grade from the best", "taken from at most",
            "requires qualification", "requires component", "count only after",
            "attempts", "registration valid for", "resit within", "resit capped at", "no resit once achieved",
            "resits per unit", "registration closes", "certification ends");

    private Completions() {
    }

    static List<CompletionItem> at(String lineBefore, List<Occurrence> symbols) {
        String[] words = lineBefore.strip().split("\\s+");
        String typing = lineBefore.endsWith(" ") || lineBefore.isEmpty() ? "" : words[words.length - 1];
        String previous = lineBefore.endsWith(" ") ? words[words.length - 1]
                : words.length > 1 ? words[words.length - 2] : "";
        previous = previous.replace(",", "");
        List<CompletionItem> items = new ArrayList<>();
        switch (previous) {
            case "group", "groups", "of" -> names(symbols, Occurrence.Kind.GROUP, CompletionItemKind.Module, items);
            case "scale" -> names(symbols, Occurrence.Kind.SCALE, CompletionItemKind.Enum, items);
            case "unit", "units", "including", "barred", "equivalent" ->
                    names(symbols, Occurrence.Kind.UNIT, CompletionItemKind.Class, items);
            default -> {
                for (String k : KEYWORDS) {
                    CompletionItem item = new CompletionItem(k);
                    item.setKind(CompletionItemKind.Keyword);
                    items.add(item);
                }
                names(symbols, Occurrence.Kind.UNIT, CompletionItemKind.Class, items);
                names(symbols, Occurrence.Kind.GROUP, CompletionItemKind.Module, items);
                names(symbols, Occurrence.Kind.LABEL, CompletionItemKind.EnumMember, items);
            }
        }
        String prefix = typing.toLowerCase(java.util.Locale.ROOT);
        return items.stream().filter(i -> i.getLabel().toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .toList();
    }

    private static void names(List<Occurrence> symbols, Occurrence.Kind kind, CompletionItemKind itemKind,
            List<CompletionItem> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (Occurrence o : symbols) {
            if (o.kind() == kind && o.declaration() && seen.add(o.name())) {
                CompletionItem item = new CompletionItem(o.name());
                item.setKind(itemKind);
                item.setDetail(kind.word);
                out.add(item);
            }
        }
    }
}
