package org.qdl.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes random specs that mostly check: a framework, scales, units with levels, credits, outcomes, criteria and
 * rules over them, groups (nested, overlapping), a qualification with its attributes, rules of every kind with
 * numbers near what the groups can give, pathways and endorsements, and grading by points or conditions — laid out
 * tidily or all on one line, with comments anywhere. A few decisions in a hundred are mistakes an author makes
 * (an unknown unit, a number too large, a label not on the scale), so that the checker's later phases — the
 * structure proof with the engine above all — see both specs they accept and specs they refuse.
 *
 * <p>Every decision comes from {@link Choices}, so jqwik shrinks a failing spec towards a smaller one.
 */
final class SpecGenerator {
    /** How often, in a hundred, a decision is an author's mistake. */
    private static final int MISTAKE = 2;
    private static final List<String> RQF = List.of("entry 1", "entry 2", "entry 3", "1", "2", "3", "4", "5", "6",
            "7", "8");
    private static final String[] WORDS = {"Communicate", "with", "customers", "Handle", "complaints", "Deliver",
        "service", "Principles", "of", "the", "organisation", "Resolve", "problems", "Work", "in", "a", "team",
        "Café", "“quoted”", "naïve", "日本", "😀", "D*", "&", "<b>", "50%"};

    private record Scale(String name, List<String> labels, boolean rated) {
    }

    private record Unit(String ref, Integer credit, String level, Scale grading, Scale criterion, int criteria) {
    }

    private final Choices c;
    private final StringBuilder out = new StringBuilder();
    private final boolean oneLine;
    private final int comments;
    private int indent;

    private String frameworkName;
    private List<String> levels = RQF;
    private final List<Scale> scales = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private String qualificationLevel;

    private SpecGenerator(Choices c) {
        this.c = c;
        this.oneLine = c.chance(10);
        this.comments = c.chance(20) ? c.between(1, 15) : 0;
    }

    static String generate(List<Integer> numbers) {
        SpecGenerator g = new SpecGenerator(new Choices(numbers));
        g.spec();
        return g.out.toString();
    }

    // ------------------------------------------------------------------------------------------- the file

    private void spec() {
        if (c.chance(MISTAKE)) {
            line("import " + quote(c.oneOf("missing.qdl", "shared/units.qdl", "", ".", "spec.qdl")));
        }
        framework();
        for (int i = 0, n = c.below(4); i < n; i++) {
            scales.add(newScale());
        }
        boolean scalesInside = c.chance(50);
        if (!scalesInside) {
            scales.forEach(this::scaleDecl);
        }
        int unitCount = c.between(1, 10);
        for (int i = 0; i < unitCount; i++) {
            units.add(newUnit(i));
        }
        assignScales();
        // where each unit is declared: at the top, in the qualification, or in its group
        int[] where = new int[unitCount];
        for (int i = 0; i < unitCount; i++) {
            where[i] = c.below(3);
        }
        for (int i = 0; i < unitCount; i++) {
            if (where[i] == 0) {
                unitDecl(units.get(i));
            }
        }
        qualification(where, plannedGroups(), scalesInside);
    }

    private void framework() {
        int kind = c.below(6);
        switch (kind) {
            case 0:
            case 1:
                frameworkName = "RQF";
                levels = RQF;
                break;
            case 2:
                frameworkName = "SCQF";
                levels = numbered(12);
                break;
            case 3:
                frameworkName = c.oneOf("QCF", "CQFW", "EQF");
                levels = frameworkName.equals("EQF") ? numbered(8) : RQF;
                break;
            case 4: {
                frameworkName = c.oneOf("ipla", "credit-levels", "fw-1");
                levels = c.oneOf(List.of("introductory", "advanced"), List.of("foundation", "intermediate", "higher"),
                        List.of("basic"));
                open("framework " + frameworkName + optionalTitle());
                line("levels " + String.join(c.chance(50) ? ", " : " < ", levels));
                close();
                break;
            }
            default:
                frameworkName = null;
                levels = RQF;
        }
    }

