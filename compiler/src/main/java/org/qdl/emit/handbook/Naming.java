package org.qdl.emit.handbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.model.Group;
import org.qdl.model.Level;
import org.qdl.model.Qualification;
import org.qdl.model.Scale;
import org.qdl.model.Unit;

/**
 * How the handbook names things: a group by its title ("Group B: Optional Units – Impression and Image"), a level
 * ("level 5", "Entry level 3"), a unit by the author's word for it ("module", "competency"); and the ids of the pages
 * and anchors that names link to.
 */
final class Naming {
    private final Qualification q;
    private final Map<String, String> unitIds;
    private final Map<String, String> groupIds;

    Naming(Qualification q) {
        this.q = q;
        this.unitIds = PageIds.assign("unit-", q.units().stream().map(Unit::ref).toList());
        this.groupIds = PageIds.assign("group-", q.groups().stream().map(Group::name).toList());
    }

    Qualification qualification() {
        return q;
    }

    String unitId(String ref) {
        return unitIds.getOrDefault(ref, "");
    }

    String groupId(String name) {
        return groupIds.getOrDefault(name, "");
    }

    /** The group as its handbook names it: its title, or "Group B". */
    String groupTitle(String name) {
        return q.group(name).flatMap(Group::title).orElse("Group " + name);
    }

    /**
     * True when the group's title begins "Group B", so that several such groups can be named together as
     * "Groups B, C, D and E".
     */
    boolean titledByName(String name) {
        Optional<String> title = q.group(name).flatMap(Group::title);
        if (title.isEmpty()) {
            return true;
        }
        String lead = ("group " + name).toLowerCase(Locale.ROOT);
        String t = title.get().toLowerCase(Locale.ROOT);
        return t.startsWith(lead) && (t.length() == lead.length() || !Character.isLetterOrDigit(t.charAt(lead.length())));
    }

    /** The word for the units listed (their `kind` when they agree, else "unit"); every unit when none is listed. */
    String unitNoun(List<String> refs) {
        Set<String> kinds = new LinkedHashSet<>();
        List<Unit> units = refs.isEmpty() ? q.units() : refs.stream().flatMap(r -> q.unit(r).stream()).toList();
        for (Unit u : units) {
            kinds.add(u.kind().toLowerCase(Locale.ROOT));
        }
        return kinds.size() == 1 ? kinds.iterator().next() : "unit";
    }

    String unitNoun(List<String> refs, BigDecimal n) {
        return Words.noun(unitNoun(refs), n);
    }

    /** "level 5", "Entry level 3", "advanced level". */
    static String level(Level level) {
        String label = level.label().trim();
        if (label.chars().allMatch(Character::isDigit)) {
            return "level " + label;
        }
        if (label.toLowerCase(Locale.ROOT).startsWith("entry ")) {
            return "Entry level " + label.substring("entry ".length()).trim();
        }
        return label + " level";
    }

    /** A level as a profile shows it: "5", "Entry 3", "Advanced". */
    static String levelLabel(Level level) {
        return Words.capitalise(level.label());
    }

    /** A scale that has {@code label}, to spell out "or above" for unit grades; the units' own first. */
    Optional<Scale> scaleWithLabel(String label) {
        List<Scale> scales = new ArrayList<>();
        for (Unit u : q.units()) {
            u.gradingScale().ifPresent(scales::add);
        }
        scales.addAll(q.scales());
        return scales.stream().filter(s -> s.labelNames().contains(label)).findFirst();
    }
}
