package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.Group;
import org.qdl.model.Range;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.GroupMember;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.UnitEntry;

/** Resolves what each group contains (unions flattened, cycles reported) and builds the model groups. */
final class GroupResolver {
    private final Env env;
    private final Map<String, List<String>> direct = new LinkedHashMap<>();
    private final Map<String, List<Name>> memberGroups = new LinkedHashMap<>();
    /** Where each group lists each of its units, for messages. */
    private final Map<String, Map<String, Name>> listings = new LinkedHashMap<>();
    /** What each group holds, once known for good (no cycle below it): each group is flattened once. */
    private final Map<String, List<String>> flattened = new java.util.HashMap<>();
    /** Cycles already reported, each as the set of its groups. */
    private final Set<Set<String>> cycles = new HashSet<>();

    GroupResolver(Env env) {
        this.env = env;
        Map<GroupDecl, List<GroupMember.LibraryUnits>> libraries = new LinkedHashMap<>();
        for (GroupDecl g : env.decls.groups.values()) {
            Set<String> units = new LinkedHashSet<>();
            List<Name> groups = new ArrayList<>();
            for (GroupMember m : g.members()) {
                if (m instanceof GroupMember.LibraryUnits l) {
                    libraries.computeIfAbsent(g, k -> new ArrayList<>()).add(l);
                } else if (m instanceof UnitEntry u) {
                    resolveUnit(u.ref(), g, units);
                } else if (m instanceof GroupMember.UnitList l) {
                    l.units().forEach(ref -> resolveUnit(ref, g, units));
                } else if (m instanceof GroupMember.GroupList l) {
                    for (Name n : l.groups()) {
                        if (env.decls.groups.containsKey(n.text())) {
                            groups.add(n);
                        } else {
                            unknownGroup(env, n);
                        }
                    }
                }
            }
            direct.put(g.name().text(), new ArrayList<>(units));
            memberGroups.put(g.name().text(), groups);
        }
        if (!libraries.isEmpty()) {
            Set<String> listed = listedByTheQualification();
            libraries.forEach((g, ls) -> {
                List<String> units = direct.get(g.name().text());
                for (GroupMember.LibraryUnits l : ls) {
                    for (String ref : LibraryUnits.of(env, g, l, listed)) {
                        if (!units.contains(ref)) {
                            units.add(ref);
                            listings.computeIfAbsent(g.name().text(), k -> new LinkedHashMap<>()).put(ref,
                                    env.decls.units.get(ref).ref());
                        }
                    }
                }
            });
        }
        for (String name : direct.keySet()) {
            env.groupUnits.put(name, flatten(name));
        }
    }

    /**
     * The units the qualification lists itself: those declared or named in its own file, in its own groups or
     * its body. A group of a library's units (`any unit at level 3 in "btec-units.qdl"`) takes the others: "other
     * Level 3 BTEC units", units "from elsewhere".
     */
    private Set<String> listedByTheQualification() {
        Set<String> listed = new LinkedHashSet<>(env.decls.mainUnits);
        env.decls.qualificationUnitRefs.forEach(r -> listed.add(r.ref().text()));
        for (GroupDecl g : env.decls.groups.values()) {
            if (env.decls.mainGroups.contains(g.name().text())) {
                listed.addAll(direct.get(g.name().text()));
            }
        }
        return listed;
    }

    /** A unit name that is not a declared unit, said the way the contract shows it. */
    static void unknownUnit(Env env, Name ref, String where) {
        Diagnostic d = Diagnostic.of(Code.Q0102, ref.span(), "unknown unit `" + ref.text() + "`" + where)
                .withLabel(env.decls.qualification.isPresent() ? "not declared in this qualification"
                        : "not declared in this file or the files it imports");
        env.out.add(DidYouMean.question(ref.text(), env.decls.units.keySet()).map(d::withHelp)
                .orElse(d.withHelp("declare it with `unit " + ref.text() + " \"Title\" { ... }`, or import the file that does")));
    }

    static void unknownGroup(Env env, Name name) {
        Diagnostic d = Diagnostic.of(Code.Q0104, name.span(), "unknown group `" + name.text() + "`")
                .withLabel("not declared");
        env.out.add(DidYouMean.question(name.text(), env.decls.groups.keySet()).map(d::withHelp)
                .orElse(d.withHelp("declare it with `group " + name.text() + " \"Title\" { units ... }`")));
    }

    private void resolveUnit(Name ref, GroupDecl g, Set<String> units) {
        if (!env.decls.units.containsKey(ref.text())) {
            unknownUnit(env, ref, " in group `" + g.name().text() + "`");
            return;
        }
        if (units.contains(ref.text())) {
            env.out.add(Diagnostic.of(Code.Q0101, ref.span(), "unit `" + ref.text() + "` is listed twice in group `"
                    + g.name().text() + "`").withLabel("listed again"));
            return;
        }
        units.add(ref.text());
        listings.computeIfAbsent(g.name().text(), k -> new LinkedHashMap<>()).put(ref.text(), ref);
    }

