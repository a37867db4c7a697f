package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.ir.IrScale;
import org.qdl.runtime.ir.IrUnit;

/** Builds the checker page's view from the handbook's view (the group tables) and the IR (scales, criteria). */
final class CheckerViews {
    private CheckerViews() {
    }

    static CheckerView build(HandbookView handbook, IrDocument ir) {
        boolean timed = ir.attempts() != null;
        Map<String, IrScale> scales = new HashMap<>();
        ir.scales().forEach(s -> scales.put(s.id(), s));
        Map<String, IrUnit> units = new LinkedHashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (IrUnit u : ir.units()) {
            index.put(u.ref(), index.size());
            units.put(u.ref(), u);
        }
        Map<String, String> pageIds = new HashMap<>();
        handbook.units().forEach(u -> pageIds.put(u.ref(), u.id()));
        Map<String, String> firstListedIn = new HashMap<>();
        List<CheckerView.Section> sections = new ArrayList<>();
        for (HandbookView.GroupTable t : handbook.structure().groups()) {
            List<CheckerView.Choice> choices = new ArrayList<>();
            for (HandbookView.UnitRow r : t.rows()) {
                IrUnit u = units.get(r.ref());
                if (u == null) {
                    continue;
                }
                String earlier = firstListedIn.putIfAbsent(u.ref(), t.caption());
                choices.add(choice(u, index.get(u.ref()), r.id(), scales, earlier == null ? "" : earlier, timed));
            }
            sections.add(new CheckerView.Section("check-" + t.id(), t.caption(), choices));
        }
        List<CheckerView.Choice> others = new ArrayList<>();
        for (IrUnit u : units.values()) {
            if (!firstListedIn.containsKey(u.ref())) {
                others.add(choice(u, index.get(u.ref()), pageIds.getOrDefault(u.ref(), ""), scales, "", timed));
            }
        }
        if (!others.isEmpty()) {
            String caption = sections.isEmpty() ? "The " + handbook.unitsNoun() : "Other " + handbook.unitsNoun();
            sections.add(new CheckerView.Section("check-other-units", caption, others));
        }
        List<CheckerView.Choice> held = new ArrayList<>();
        for (int i = 0; i < ir.requisites().size(); i++) {
            // a prerequisite qualification or co-requisite component: held or not, a component at a level (its
            // result), read by the page's engine from a row naming it as `qdl eval` reads a centre's
            org.qdl.runtime.ir.IrRequisite r = ir.requisites().get(i);
            List<String> levels = r.level() == null ? List.of()
                    : r.frameworkLevels().stream().map(l -> l.label()).toList();
            held.add(new CheckerView.Choice(r.id(), "", r.title() == null ? "" : r.title(), "requires-" + i, levels,
                    List.of(), "", false));
        }
        if (!held.isEmpty()) {
            sections.add(new CheckerView.Section("check-requires", "Held beside the " + handbook.unitsNoun()
                    + " (prerequisites and co-requisites; a level as the result)", held));
        }
        int resits = timed ? CheckerView.resitsAsked(ir.attempts().resitsPerUnit()) : 0;
        return new CheckerView(scriptSafe(IrJson.write(ir)), sections, timed, resits);
    }

    private static CheckerView.Choice choice(IrUnit u, int index, String pageId, Map<String, IrScale> scales,
            String listedIn, boolean dated) {
        String inputId = "unit-" + index;
        List<String> results = u.gradingScale() == null || !scales.containsKey(u.gradingScale()) ? List.of()
                : scales.get(u.gradingScale()).labels();
        List<CheckerView.Criterion> criteria = new ArrayList<>();
        if (u.criterionScale() != null && scales.containsKey(u.criterionScale())) {
            List<String> ratings = scales.get(u.criterionScale()).labels();
            for (int c = 0; c < u.criteria().size(); c++) {
                criteria.add(new CheckerView.Criterion(u.criteria().get(c), inputId + "-criterion-" + c, ratings));
            }
        }
        return new CheckerView.Choice(u.ref(), pageId, u.title() == null ? "" : u.title(), inputId, results,
                criteria, listedIn, dated);
    }

    /**
     * JSON is safe inside {@code <script type="application/json">} once it has no "<" that could close or confuse
     * the element ("</script>", "<!--"): outside strings JSON has none, and inside them "\u003c" is the same character.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c");
    }
}