    private static List<String> numbered(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(String.valueOf(i));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------- scales

    private Scale newScale() {
        String name = c.oneOf("pf", "pass-fail", "nyp", "pmd", "nlsh", "rubric", "grades") + (scales.size() + 1);
        return switch (c.below(5)) {
            case 0 -> new Scale(name, List.of("Fail", "Pass"), false);
            case 1 -> new Scale(name, List.of("Not yet passed", "Pass"), false);
            case 2 -> new Scale(name, List.of("P", "M", "D"), false);
            case 3 -> new Scale(name, List.of("N", "L", "S", "H"), true);
            default -> new Scale(name, List.of("Does not meet", "Approaches", "Meets", "Exceeds"), true);
        };
    }

    private void scaleDecl(Scale s) {
        List<String> labels = s.labels();
        open("scale " + s.name() + optionalTitle());
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                row.append(" < ");
            }
            row.append(label(labels.get(i)));
            if (c.chance(20)) {
                row.append(' ').append(text());
            }
        }
        if (c.chance(MISTAKE)) {
            row.append(" < ").append(label(labels.get(0))); // a label twice: a mistake
        }
        line(row.toString());
        if (s.rated() || c.chance(20)) {
            line("default " + label(c.chance(MISTAKE) ? "Nope" : labels.get(0)));
        }
        int pass = labels.size() == 2 ? 1 : labels.size() - 2;
        switch (c.below(c.chance(MISTAKE) ? 4 : 3)) {
            case 0:
                line("achieved " + label(labels.get(pass)) + (labels.size() > 2 ? " or above" : ""));
                break;
            case 1:
                line("achieved " + label(labels.get(pass)) + " or above");
                break;
            case 2: {
                List<String> list = new ArrayList<>();
                for (int i = pass; i < labels.size(); i++) {
                    list.add(label(labels.get(i)));
                }
                line("achieved " + String.join(", ", list));
                break;
            }
            default:
                break; // no `achieved`: a mistake
        }
        close();
    }

    private Scale scale(boolean rated) {
        List<Scale> fitting = scales.stream().filter(s -> s.rated() == rated).toList();
        return fitting.isEmpty() ? null : c.oneOf(fitting);
    }

    // ------------------------------------------------------------------------------------------- units

    private Unit newUnit(int i) {
        String ref = switch (c.below(7)) {
            case 0 -> "U" + (i + 1);
            case 1 -> "4427-" + (450 + i);
            case 2 -> "R/506/" + (4854 + i);
            case 3 -> String.valueOf(40 + i);
            case 4 -> "M" + (i + 1);
            case 5 -> "\"H5NA 0" + i + "\"";
            default -> "1." + (i + 1);
        };
        if (i > 0 && c.chance(1)) {
            ref = units.get(0).ref(); // declared twice: a mistake
        }
        Integer credit = c.chance(10) ? null : c.oneOf(3, 1, 2, 4, 5, 6, 10, 15);
        String level = c.chance(30) || frameworkName == null && !c.chance(MISTAKE) ? null : c.oneOf(levels);
        return new Unit(ref, credit, level, null, null, 0);
    }

    private void assignScales() {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            Scale grading = c.chance(40) ? scale(false) : null;
            Scale criterion = c.chance(30) ? scale(true) : null;
            int criteria = criterion != null || c.chance(20) ? c.between(0, 5) : 0;
            units.set(i, new Unit(u.ref(), u.credit(), u.level(), grading, criterion, criteria));
        }
    }

    private void unitDecl(Unit u) {
        String kind = c.oneOf("unit", "unit", "module", "competency");
        String head = kind + " " + u.ref() + " " + text();
        boolean block = u.credit() != null || u.level() != null || u.grading() != null || u.criterion() != null
                || u.criteria() > 0 || c.chance(30);
        if (!block) {
            line(head);
            return;
        }
        open(head);
        if (c.chance(15)) {
            line("number " + c.oneOf("203", "\"H5NA 04\"", "A/601/1234") + (c.chance(50) ? " " + text() : ""));
        }
        if (u.level() != null) {
            line("level " + (c.chance(MISTAKE) ? "99" : u.level()));
        }
        if (u.credit() != null) {
            line("credit " + (c.chance(MISTAKE) ? c.oneOf("0", "2.5", "-") : String.valueOf(u.credit())));
        }
        if (c.chance(20)) {
            int glh = c.between(1, 60);
            line("glh " + glh);
            if (c.chance(50)) {
                line("tqt " + (c.chance(90) ? glh + c.below(40) : glh - 1));
            }
        }
        if (c.chance(15)) {
            prose("overview");
        }
        if (u.grading() != null) {
            line("grading scale " + (c.chance(MISTAKE) ? "nosuch" : u.grading().name()));
        }
        criteria(u);
        if (c.chance(10)) {
            line("knowledge " + c.oneOf("a", "k1", "2") + " " + text());
        }
        if (c.chance(8)) {
            line("date " + c.oneOf("start", "review") + " "
                    + c.oneOf("2014-11-01", "\"See the catalogue\"", "2014-13-01"));
        }
        close();
    }

    private void criteria(Unit u) {
        if (u.criteria() == 0) {
            if (u.criterion() != null) {
                line("criterion scale " + u.criterion().name());
            }
            return;
        }
        boolean outcomes = c.chance(50);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= u.criteria(); i++) {
            ids.add(outcomes ? "1." + i : c.chance(50) ? String.valueOf(i) : "c" + i);
        }
        if (c.chance(MISTAKE) && ids.size() > 1) {
            ids.set(1, ids.get(0)); // the same id twice: a mistake
        }
        if (outcomes) {
            open(c.oneOf("learning", "performance") + " outcome 1 " + text());
        }
        for (String id : ids) {
            if (c.chance(10)) {
                open("criterion " + id + " " + text());
                prose(c.oneOf("guidance", "evidence"));
                close();
            } else {
                line("criterion " + id + " " + text());
            }
        }
        if (outcomes) {
            close();
        }
        if (u.criterion() != null) {
            line("criterion scale " + u.criterion().name());
            List<String> labels = u.criterion().labels();
            String pass = labels.get(labels.size() - 2);
            if (c.chance(80)) {
                line("achieved when " + criterionCondition(labels, pass));
            }
            if (c.chance(40)) {
                line("grade " + c.oneOf("Advanced", "Distinction", "\"With merit\"") + " when "
                        + criterionCondition(labels, labels.get(labels.size() - 1)));
                line("grade " + c.oneOf("Introductory", "Pass") + " otherwise");
            }
        } else if (c.chance(2)) {
            line("achieved when every criterion at S or above"); // no criterion scale: a mistake
        }
    }

    private String criterionCondition(List<String> labels, String pass) {
        String one = switch (c.below(4)) {
            case 0 -> "every criterion at " + label(pass) + " or above";
            case 1 -> "every criterion at " + label(pass);
            case 2 -> "at least " + c.between(0, 5) + " criteria at " + label(pass) + " or above";
            default -> "at least " + c.oneOf("50", "100", "0", "33.3") + "% of criteria at " + label(pass)
                    + c.oneOf(" or above", " or below", "");
        };
        return c.chance(15) ? one + " and every criterion at " + label(labels.get(0)) + " or above" : one;
    }

    // ------------------------------------------------------------------------------------------- groups

    /** Group names, and which units each holds: units declared in a group belong to it. */
    private List<String> plannedGroups() {
        int count = c.between(1, 4);
        List<String> names = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            String name = c.oneOf("A", "B", "C", "core", "optional", "group-" + (g + 1), "O" + g);
            if (names.contains(name)) {
                name = name + g;
            }
            names.add(name);
            groups.put(name, new ArrayList<>());
        }
        for (int i = 0; i < units.size(); i++) {
            String g = names.get(c.below(names.size()));
            groups.get(g).add(units.get(i).ref());
            if (c.chance(8) && names.size() > 1) {
                String other = names.get((names.indexOf(g) + 1 + c.below(names.size() - 1)) % names.size());
                groups.get(other).add(units.get(i).ref()); // in two groups: a warning
            }
        }
        return names;
    }

    private void groupDecl(String name, int[] where, boolean union) {
        open("group " + name + (c.chance(15) ? "" : " " + text()));
        if (c.chance(10)) {
            prose("overview");
        }
        List<String> members = groups.get(name);
        List<String> listed = new ArrayList<>();
        for (String ref : members) {
            int i = indexOf(ref);
            if (i >= 0 && where[i] == 2 && !declaredInGroup[i]) {
                declaredInGroup[i] = true;
                unitDecl(units.get(i));
            } else if (c.chance(20)) {
                line(c.oneOf("unit", "module") + " " + ref);
            } else {
                listed.add(ref);
            }
        }
        if (c.chance(MISTAKE)) {
            listed.add(c.oneOf("U99", "4427-999", "nosuch")); // an unknown unit
        }
        if (!listed.isEmpty()) {
            line("units " + join(listed));
        }
        if (union) {
            List<String> others = groups.keySet().stream().filter(g -> !g.equals(name)).toList();
            if (!others.isEmpty()) {
                line("groups " + join(others.subList(0, 1 + c.below(others.size()))));
            }
        }
        if (c.chance(10)) {
            int total = members.stream().mapToInt(r -> creditOf(r)).sum();
            line("credit " + (c.chance(70) ? Math.max(1, total) : total + 1));
        }
        close();
    }

    private boolean[] declaredInGroup;

    private int indexOf(String ref) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).ref().equals(ref)) {
                return i;
            }
        }
        return -1;
    }

    private int creditOf(String ref) {
        int i = indexOf(ref);
        return i < 0 || units.get(i).credit() == null ? 0 : units.get(i).credit();
    }

    // ------------------------------------------------------------------------------------------- qualification

    private void qualification(int[] where, List<String> groupNames, boolean scalesInside) {
        String id = c.chance(MISTAKE) ? "601/4768/4" : c.oneOf("award", "svq-customer-service", "q1", "4427-20");
        open("qualification " + id + (c.chance(MISTAKE) ? "" : " " + text()));
        if (!c.chance(30)) {
            line("awarding body " + text());
        }
        List<String> numbers = List.of("601/4768/4", "4427-20", "\"GL7R 45\"", "60147684");
        for (int i = 0, n = c.below(3), first = c.below(numbers.size()); i < n; i++) {
            line("number " + (i == 0 && c.chance(40) ? "regulator " : "") + numbers.get((first + i) % numbers.size())
                    + (c.chance(50) ? " " + text() : ""));
        }
        if (frameworkName != null) {
            line("framework " + (c.chance(MISTAKE) ? "NOPE" : frameworkName));
        }
        if (c.chance(60) && (frameworkName != null || c.chance(MISTAKE))) {
            qualificationLevel = c.oneOf(levels);
            line("level " + qualificationLevel);
        }
        if (c.chance(25)) {
            line("size " + c.oneOf("award", "certificate", "diploma", "\"extended diploma\""));
        }
        if (c.chance(25)) {
            int tqt = c.oneOf(60, 120, 150, 370);
            line("tqt " + tqt);
            if (c.chance(60)) {
                line("glh " + (c.chance(80) ? tqt - c.below(tqt) : tqt + 1));
            }
            if (c.chance(50)) {
                line("credit " + (c.chance(80) ? tqt / 10 : tqt / 10 + 1));
            }
        } else if (c.chance(10)) {
            line("glh " + c.between(1, 300) + " to " + c.between(1, 500));
        }
        if (c.chance(15)) {
            line("date " + c.oneOf("start", "last-registration", "review") + " "
                    + (c.chance(MISTAKE) ? "2014-02-30" : c.oneOf("2014-11-01", "\"See Online Catalogue\"")));
        }
        if (c.chance(20)) {
            prose(c.oneOf("aims", "progression", "assessment", "delivery", "overview"));
        }
        if (c.chance(10)) {
            line("entry requirements " + text());
        }
        if (c.chance(10)) {
            open("section " + text());
            line(text());
            close();
        }
        for (int i = 0; i < units.size(); i++) {
            if (where[i] == 1) {
                unitDecl(units.get(i));
            }
        }
        if (scalesInside) {
            scales.forEach(this::scaleDecl);
        }
        declaredInGroup = new boolean[units.size()];
        for (int g = 0; g < groupNames.size(); g++) {
            groupDecl(groupNames.get(g), where, g == groupNames.size() - 1 && groupNames.size() > 1 && c.chance(25));
        }
        // units meant for a group that lists none of them are declared here
        for (int i = 0; i < units.size(); i++) {
            if (where[i] == 2 && !declaredInGroup[i]) {
                unitDecl(units.get(i));
            }
        }
        if (!c.chance(MISTAKE)) {
            rules(groupNames);
        }
        for (int i = 0, n = c.chance(15) ? c.between(1, 2) : 0; i < n; i++) {
            String kind = c.oneOf("pathway", "endorsement");
            open(kind + " " + c.oneOf("p", "dementia", "accounting") + (i + 1) + " " + text());
            if (c.chance(20)) {
                line("number 4222-2" + i + " " + text());
            }
            for (int r = 0, m = c.between(1, 2); r < m; r++) {
                line(rule(groupNames));
            }
            close();
        }
        for (int i = 0, n = c.chance(6) ? c.between(1, 2) : 0; i < n; i++) {
            // what a learner must hold beside the units: a prerequisite qualification, a co-requisite component
            line(c.chance(50) ? "requires qualification prior-" + i + " " + text()
                    : "requires component skill-" + i + " " + text() + (levels != null && c.chance(70)
                            ? " at level " + c.oneOf(levels) + direction() : ""));
        }
        if (c.chance(70)) {
            grading();
        }
        close();
    }

    // ------------------------------------------------------------------------------------------- rules

    private void rules(List<String> groupNames) {
        open("rules");
        List<String> labels = new ArrayList<>();
        for (int i = 0, n = c.between(1, 5); i < n; i++) {
            String rule = rule(groupNames);
            if (c.chance(25)) {
                String label = c.oneOf("core", "minimum", "group-a", "r" + i, "options");
                if (labels.contains(label) && c.chance(80)) {
                    label = label + i;
                }
                labels.add(label);
                rule = label + ": " + rule;
            }
            line(rule);
        }
        if (c.chance(8) && levels != null && levels.size() > 1) {
            // a unit ordering gate: `units at level 5 count only after 90 credits at level 4`
            int at = 1 + c.below(levels.size() - 1);
            String after = c.chance(MISTAKE) ? levels.get(at) : levels.get(c.below(at));
            line("units at level " + levels.get(at) + (c.chance(30) ? " or above" : "") + " count only after "
                    + c.between(1, Math.max(1, totalCredits())) + " credits at level " + after
                    + (c.chance(30) ? " or below" : ""));
        }
        close();
    }

    private String rule(List<String> groupNames) {
        String group = c.oneOf(groupNames);
        switch (c.below(10)) {
            case 0:
            case 1:
                return "all units from group " + group + including(groups.get(group));
            case 2:
                if (units.size() > 1 || c.chance(MISTAKE)) {
                    return c.oneOf("barred units ", "equivalent units ", "barred ", "equivalent unit ")
                            + join(distinctRefs(2 + c.below(2)));
                }
                return "at least 1 unit in total";
            case 3:
                return "at least " + c.between(1, Math.max(1, units.size())) + " units in total";
            case 4: {
                String scope = c.oneOf("in total", "from group " + group, "at level " + level() + direction()
                        + " in total", "at qualification level or above");
                if (scope.contains("qualification level") && qualificationLevel == null && !c.chance(MISTAKE)) {
                    scope = "in total";
                }
                if (!scope.equals("in total") && !scope.startsWith("from") && !c.chance(MISTAKE)
                        && units.stream().anyMatch(u -> u.level() == null)) {
                    scope = "in total"; // a level rule needs every unit's level
                }
                List<String> pool = scope.startsWith("from") ? groups.get(group)
                        : units.stream().map(Unit::ref).toList();
                if (!credited(pool) && !c.chance(MISTAKE)) {
                    return "at least " + c.between(1, Math.max(1, units.size())) + " units in total";
                }
                return c.oneOf("at least ", "", "at most ") + credits(totalCredits()) + " credits " + scope;
            }
            default:
                return amountRule(groupNames, group);
        }
    }

    private String amountRule(List<String> groupNames, String group) {
        // the rule's pool first: which units it takes from
        List<String> pool = new ArrayList<>();
        String scope;
        switch (c.below(5)) {
            case 0: {
                List<String> some = groupNames.subList(0, 1 + c.below(groupNames.size()));
                some.forEach(g -> pool.addAll(groups.get(g)));
                scope = " from groups " + join(some);
                break;
            }
            case 1: {
                List<String> some = groupNames.subList(0, 1 + c.below(groupNames.size()));
                some.forEach(g -> pool.addAll(groups.get(g)));
                scope = " from " + c.oneOf("any of", "each of") + " groups " + join(some);
                break;
            }
            case 2: {
                pool.addAll(distinctRefs(1 + c.below(3)));
                scope = " from units " + join(pool);
                break;
            }
            default:
                pool.addAll(groups.get(group));
                scope = " from group " + (c.chance(MISTAKE) ? "Nope" : group);
        }
        int distinct = (int) pool.stream().distinct().count();
        boolean byUnits = !c.chance(25) || !credited(pool) && !c.chance(MISTAKE);
        int n = byUnits ? c.between(1, Math.max(1, distinct))
                : Math.max(1, credits(pool.stream().distinct().mapToInt(this::creditOf).sum()));
        if (c.chance(MISTAKE)) {
            n = (byUnits ? distinct : n) + 1 + c.below(3); // more than the pool has: a mistake
        }
        StringBuilder r = new StringBuilder();
        int bound = c.below(6);
        boolean range = bound >= 3 && c.chance(15);
        switch (bound) {
            case 0:
                r.append("at least ");
                break;
            case 1:
                r.append("at most ");
                break;
            case 2:
                r.append("exactly ");
                break;
            default:
                break;
        }
        r.append(n);
        if (range) {
            r.append(" to ").append(c.chance(MISTAKE) ? n - 1 : n + c.below(3));
        }
        if (c.chance(10)) {
            r.append(" further");
        }
        String measure = byUnits ? "unit" : "credit";
        r.append(' ').append(measure).append(n == 1 && c.chance(70) ? "" : "s");
        if (c.chance(8)) {
            r.append(" and at least ").append(c.between(1, 3)).append(byUnits ? " credits" : " units");
        }
        boolean atLevel = c.chance(8) && (pool.stream().allMatch(this::hasLevel) || c.chance(MISTAKE));
        if (atLevel) {
            r.append(" at level ").append(level()).append(direction());
        }
        r.append(scope);
        if (bound != 1 && !atLevel) {
            r.append(including(pool));
        }
        if (c.chance(6)) {
            r.append(" shared");
        }
        return r.toString();
    }

    /** Sometimes, `including` a unit of the rule's pool (or, rarely, one outside it). */
    private String including(List<String> pool) {
        if (!c.chance(12)) {
            return "";
        }
        List<String> from = pool.isEmpty() || c.chance(MISTAKE) ? units.stream().map(Unit::ref).toList() : pool;
        return c.chance(70) ? " including " + c.oneOf(from)
                : " including one of " + c.oneOf(from) + ", " + c.oneOf(from);
    }

    /** {@code n} different units of the qualification (fewer if it has fewer), or now and then an unknown one. */
    private List<String> distinctRefs(int n) {
        List<String> all = new ArrayList<>(units.stream().map(Unit::ref).distinct().toList());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !all.isEmpty(); i++) {
            out.add(c.chance(MISTAKE) ? "U404" : all.remove(c.below(all.size())));
        }
        return out;
    }

    private boolean credited(List<String> pool) {
        return pool.stream().allMatch(r -> indexOf(r) >= 0 && units.get(indexOf(r)).credit() != null);
    }

    private boolean hasLevel(String ref) {
        return indexOf(ref) >= 0 && units.get(indexOf(ref)).level() != null;
    }

    private int totalCredits() {
        return units.stream().mapToInt(u -> u.credit() == null ? 0 : u.credit()).sum();
    }

    private int credits(int available) {
        return c.chance(MISTAKE) ? available + 1 + c.below(10) : c.between(1, Math.max(1, available));
    }

    private String level() {
        return c.chance(2) ? "99" : c.oneOf(levels);
    }

    private String direction() {
        return c.oneOf("", " or above", " or below");
    }

    // ------------------------------------------------------------------------------------------- grading

    private void grading() {
        open("grading");
        switch (c.below(5)) {
            case 0:
                line("no overall grade");
                break;
            case 1:
                line("grade Pass otherwise");
                break;
            case 2: {
                Scale s = units.stream().map(Unit::grading).filter(x -> x != null && x.labels().size() > 2)
                        .findFirst().orElse(null);
                if (s == null && !c.chance(MISTAKE)) {
                    line("grade Pass otherwise");
                    break;
                }
                List<String> labels = s == null ? List.of("P", "M", "D") : s.labels();
                open("points per " + c.oneOf("credit", "unit"));
                StringBuilder row = new StringBuilder(c.chance(30) ? "level " + level() + ": " : "");
                for (int i = 0; i < labels.size(); i++) {
                    row.append(i == 0 ? "" : ", ").append(label(labels.get(i))).append(' ').append(7 + i);
                }
                line(row.toString());
                close();
                int top = 9 * Math.max(1, totalCredits());
                line("grade " + c.oneOf("DDD", "Distinction") + " from " + top + " points");
                line("grade " + c.oneOf("MMM", "Merit") + " from " + (c.chance(90) ? top / 2 : top + 1) + " points");
                line("grade PPP from 0 points");
                break;
            }
            case 3: {
                Scale s = units.stream().map(Unit::grading).filter(x -> x != null).findFirst().orElse(null);
                if (s == null && !c.chance(MISTAKE)) {
                    line("no overall grade");
                    break;
                }
                String best = s == null ? "Merit" : s.labels().get(s.labels().size() - 1);
                String cond = switch (c.below(4)) {
                    case 0 -> "every unit graded " + label(best);
                    case 1 -> "every unit graded " + label(best) + " or above";
                    case 2 -> "at least " + c.between(1, 3) + " units graded " + label(best) + " or above";
                    default -> "at least " + c.oneOf("50", "100") + "% of units graded " + label(best);
                };
                line("grade " + c.oneOf("Advanced", "Distinction") + " when " + cond
                        + (c.chance(10) ? " and at least 10 points" : ""));
                line("grade " + c.oneOf("Introductory", "Pass") + " otherwise");
                break;
            }
            default:
                break; // an empty grading block
        }
        close();
    }

    // ------------------------------------------------------------------------------------------- words

    private String optionalTitle() {
        return c.chance(70) ? " " + text() : "";
    }

    private void prose(String keyword) {
        if (c.chance(50)) {
            line(keyword + " " + text());
            return;
        }
        open(keyword);
        for (int i = 0, n = c.between(1, 3); i < n; i++) {
            line((c.chance(50) ? "- " : "") + text());
        }
        close();
    }

    /** Text in quotes, a few words long, with an escape or a line break now and then. */
    private String text() {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = c.between(1, 6); i < n; i++) {
            if (i > 0) {
                s.append(c.chance(5) ? "\n    " : " ");
            }
            s.append(WORDS[c.below(WORDS.length)]);
        }
        if (c.chance(5)) {
            s.append(" \"quoted\" and \\ slash");
        }
        return quote(s.toString());
    }

    /** A scale label: bare when it is one word, in quotes otherwise. */
    private static String label(String label) {
        return label.matches("[A-Za-z_][A-Za-z0-9_]*") && !SpecMutator.KEYWORDS.contains(label) ? label
                : quote(label);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private String join(List<String> items) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                s.append(i == items.size() - 1 && c.chance(30) ? " and " : ", ");
            }
            s.append(items.get(i));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------------------------------- layout

    private void open(String header) {
        line(header + " {");
        indent++;
    }

    private void close() {
        indent--;
        line("}");
    }

    private void line(String s) {
        String pad = "  ".repeat(Math.max(0, indent));
        if (comments > 0 && c.chance(comments)) {
            String comment = c.oneOf("// a note", "/* a block */", "/* over\n   two lines */", "// \"quoted\" {");
            if (oneLine) {
                out.append(comment.startsWith("//") ? "/* a note */" : comment).append(' ');
            } else {
                out.append(pad).append(comment).append('\n');
            }
        }
        if (oneLine) {
            out.append(s).append(' ');
        } else {
            out.append(pad).append(s).append('\n');
        }
    }
}
