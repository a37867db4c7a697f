package org.qdl.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.DateEntry;
import org.qdl.model.Framework;
import org.qdl.model.Group;
import org.qdl.model.Grading;
import org.qdl.model.Level;
import org.qdl.model.Pathway;
import org.qdl.model.Qualification;
import org.qdl.model.Sites;
import org.qdl.model.Range;
import org.qdl.model.Requisite;
import org.qdl.model.Rule;
import org.qdl.model.Scale;
import org.qdl.model.Unit;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.ErrorNode;
import org.qdl.syntax.tree.FrameworkDecl;
import org.qdl.syntax.tree.GradingBlock;
import org.qdl.syntax.tree.GroupDecl;
import org.qdl.syntax.tree.PathwayDecl;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.QualificationMember;
import org.qdl.syntax.tree.RequiresDecl;
import org.qdl.syntax.tree.RuleNode;
import org.qdl.syntax.tree.RulesBlock;
import org.qdl.syntax.tree.ScaleDecl;
import org.qdl.syntax.tree.SpecFile;
import org.qdl.syntax.tree.UnitEntry;

/**
 * Checks parsed files and builds the checked qualification. Phases run in order — declarations, the
 * qualification's attributes, scales, groups, units, rules, grading — each adding diagnostics rather than
 * stopping; the whole-structure proof runs only when everything before it is clean, so one mistake is reported
 * once.
 */
final class Checker {
    private final Env env;
    private final QualificationDecl decl;

    private Checker(Env env, QualificationDecl decl) {
        this.env = env;
        this.decl = decl;
    }

    record Output(Optional<Qualification> qualification, List<Diagnostic> diagnostics, Sites sites) {
    }