    /** Where a group lists a unit (or declares it inside itself). */
    Name listing(String group, String unit) {
        return listings.get(group).get(unit);
    }

    /**
     * The units of a group and of the groups it contains, in order, with cycles reported (once each). Iterative, so
     * that a chain of thousands of groups, each containing the next, cannot overflow the stack.
     */
    private List<String> flatten(String root) {
        /** A group being flattened: what it holds so far and which of its member groups comes next. */
        final class Frame {
            final String group;
            final Set<String> out;
            int next;
            /** Whether a cycle was met below this group, which makes what it holds depend on where we came from. */
            boolean cyclic;

            Frame(String group) {
                this.group = group;
                this.out = new LinkedHashSet<>(direct.get(group));
            }
        }
        java.util.ArrayDeque<Frame> frames = new java.util.ArrayDeque<>();
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        frames.push(new Frame(root));
        path.add(root);
        onPath.add(root);
        while (true) {
            Frame f = frames.peek();
            List<Name> members = memberGroups.get(f.group);
            if (f.next < members.size()) {
                Name member = members.get(f.next++);
                if (onPath.contains(member.text())) {
                    cycle(f.group, member, path);
                    f.cyclic = true;
                } else if (flattened.containsKey(member.text())) {
                    f.out.addAll(flattened.get(member.text()));
                } else {
                    frames.push(new Frame(member.text()));
                    path.add(member.text());
                    onPath.add(member.text());
                }
                continue;
            }
            frames.pop();
            onPath.remove(path.remove(path.size() - 1));
            List<String> units = new ArrayList<>(f.out);
            if (!f.cyclic) {
                flattened.put(f.group, units);
            }
            if (frames.isEmpty()) {
                return units;
            }
            frames.peek().out.addAll(units);
            frames.peek().cyclic |= f.cyclic;
        }
    }

    private void cycle(String group, Name member, List<String> path) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(member.text()), path.size()));
        if (cycles.add(new HashSet<>(cycle))) {
            cycle.add(member.text());
            String message = cycle.size() == 2 ? "group `" + group + "` contains itself"
                    : "groups contain each other in a cycle: " + String.join(" → ", cycle.stream()
                            .map(g -> "`" + g + "`").toList());
            env.out.add(Diagnostic.of(Code.Q0118, member.span(), message).withLabel("closes the cycle")
                    .withHelp("a group may contain other groups, but not one that contains it"));
        }
    }

    /** Groups directly listing each unit, for the model and the two-groups warning. */
    Map<String, List<String>> directGroupsOfUnits() {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        direct.forEach((g, units) -> units.forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(g)));
        return byUnit;
    }

    Group build(GroupDecl g) {
        Block block = new Block(g.members().stream().filter(m -> m instanceof Attribute).map(m -> (Attribute) m)
                .toList(), Block.Context.GROUP, env.out);
        Optional<String> title = g.title().map(t -> t.value());
        Optional<Attribute.Title> titleAttr = block.one(Attribute.Title.class);
        if (titleAttr.isPresent()) {
            if (title.isPresent()) {
                env.out.add(Diagnostic.of(Code.Q0114, titleAttr.get().span(), "group `" + g.name().text()
                        + "` has a title already").withNote(g.title().get().span(), "title given here"));
            } else {
                title = Optional.of(titleAttr.get().text().value());
            }
        }
        String name = g.name().text();
        Optional<Range> declared = Values.quantity(block.quantity(Attribute.QuantityKind.CREDIT), env.out);
        List<String> units = env.groupUnits.get(name);
        if (declared.isPresent() && !units.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (String u : units) {
                Optional<BigDecimal> c = Optional.ofNullable(env.units.get(u)).flatMap(x -> x.credit());
                complete &= c.isPresent();
                sum = sum.add(c.orElse(BigDecimal.ZERO));
            }
            if (complete && (sum.compareTo(declared.get().min()) < 0 || sum.compareTo(declared.get().max()) > 0)) {
                env.out.add(Diagnostic.of(Code.Q0204, block.quantity(Attribute.QuantityKind.CREDIT).get().span(),
                        "group `" + name + "` says its units have " + declared.get() + " credits, but they add up to "
                                + sum.toPlainString())
                        .withLabel("declared total")
                        .withHelp("correct the total, or the credit of one of its " + units.size() + " units"));
            }
        }
        return new Group(name, title, units, direct.get(name),
                memberGroups.get(name).stream().map(Name::text).toList(), declared.map(Range::min),
                Values.sections(block.all(Attribute.Section.class), env.out), g.span());
    }
}