    /**
     * Checks the files' trees, error nodes and all. {@code syntaxOk} is false when the files had syntax errors:
     * then what follows from them is left out, and so is the whole-structure proof, which needs every rule.
     */
    static Output check(List<SpecFile> files, boolean syntaxOk) {
        if (files.isEmpty()) {
            return new Output(Optional.empty(), List.of(), Sites.NONE);
        }
        Diagnostics out = new Diagnostics();
        Declarations decls = new Declarations(files, out);
        Env env = new Env(decls, out);
        Optional<Qualification> q = new Checker(env, decls.qualification.orElse(null)).run(syntaxOk);
        Consequences consequences = new Consequences(files, decls);
        List<Diagnostic> found = consequences.independent(out.all());
        boolean clean = syntaxOk && consequences.none() && !out.hasErrors();
        return new Output(clean ? q : Optional.empty(), found, new Sites(
                decls.qualification.map(d -> d.name().span()),
                decls.units.entrySet().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        e -> e.getValue().ref().span()))));
    }

    private Optional<Qualification> run(boolean syntaxOk) {
        Block header = decl == null ? null : new Block(attributes(decl), Block.Context.QUALIFICATION, env.out);
        if (header != null) {
            framework(header);
            env.qualificationLevel = header.one(Attribute.Level.class).flatMap(l -> Levels.resolve(env, l.level()));
        }
        for (ScaleDecl s : env.decls.scales.values()) {
            ScaleBuilder.build(s, env.out).ifPresent(scale -> env.scales.put(scale.name(), scale));
        }
        GroupResolver groups = new GroupResolver(env);
        Map<String, List<String>> directGroups = groups.directGroupsOfUnits();
        UnitBuilder units = new UnitBuilder(env);
        for (UnitEntry.UnitDecl u : env.decls.units.values()) {
            env.units.put(u.ref().text(), units.build(u, directGroups.getOrDefault(u.ref().text(), List.of())));
        }
        List<Group> modelGroups = new ArrayList<>();
        for (GroupDecl g : env.decls.groups.values()) {
            modelGroups.add(groups.build(g));
        }
        if (decl == null) {
            return Optional.empty();
        }

        RuleBuilder rules = new RuleBuilder(env);
        List<Rule> coreRules = new ArrayList<>();
        List<Pathway> pathways = new ArrayList<>();
        List<GradingBlock> gradingBlocks = new ArrayList<>();
        List<RequiresDecl> requires = new ArrayList<>();
        List<org.qdl.syntax.tree.GatewayBlock> gateways = new ArrayList<>();
        List<org.qdl.syntax.tree.AttemptsBlock> attemptsBlocks = new ArrayList<>();
        Map<String, PathwayDecl> pathwayNames = new java.util.HashMap<>();
        for (QualificationMember m : decl.members()) {
            if (m instanceof RequiresDecl r) {
                requires.add(r);
            } else if (m instanceof org.qdl.syntax.tree.GatewayBlock g) {
                gateways.add(g);
            } else if (m instanceof RulesBlock r) {
                coreRules.addAll(rules.build(withoutErrors(r.rules())));
            } else if (m instanceof PathwayDecl p) {
                PathwayDecl first = pathwayNames.putIfAbsent(p.name().text(), p);
                if (first != null) {
                    env.out.add(Diagnostic.of(Code.Q0112, p.name().span(), p.kind().word() + " `" + p.name().text()
                            + "` is declared twice").withNote(first.name().span(), "first declared here"));
                    continue;
                }
                pathways.add(pathway(p, rules));
            } else if (m instanceof GradingBlock g) {
                gradingBlocks.add(new GradingBlock(withoutErrors(g.items()), g.span()));
            } else if (m instanceof org.qdl.syntax.tree.AttemptsBlock a) {
                attemptsBlocks.add(new org.qdl.syntax.tree.AttemptsBlock(withoutErrors(a.items()), a.span()));
            }
        }

        Set<String> groupNames = new LinkedHashSet<>(env.decls.mainGroups);
        Set<String> unitRefs = new LinkedHashSet<>(env.decls.mainUnits);
        for (UnitEntry.UnitRef r : env.decls.qualificationUnitRefs) {
            if (env.decls.units.containsKey(r.ref().text())) {
                unitRefs.add(r.ref().text());
            } else {
                GroupResolver.unknownUnit(env, r.ref(), "");
            }
        }
        List<Rule> allRules = new ArrayList<>(coreRules);
        pathways.forEach(p -> allRules.addAll(p.rules()));
        for (Rule r : allRules) {
            if (r.scope().kind() != Rule.ScopeKind.UNITS && r.scope().kind() != Rule.ScopeKind.TOTAL) {
                groupNames.addAll(r.scope().names());
            }
        }
        for (String g : groupNames) {
            unitRefs.addAll(env.groupUnits.getOrDefault(g, List.of()));
        }
        for (Rule r : allRules) {
            unitRefs.addAll(r.pool());
        }
        List<Unit> qualificationUnits = unitRefs.stream().map(env.units::get).filter(u -> u != null).toList();
        List<Group> qualificationGroups = modelGroups.stream().filter(g -> groupNames.contains(g.name())).toList();
        twoGroups(qualificationGroups, directGroups, groups, allRules);
        Compensation.check(allRules, qualificationUnits, env.out);

        Set<String> grades = new LinkedHashSet<>();
        for (Unit u : qualificationUnits) {
            u.gradingScale().ifPresent(s -> grades.addAll(s.labelNames()));
            u.grades().forEach(g -> grades.add(g.grade()));
        }
        Grading grading = GradingBuilder.build(gradingBlocks, grades, qualificationUnits, env);
        Optional<GradingBlock.PointsTable> pointsTable = gradingBlocks.isEmpty() ? Optional.empty()
                : gradingBlocks.get(0).items().stream().filter(GradingBlock.PointsTable.class::isInstance)
                        .map(GradingBlock.PointsTable.class::cast).findFirst();
        for (int i = 0; i < pathways.size(); i++) {
            // a smaller qualification's own grading, with the qualification's points table when it has none
            Pathway p = pathways.get(i);
            GradingBlock own = smallerGradings.get(p.name());
            if (own != null) {
                Grading g = GradingBuilder.build(List.of(new GradingBlock(withoutErrors(own.items()), own.span())),
                        grades, qualificationUnits, env, pointsTable);
                pathways.set(i, new Pathway(p.name(), p.kind(), p.title(), p.rules(), p.sections(), p.numbers(),
                        p.span(), Optional.of(g)));
            }
        }
        List<Requisite> requisites = requisites(required(requires, gateways), unitRefs);
        for (Rule r : allRules) {
            // a rule on units graded so (`at least 105 credits graded Pass or above`) names a grade some unit has
            if (r instanceof Rule.Amounts a && a.graded().isPresent()) {
                Conditions.grade(a.graded().get().label(), a.graded().get().span(), grades, env.out);
            }
        }

        Set<String> scaleNames = new LinkedHashSet<>();
        for (Unit u : qualificationUnits) {
            u.gradingScale().ifPresent(s -> scaleNames.add(s.name()));
            u.criterionScale().ifPresent(s -> scaleNames.add(s.name()));
        }
        List<Scale> scales = scaleNames.stream().map(env.scales::get).toList();

        Qualification q = qualification(header, qualificationUnits, qualificationGroups, scales, coreRules, pathways,
                grading, requisites).withAttempts(AttemptsBuilder.build(attemptsBlocks, grades, env.out));
        if (header != null) {
            AttemptsBuilder.againstHeader(header.all(Attribute.Date.class), attemptsBlocks, env.out);
        }
        return Optional.of(q);
    }

    /** The members of a block that were read: its error nodes have been reported as syntax errors. */
    private static <T> List<T> withoutErrors(List<T> members) {
        return members.stream().filter(m -> !(m instanceof ErrorNode)).toList();
    }

    private static List<Attribute> attributes(QualificationDecl q) {
        List<Attribute> out = new ArrayList<>();
        for (QualificationMember m : q.members()) {
            if (m instanceof Attribute a) {
                out.add(a);
            }
        }
        return out;
    }

    private void framework(Block header) {
        Optional<Attribute.Framework> f = header.one(Attribute.Framework.class);
        if (f.isEmpty()) {
            // a broken line may have been the framework: its levels are not judged without it
            env.frameworkMissingReported |= decl.members().stream().anyMatch(m -> m instanceof ErrorNode e
                    && e.mayDeclare().contains(ErrorNode.Declares.FRAMEWORK));
            return;
        }
        String name = f.get().name().text();
        Framework builtIn = Frameworks.BUILT_IN.get(name);
        if (builtIn == null) {
            builtIn = Frameworks.BUILT_IN.get(name.toUpperCase(Locale.ROOT));
        }
        if (builtIn != null) {
            env.framework = Optional.of(builtIn);
            return;
        }
        FrameworkDecl declared = env.decls.frameworks.get(name);
        if (declared != null) {
            List<String> levels = new ArrayList<>();
            for (var l : declared.levels()) {
                if (levels.contains(l.text())) {
                    env.out.add(Diagnostic.of(Code.Q0211, l.span(), "level `" + l.text() + "` appears twice in framework `"
                            + name + "`").withLabel("repeated").withHelp("a framework lists each level once, lowest first"));
                } else {
                    levels.add(l.text());
                }
            }
            env.framework = Optional.of(new Framework(name, declared.title().map(t -> t.value()), levels, false));
            return;
        }
        List<String> known = new ArrayList<>(Frameworks.BUILT_IN.keySet());
        known.addAll(env.decls.frameworks.keySet());
        java.util.Collections.sort(known);
        env.frameworkMissingReported = true; // the levels cannot be resolved, and saying so again would repeat this
        Diagnostic d = Diagnostic.of(Code.Q0120, f.get().name().span(), "unknown framework `" + name + "`")
                .withLabel("not a framework QDL knows");
        env.out.add(DidYouMean.suggest(name, known).map(n -> d.withHelp("did you mean `" + n + "`?"))
                .orElse(d.withHelp("QDL knows " + String.join(", ", known)
                        + "; declare your own with `framework NAME { levels ... }`")));
    }

    /** By smaller qualification: its own `grading` block, built once the grades of the units are known. */
    private final Map<String, GradingBlock> smallerGradings = new java.util.HashMap<>();

    private Pathway pathway(PathwayDecl p, RuleBuilder rules) {
        List<RuleNode> nodes = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        withoutErrors(p.members()).forEach(m -> {
            if (m instanceof RuleNode r) {
                nodes.add(r);
            } else if (m instanceof GradingBlock g) {
                if (p.kind() != PathwayDecl.Kind.SMALLER) {
                    // a pathway or endorsement is graded as the qualification is: it has no grade of its own
                    env.out.add(Diagnostic.of(Code.Q0174, g.span(), "a " + p.kind().word() + " has no grading of its "
                            + "own").withLabel("graded by the qualification's grading")
                            .withHelp("move the grades to the qualification's `grading`; only a `smaller qualification` "
                                    + "of a suite is graded apart"));
                } else {
                    GradingBlock first = smallerGradings.putIfAbsent(p.name().text(), g);
                    if (first != null) {
                        env.out.add(Diagnostic.of(Code.Q0114, g.span(), "smaller qualification `" + p.name().text()
                                + "` has two `grading` blocks").withLabel("second").withNote(first.span(), "first")
                                .withHelp("merge them into one"));
                    }
                }
            } else {
                attributes.add((Attribute) m);
            }
        });
        Block block = new Block(attributes, Block.Context.PATHWAY, env.out);
        Pathway.Kind kind = switch (p.kind()) {
            case PATHWAY -> Pathway.Kind.PATHWAY;
            case ENDORSEMENT -> Pathway.Kind.ENDORSEMENT;
            case SMALLER -> Pathway.Kind.SMALLER;
        };
        return new Pathway(p.name().text(), kind, p.title().value(), rules.build(nodes),
                Values.sections(block.all(Attribute.Section.class), env.out),
                Values.identifiers(block.all(Attribute.Number.class), env.out), p.span());
    }

    /** A `requires` line or an item of the gateway, before it is checked. */
    private record Required(Requisite.Kind kind, org.qdl.syntax.tree.Name name, org.qdl.syntax.tree.Text title,
            Optional<org.qdl.syntax.tree.RuleNode.LevelFilter> level, org.qdl.syntax.Span span) {

        /** The words that declare it, for a message: `requires component`, `gateway`. */
        String words() {
            return switch (kind) {
                case QUALIFICATION -> "requires qualification";
                case COMPONENT -> "requires component";
                case GATEWAY -> "gateway { component";
            };
        }
    }

    /**
     * The `requires` lines, then the gateway's items (`gateway { component english "…" at level 2 }`): one gateway per
     * qualification (Q0176), one that asks for nothing warned about (Q0175).
     */
    private List<Required> required(List<RequiresDecl> requires, List<org.qdl.syntax.tree.GatewayBlock> gateways) {
        List<Required> out = new ArrayList<>();
        for (RequiresDecl r : requires) {
            out.add(new Required(r.kind() == RequiresDecl.Kind.COMPONENT ? Requisite.Kind.COMPONENT
                    : Requisite.Kind.QUALIFICATION, r.name(), r.title(), r.level(), r.span()));
        }
        for (int i = 0; i < gateways.size(); i++) {
            org.qdl.syntax.tree.GatewayBlock g = gateways.get(i);
            if (i > 0) {
                env.out.add(Diagnostic.of(Code.Q0176, keywordSpan(g), "the gateway is declared twice")
                        .withLabel("second gateway").withNote(keywordSpan(gateways.get(0)), "first declared here")
                        .withHelp("list every item of the gateway in one `gateway { … }` block"));
                continue;
            }
            List<org.qdl.syntax.tree.GatewayBlock.Component> items = g.items().stream()
                    .filter(org.qdl.syntax.tree.GatewayBlock.Component.class::isInstance)
                    .map(org.qdl.syntax.tree.GatewayBlock.Component.class::cast).toList();
            if (g.items().isEmpty()) {
                env.out.add(Diagnostic.of(Code.Q0175, keywordSpan(g), "the gateway asks for nothing")
                        .withLabel("no items").withHelp("list what a learner must hold before the assessment, such "
                                + "as `component english \"Level 2 English\" at level 2 or above`, or remove the gateway"));
            }
            for (org.qdl.syntax.tree.GatewayBlock.Component c : items) {
                out.add(new Required(Requisite.Kind.GATEWAY, c.name(), c.title(), c.level(), c.span()));
            }
        }
        return out;
    }

    /** The word `gateway` that opens a block, for a diagnostic's position. */
    private static org.qdl.syntax.Span keywordSpan(org.qdl.syntax.tree.GatewayBlock g) {
        org.qdl.syntax.Span s = g.span();
        return new org.qdl.syntax.Span(s.file(), s.start(), Math.min(s.end(), s.start() + "gateway".length()));
    }

    /**
     * `requires qualification X "…"`, `requires component X "…" at level 5` and the gateway's items: each name once,
     * never a unit's reference (the candidate's row naming it would be read as both), and a level for a component
     * (or a gateway item) only.
     */
    private List<Requisite> requisites(List<Required> decls, Set<String> unitRefs) {
        List<Requisite> out = new ArrayList<>();
        Map<String, Required> seen = new java.util.HashMap<>();
        for (Required r : decls) {
            String id = r.name().text();
            Required first = seen.putIfAbsent(id, r);
            if (first != null) {
                env.out.add(Diagnostic.of(Code.Q0173, r.name().span(), "`" + id + "` is required twice")
                        .withLabel("second").withNote(first.name().span(), "first required here")
                        .withHelp("require each qualification or component once"));
                continue;
            }
            if (unitRefs.contains(id)) {
                env.out.add(Diagnostic.of(Code.Q0173, r.name().span(), "`" + id + "` is a unit of this qualification")
                        .withLabel("also a unit").withNote(env.units.get(id) == null ? r.name().span()
                                : env.units.get(id).span(), "the unit")
                        .withHelp("a learner's row naming `" + id + "` would read as the unit; give the required "
                                + (r.kind() == Requisite.Kind.QUALIFICATION ? "qualification" : "component")
                                + " a name of its own, such as `" + id + "-held`"));
                continue;
            }
            Optional<Rule.LevelFilter> level = Optional.empty();
            if (r.level().isPresent()) {
                if (r.kind() == Requisite.Kind.QUALIFICATION) {
                    env.out.add(Diagnostic.of(Code.Q0172, r.level().get().span(), "a required qualification is held "
                            + "or not: it has no level to reach").withLabel("a level")
                            .withHelp("remove the level, or write `requires component " + id + " … "
                                    + org.qdl.syntax.print.Printer.levelFilter(r.level().get())
                                    + "` for a component achieved at a level"));
                    continue;
                }
                level = RuleBuilder.levelFilter(env, r.level().get());
                if (level.isEmpty()) {
                    continue;
                }
            }
            out.add(new Requisite(r.kind(), id, r.title().value(), level, r.span()));
        }
        return out;
    }

    /** Units in two groups of the qualification: one warning for each pair of groups, naming the units. */
    private void twoGroups(List<Group> groups, Map<String, List<String>> directGroups, GroupResolver resolver,
            List<Rule> rules) {
        Set<String> names = new LinkedHashSet<>();
        groups.forEach(g -> names.add(g.name()));
        Map<List<String>, List<String>> shared = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : directGroups.entrySet()) {
            List<String> in = e.getValue().stream().filter(names::contains).toList();
            if (in.size() > 1) {
                shared.computeIfAbsent(in.subList(0, 2), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        shared.forEach((pair, units) -> {
            String unit = units.get(0);
            String which = units.size() == 1 ? "unit `" + unit + "` is"
                    : units.size() + " units are";
            Diagnostic d = Diagnostic.of(Code.Q0309, resolver.listing(pair.get(1), unit).span(), which
                    + " in group " + pair.get(0) + " and in group " + pair.get(1)
                    + (units.size() == 1 ? "" : ": " + unitList(units)))
                    .withLabel(units.size() == 1 ? "also listed here" : "`" + unit + "`, the first, is also listed here")
                    .withNote(resolver.listing(pair.get(0), unit).span(), "first listed in group " + pair.get(0))
                    .withHelp(twoGroupsHelp(pair, unit, rules));
            env.out.add(d);
        });
    }

    /** Q0309's help: a `shared` rule over either group counts the unit again, so "counts once" is not the whole story. */
    private static String twoGroupsHelp(List<String> pair, String unit, List<Rule> rules) {
        Optional<Rule> shared = rules.stream().filter(Checker::isShared)
                .filter(r -> r.scope().names().contains(pair.get(0)) || r.scope().names().contains(pair.get(1))
                        || r.pool().contains(unit))
                .findFirst();
        if (shared.isPresent()) {
            return "the unit counts once among the rules that take units for themselves, and again for `"
                    + shared.get().text() + "`, which is `shared`; if the units belong in both groups, this is fine";
        }
        return "a unit counts for one rule only, whichever group it is counted from (unless a rule over its groups "
                + "is marked `shared`); if the units belong in both groups, this is fine";
    }

    private static boolean isShared(Rule rule) {
        return rule instanceof Rule.Amounts a && a.shared() || rule instanceof Rule.AllUnits all && all.shared();
    }

    private Qualification qualification(Block header, List<Unit> units, List<Group> groups, List<Scale> scales,
            List<Rule> rules, List<Pathway> pathways, Grading grading, List<Requisite> requisites) {
        Optional<String> title = decl.title().map(t -> t.value());
        Optional<Attribute.Title> titleAttr = header.one(Attribute.Title.class);
        if (titleAttr.isPresent()) {
            if (title.isPresent()) {
                env.out.add(Diagnostic.of(Code.Q0114, titleAttr.get().span(), "the qualification has a title already")
                        .withNote(decl.title().get().span(), "title given here").withHelp("keep one of them"));
            } else {
                title = Optional.of(titleAttr.get().text().value());
            }
        }
        String id = decl.name().text();
        if (id.contains("/")) {
            // `qdl build` writes DIR/<id>.qdl.json: a `/` would make that a file in another directory
            env.out.add(Diagnostic.of(Code.Q0122, decl.name().span(), "qualification id `" + id
                    + "` cannot name a file, and `qdl build` writes the qualification to `<id>.qdl.json`")
                    .withLabel("`/` in a file name")
                    .withHelp("write the id without `/`, e.g. `" + id.replace('/', '-') + "`; a regulator's number "
                            + "goes in `number regulator " + id + "`"));
        }
        if (title.isEmpty()) {
            env.out.add(Diagnostic.of(Code.Q0115, decl.name().span(), "qualification `" + decl.name().text()
                    + "` has no title").withLabel("no title")
                    .withHelp("write `qualification " + decl.name().text() + " \"Full title\" { ... }`"));
        }
        Optional<Range> tqt = Values.quantity(header.quantity(Attribute.QuantityKind.TQT), env.out);
        Optional<Range> glh = Values.quantity(header.quantity(Attribute.QuantityKind.GLH), env.out);
        Optional<Range> credit = Values.quantity(header.quantity(Attribute.QuantityKind.CREDIT), env.out);
        Hours.checkGlhWithinTqt(glh, tqt, header, "the qualification", env.out);
        creditAgainstTqt(header, tqt, credit);
        Optional<String> size = header.one(Attribute.Size.class).map(s -> s.word().value());
        sizeAgainstTqt(header, size, tqt);
        if (tqt.isEmpty()) {
            sizeAgainstCredit(header, size, credit);
        }
        List<DateEntry> dates = new ArrayList<>();
        for (Attribute.Date d : header.all(Attribute.Date.class)) {
            if (!d.quoted()) {
                try {
                    LocalDate.parse(d.value().text());
                } catch (DateTimeParseException e) {
                    env.out.add(Diagnostic.of(Code.Q0119, d.value().span(), "`" + d.value().text() + "` is not a date")
                            .withLabel("expected YYYY-MM-DD")
                            .withHelp("write dates as 2014-11-01, or put a note in quotes"));
                    continue;
                }
            }
            dates.add(new DateEntry(d.kind().text(), d.value().text(), d.quoted()));
        }
        return new Qualification(decl.name().text(), title.orElse(decl.name().text()),
                header.one(Attribute.AwardingBody.class).map(b -> b.name().value()),
                Values.identifiers(header.all(Attribute.Number.class), env.out), env.framework,
                env.qualificationLevel, size, tqt, glh, credit, dates,
                Values.sections(header.all(Attribute.Section.class), env.out), units, groups, scales, rules, pathways, grading,
                decl.span().file().path(), decl.span(), requisites);
    }

    private void creditAgainstTqt(Block header, Optional<Range> tqt, Optional<Range> credit) {
        if (tqt.isEmpty() || credit.isEmpty() || !tqt.get().isSingle() || !credit.get().isSingle()) {
            return;
        }
        BigDecimal expected = tqt.get().min().divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP);
        if (credit.get().min().compareTo(expected) != 0) {
            env.out.add(Diagnostic.of(Code.Q0203, header.quantity(Attribute.QuantityKind.CREDIT).get().span(),
                    "credit " + credit.get() + " is not one tenth of the TQT (" + tqt.get() + "), which gives "
                            + expected.toPlainString())
                    .withLabel("expected " + expected.toPlainString())
                    .withNote(header.quantity(Attribute.QuantityKind.TQT).get().span(), "TQT given here")
                    .withHelp("under the RQF, credit is TQT / 10 rounded to the nearest whole number"));
        }
    }

    private void sizeAgainstTqt(Block header, Optional<String> size, Optional<Range> tqt) {
        tqt.ifPresent(t -> sizeAgainst(header, size, t.min(), 120, 370, " hours TQT", null,
                "Ofqual: award up to 120 hours TQT, certificate 121 to 369, diploma 370 or more"));
    }

    /**
     * Without a TQT, the size word against the credit, a tenth of the TQT (Ofqual's QCF sizes: award 1 to 12 credits,
     * certificate 13 to 36, diploma 37 or more).
     */
    private void sizeAgainstCredit(Block header, Optional<String> size, Optional<Range> credit) {
        credit.ifPresent(c -> sizeAgainst(header, size, c.min(), 12, 37, " credits",
                header.quantity(Attribute.QuantityKind.CREDIT).get().span(),
                "Ofqual: award 1 to 12 credits, certificate 13 to 36, diploma 37 or more (a credit is ten hours of TQT)"));
    }

    /** The size word against an amount: an award up to {@code awardMost}, a diploma from {@code diplomaLeast}. */
    private void sizeAgainst(Block header, Optional<String> size, BigDecimal amount, int awardMost, int diplomaLeast,
            String unit, org.qdl.syntax.Span note, String help) {
        if (size.isEmpty()) {
            return;
        }
        String word = size.get().toLowerCase(Locale.ROOT);
        String expected = amount.compareTo(BigDecimal.valueOf(awardMost)) <= 0 ? "award"
                : amount.compareTo(BigDecimal.valueOf(diplomaLeast)) < 0 ? "certificate" : "diploma";
        boolean known = word.contains("award") || word.contains("certificate") || word.contains("diploma");
        if (known && !word.contains(expected)) {
            Diagnostic d = Diagnostic.of(Code.Q0205, header.one(Attribute.Size.class).get().span(), "a qualification of "
                    + amount.toPlainString() + unit + " is " + (expected.equals("award") ? "an " : "a ") + expected
                    + ", not " + (word.startsWith("a") ? "an " : "a ") + size.get())
                    .withLabel("expected " + expected).withHelp(help);
            env.out.add(note == null ? d : d.withNote(note, "credit given here"));
        }
    }

    private static String unitList(List<String> units) {
        List<String> shown = units.size() > 5 ? units.subList(0, 5) : units;
        String s = shown.stream().map(u -> "`" + u + "`").reduce((a, b) -> a + ", " + b).orElse("");
        return "units " + s + (units.size() > 5 ? " and " + (units.size() - 5) + " more" : "");
    }
}
