package org.qdl.emit.handbook;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qdl.emit.handbook.HandbookView.GroupTable;
import org.qdl.emit.handbook.HandbookView.IndexEntry;
import org.qdl.emit.handbook.HandbookView.Part;
import org.qdl.emit.handbook.HandbookView.PathwayView;
import org.qdl.emit.handbook.HandbookView.Row;
import org.qdl.emit.handbook.HandbookView.Structure;
import org.qdl.emit.handbook.HandbookView.Toc;
import org.qdl.emit.handbook.HandbookView.UnitRow;
import org.qdl.model.DateEntry;
import org.qdl.model.Framework;
import org.qdl.model.GradeRule;
import org.qdl.model.Group;
import org.qdl.model.Identifier;
import org.qdl.model.Pathway;
import org.qdl.model.Requisite;
import org.qdl.model.Qualification;
import org.qdl.model.Section;
import org.qdl.model.Unit;

/** Builds the view of the whole handbook from the checked qualification. */
final class HandbookViews {
    private static final Map<String, String> FRAMEWORKS = Map.of(
            "RQF", "Regulated Qualifications Framework (RQF)",
            "QCF", "Qualifications and Credit Framework (QCF)",
            "CQFW", "Credit and Qualifications Framework for Wales (CQFW)",
            "SCQF", "Scottish Credit and Qualifications Framework (SCQF)",
            "EQF", "European Qualifications Framework (EQF)");
    /** Ids the index page uses for its own sections; prose sections must not take them. */
    private static final Set<String> RESERVED = Set.of("main", "contents", "profile", "structure", "grading", "unit-index");
    /** Headings of the index's own sections: an author's section of the same name is merged into them. */
    private static final String STRUCTURE = "Qualification structure";
    private static final String GRADING = "Grading";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Qualification q;
    private final Naming names;
    private final RuleSentences rules;
    private final Set<String> usedIds = new HashSet<>(RESERVED);

    private HandbookViews(Qualification q) {
        this.q = q;
        this.names = new Naming(q);
        this.rules = new RuleSentences(names);
    }

    static HandbookView build(Qualification q) {
        return new HandbookViews(q).build();
    }

    private HandbookView build() {
        List<Prose> introduction = new ArrayList<>();
        List<Prose> sections = new ArrayList<>();
        List<Prose> structureNotes = new ArrayList<>();
        List<Prose> gradingNotes = new ArrayList<>();
        // With the awarding body's numbers the page keeps the spec's order, the structure and grading where the
        // spec's sections of those names stand; without, the handbook's own order and numbers.
        boolean numbered = q.sections().stream().anyMatch(s -> s.number().isPresent());
        List<Part> order = new ArrayList<>();
        for (Section s : q.sections()) {
            String heading = s.heading();
            if (heading.equalsIgnoreCase(STRUCTURE)) {
                structureNotes.add(Prose.of("", heading, s));
                if (numbered && order.stream().noneMatch(x -> x.kind().equals("structure"))) {
                    order.add(new Part("structure", null, s.number().orElse(""), STRUCTURE, "structure", 2));
                }
            } else if (heading.equalsIgnoreCase(GRADING)) {
                gradingNotes.add(Prose.of("", heading, s));
                if (numbered && order.stream().noneMatch(x -> x.kind().equals("grading"))) {
                    order.add(new Part("grading", null, s.number().orElse(""), GRADING, "grading", 2));
                }
            } else {
                boolean early = s.kind() == Section.Kind.OVERVIEW || s.kind() == Section.Kind.AIMS
                        || s.kind() == Section.Kind.ENTRY_REQUIREMENTS;
                Prose p = Prose.of(sectionId(heading), heading, s);
                (early && !numbered ? introduction : sections).add(p);
                order.add(new Part("prose", p, p.number(), p.heading(), p.id(), 2));
            }
        }
        List<UnitView> units = new UnitViews(names).all();
        // The structure is worded from the rules, which are checked; the author's copy of the seed's words would
        // say it twice (and could disagree), so it is shown only when there are no rules to word.
        boolean worded = !q.rules().isEmpty() || !q.pathways().isEmpty();
        Structure structure = structure(worded ? List.of() : structureNotes);
        HandbookView.Grading grading = new GradingWords(names).grading(q.grading(), gradingNotes);
        String source = q.sourcePath().isEmpty() ? "" : String.valueOf(Path.of(q.sourcePath()).getFileName());
        String unitsNoun = Words.plural(names.unitNoun(List.of()));
        List<Part> parts = numbered ? numberedParts(order) : generatedParts(introduction, sections);
        return new HandbookView(q.title(), q.awardingBody().orElse(""), source, unitsNoun, profile(), introduction,
                structure, grading, sections, units, unitIndex(), contents(parts, structure, units), parts);
    }

    /**
     * The spec's order. The structure and grading stand where the spec's sections of those names do; without such a
     * section, the structure follows the introduction and the grading follows the spec's sections.
     */
    private List<Part> numberedParts(List<Part> order) {
        List<Part> parts = new ArrayList<>(order);
        if (parts.stream().noneMatch(p -> p.kind().equals("structure"))) {
            int at = 0;
            while (at < parts.size() && parts.get(at).prose() != null && isEarly(parts.get(at).heading())) {
                at++;
            }
            parts.add(at, new Part("structure", null, "", STRUCTURE, "structure", 2));
        }
        if (parts.stream().noneMatch(p -> p.kind().equals("grading"))) {
            // the handbook's own section, after the awarding body's numbered ones rather than among them
            parts.add(new Part("grading", null, "", GRADING, "grading", 2));
        }
        parts.add(0, new Part("profile", null, "", "Qualification profile", "profile", 2));
        parts.add(new Part("index", null, "", "Index of " + Words.plural(names.unitNoun(List.of())), "unit-index", 2));
        return nest(parts);
    }

    private boolean isEarly(String heading) {
        return q.sections().stream().anyMatch(s -> s.heading().equals(heading) && (s.kind() == Section.Kind.OVERVIEW
                || s.kind() == Section.Kind.AIMS || s.kind() == Section.Kind.ENTRY_REQUIREMENTS));
    }

    /** A section numbered under the one before ("1.1" after "1") takes a heading one level deeper. */
    private static List<Part> nest(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Part p : parts) {
            while (!open.isEmpty() && !(p.number().startsWith(open.get(open.size() - 1) + ".")
                    && !p.number().isEmpty())) {
                open.remove(open.size() - 1);
            }
            out.add(new Part(p.kind(), p.prose(), p.number(), p.heading(), p.id(), Math.min(2 + open.size(), 5)));
            if (!p.number().isEmpty()) {
                open.add(p.number());
            }
        }
        return out;
    }

    /** The handbook's own order, numbered 1, 2, 3 … as the awarding body gave no numbers. */
    private List<Part> generatedParts(List<Prose> introduction, List<Prose> sections) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("profile", null, "", "Qualification profile", "profile", 2));
        introduction.forEach(p -> parts.add(new Part("prose", p, "", p.heading(), p.id(), 2)));
        parts.add(new Part("structure", null, "", STRUCTURE, "structure", 2));
        parts.add(new Part("grading", null, "", GRADING, "grading", 2));
        sections.forEach(p -> parts.add(new Part("prose", p, "", p.heading(), p.id(), 2)));
        parts.add(new Part("index", null, "", "Index of " + Words.plural(names.unitNoun(List.of())), "unit-index", 2));
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String n = String.valueOf(i + 1);
            out.add(new Part(p.kind(), p.prose() == null ? null : p.prose().withNumber(n), n, p.heading(), p.id(), 2));
        }
        return out;
    }

    private String sectionId(String heading) {
        String base = PageIds.slug(heading);
        if (base.startsWith("unit-") || base.startsWith("group-") || base.startsWith("pathway-")) {
            base = "section-" + base;
        }
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private List<Row> profile() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("Qualification title", q.title()));
        q.awardingBody().ifPresent(a -> rows.add(Row.of("Awarding body", a)));
        for (Identifier id : q.identifiers()) {
            rows.add(Row.of(id.caption().orElse(id.regulator() ? "Regulator qualification number"
                    : "Qualification number"), id.value()));
        }
        q.level().ifPresent(l -> rows.add(Row.of("Level", Naming.levelLabel(l))));
        q.framework().ifPresent(f -> rows.add(Row.of("Framework", framework(f))));
        q.size().ifPresent(s -> rows.add(Row.of("Size", Words.capitalise(s))));
        q.tqt().ifPresent(t -> rows.add(Row.of("Total qualification time (hours)", t.toString())));
        q.glh().ifPresent(g -> rows.add(Row.of("Guided learning hours", g.toString())));
        q.credit().ifPresent(c -> rows.add(Row.of("Credit value", c.toString())));
        for (DateEntry d : q.dates()) {
            rows.add(date(d));
        }
        rows.add(Row.of("Grading", gradingSummary()));
        return rows;
    }

    private static String framework(Framework f) {
        if (f.builtIn() && FRAMEWORKS.containsKey(f.name())) {
            return FRAMEWORKS.get(f.name());
        }
        return f.title().map(t -> t + " (" + f.name() + ")").orElse(f.name());
    }

    private static Row date(DateEntry d) {
        String label = Words.phrase(d.kind());
        if (!label.toLowerCase(Locale.ROOT).contains("date")) {
            label += " date";
        }
        if (!d.note()) {
            try {
                LocalDate date = LocalDate.parse(d.value());
                return new Row(label, DATE.format(date), d.value());
            } catch (DateTimeParseException e) {
                // shown as written
            }
        }
        return Row.of(label, d.value());
    }

    private String gradingSummary() {
        List<GradeRule> grades = q.grading().rules();
        if (grades.isEmpty()) {
            return "No overall grade";
        }
        if (grades.size() == 1) {
            String g = grades.get(0).grade();
            return g.equalsIgnoreCase("pass") ? "Pass or fail" : g;
        }
        // a grade may be given by several rules (a grade table's rows): each is named once
        return Words.join(grades.stream().map(GradeRule::grade).distinct().toList(), "or");
    }

    private Structure structure(List<Prose> notes) {
        Sentence opening;
        if (q.rules().isEmpty() && q.pathways().isEmpty()) {
            opening = Sentence.of("The specification gives no rules of combination.");
        } else {
            opening = Sentence.builder().text("To achieve the ").strong(q.title()).text(", learners must achieve:")
                    .build();
        }
        RuleSentences.Structure common = rules.structure(q.rules());
        Map<String, String> pathwayIds = PageIds.assign("pathway-", q.pathways().stream().map(Pathway::name).toList());
        List<PathwayView> pathways = new ArrayList<>();
        List<PathwayView> endorsements = new ArrayList<>();
        for (Pathway p : q.pathways()) {
            // a smaller qualification of the suite is listed with the endorsements: both are optional titles
            boolean endorsement = p.kind() != Pathway.Kind.PATHWAY;
            boolean smaller = p.kind() == Pathway.Kind.SMALLER;
            String id = pathwayIds.get(p.name());
            usedIds.add(id);
            Sentence pathwayOpening = smaller
                    ? Sentence.builder().text("A learner who does not achieve this qualification achieves the smaller ")
                            .strong(p.title()).text(smallerGrades(p) + " by achieving (these rules alone):").build()
                    : endorsement
                    ? Sentence.builder().text("The endorsed title ").strong(p.title())
                            .text(" is awarded to learners who also achieve:").build()
                    : Sentence.builder().text("To achieve the ").strong(p.title())
                            .text(", learners must also achieve:").build();
            RuleSentences.Structure s = rules.structure(p.rules());
            List<Row> numbers = p.numbers().stream()
                    .map(n -> Row.of(n.caption().orElse("Number"), n.value())).toList();
            List<Prose> prose = p.sections().stream()
                    .map(sec -> Prose.of(sectionId(id + "-" + sec.heading()), sec.heading(), sec)).toList();
            PathwayView view = new PathwayView(id, (smaller ? "Smaller qualification: " : endorsement ? "Endorsement: "
                    : "Pathway: ") + p.title(), numbers,
                    pathwayOpening, s.leadIn().orElse(null), s.lines(), prose);
            (endorsement ? endorsements : pathways).add(view);
        }
        String pathwaysIntro = pathways.isEmpty() ? ""
                : "Learners must also meet the rules of one of these pathways:";
        boolean anyEndorsement = q.pathways().stream().anyMatch(p -> p.kind() == Pathway.Kind.ENDORSEMENT);
        boolean anySmaller = q.pathways().stream().anyMatch(p -> p.kind() == Pathway.Kind.SMALLER);
        String endorsementsIntro = (anyEndorsement ? "An endorsement adds to the title of the qualification. It is "
                + "earned when its rules are met as well" + (anySmaller ? ". " : ":") : "")
                + (anySmaller ? "This qualification is one of a suite: a learner who does not achieve it is awarded the "
                + "largest smaller qualification below (the first listed) whose rules they meet:" : "");
        List<Sentence> unions = new ArrayList<>();
        for (Group g : q.groups()) {
            if (!g.memberGroups().isEmpty()) {
                Sentence.Builder b = Sentence.builder().strong(names.groupTitle(g.name())).text(" is made up of ");
                List<String> members = g.memberGroups();
                for (int i = 0; i < members.size(); i++) {
                    b.text(Words.separator(i, members.size(), "and"));
                    b.group(names.groupTitle(members.get(i)), names.groupId(members.get(i)));
                }
                unions.add(b.text(".").build());
            }
        }
        List<Sentence> lines = new ArrayList<>(common.lines());
        for (Requisite r : q.requisites()) {
            // what a learner must hold beside the units: a prerequisite qualification, a co-requisite component
            lines.add(switch (r.kind()) {
                case QUALIFICATION -> Sentence.builder().text("The ").strong(r.title())
                        .text(" must be held before registering for this qualification").build();
                case COMPONENT -> Sentence.builder().strong(r.title()).text(" must also be achieved"
                        + r.level().map(l -> " " + RuleSentences.level(l)).orElse("")
                        + ", outside this qualification's units").build();
                case GATEWAY -> Sentence.builder().text("Gateway: ").strong(r.title()).text(" must be held"
                        + r.level().map(l -> " " + RuleSentences.level(l)).orElse("")
                        + " before the assessment is taken").build();
            });
        }
        if (q.requisites().stream().anyMatch(r -> r.kind() == Requisite.Kind.GATEWAY)) {
            lines.add(Sentence.builder().text("An assessment taken before the gateway is met does not count.").build());
        }
        // the rules on time and attempts, after the structure's other sentences
        q.attempts().ifPresent(a -> unions.addAll(AttemptSentences.of(a)));
        return new Structure(opening, common.leadIn().orElse(null), lines, pathwaysIntro, pathways,
                endorsementsIntro, endorsements, groupTables(), unions, notes);
    }

    /**
     * A smaller qualification's own grades, for the sentence that opens it: ", graded Merit (at least 60 points) or
     * Pass (at least 36 points)", and whether below them it is not achieved; "" when it has no grading.
     */
    private String smallerGrades(Pathway p) {
        if (p.grading().isEmpty() || p.grading().get().rules().isEmpty() || p.grading().get().noOverallGrade()) {
            return "";
        }
        List<String> grades = new ArrayList<>();
        for (HandbookView.GradeLine g : new GradingWords(names).lines(p.grading().get().rules(), Optional.empty(),
                names.unitNoun(List.of()))) {
            grades.add(g.grade() + " (" + g.when() + ")");
        }
        return ", graded " + Words.join(grades, "or") + (p.grading().get().gradeRequired()
                ? " (below them it is not achieved)" : "");
    }

    private List<GroupTable> groupTables() {
        List<GroupTable> tables = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Group g : q.groups()) {
            if (!g.memberGroups().isEmpty()) {
                continue;
            }
            List<Unit> units = g.units().stream().flatMap(r -> q.unit(r).stream()).toList();
            units.forEach(u -> shown.add(u.ref()));
            String id = names.groupId(g.name());
            usedIds.add(id);
            List<Prose> prose = g.sections().stream()
                    .map(s -> Prose.of(sectionId(id + "-" + s.heading()), s.heading(), s)).toList();
            tables.add(table(id, names.groupTitle(g.name()), units, prose));
        }
        List<Unit> rest = q.units().stream().filter(u -> !shown.contains(u.ref())).toList();
        if (!rest.isEmpty()) {
            String caption = tables.isEmpty() ? Words.capitalise(Words.plural(names.unitNoun(List.of())))
                    : "Other " + Words.plural(names.unitNoun(rest.stream().map(Unit::ref).toList()));
            tables.add(table(sectionId("group-other"), caption, rest, List.of()));
        }
        return tables;
    }

    private GroupTable table(String id, String caption, List<Unit> units, List<Prose> prose) {
        List<UnitRow> rows = units.stream().map(u -> new UnitRow(u.ref(), names.unitId(u.ref()), u.title(),
                u.level().map(Naming::levelLabel).orElse(""), u.credit().map(Words::number).orElse(""),
                u.glh().map(Object::toString).orElse(""))).toList();
        String framework = q.framework().filter(f -> f.name().equals("SCQF")).map(f -> "SCQF ").orElse("");
        return new GroupTable(id, caption, framework + (framework.isEmpty() ? "Level" : "level"),
                framework + (framework.isEmpty() ? "Credit" : "credit"),
                rows.stream().anyMatch(r -> !r.level().isEmpty()), rows.stream().anyMatch(r -> !r.credit().isEmpty()),
                rows.stream().anyMatch(r -> !r.glh().isEmpty()), rows, prose);
    }

    private List<IndexEntry> unitIndex() {
        List<IndexEntry> entries = new ArrayList<>();
        for (Unit u : q.units()) {
            List<String> groups = u.groups().stream()
                    .filter(g -> q.group(g).map(x -> x.memberGroups().isEmpty()).orElse(false))
                    .map(names::groupTitle).toList();
            entries.add(new IndexEntry(u.ref(), names.unitId(u.ref()), u.title(), String.join("; ", groups)));
        }
        entries.sort(Comparator.comparing(IndexEntry::ref, NaturalOrder.INSTANCE).thenComparing(IndexEntry::ref));
        return entries;
    }

    /** The contents: the parts, a section numbered under another ("1.1" under "1") listed under it. */
    private List<Toc> contents(List<Part> parts, Structure structure, List<UnitView> units) {
        List<Entry> root = new ArrayList<>();
        List<Entry> open = new ArrayList<>();
        for (Part p : parts) {
            Entry e = new Entry(p.id(), "", p.number(), p.heading(), new ArrayList<>());
            if (p.kind().equals("structure")) {
                structure.pathways().forEach(x -> e.children().add(Entry.leaf(x.id(), "", x.heading())));
                structure.endorsements().forEach(x -> e.children().add(Entry.leaf(x.id(), "", x.heading())));
                structure.groups().forEach(g -> e.children().add(Entry.leaf(g.id(), "", g.caption())));
            } else if (p.kind().equals("index")) {
                units.forEach(u -> e.children().add(Entry.leaf("", u.id(), u.heading())));
            }
            while (open.size() > p.level() - 2) {
                open.remove(open.size() - 1);
            }
            (open.isEmpty() ? root : open.get(open.size() - 1).children()).add(e);
            open.add(e);
        }
        return root.stream().map(Entry::toc).toList();
    }

    /** An entry of the contents while it is built. */
    private record Entry(String anchor, String unitId, String number, String title, List<Entry> children) {
        static Entry leaf(String anchor, String unitId, String title) {
            return new Entry(anchor, unitId, "", title, new ArrayList<>());
        }

        Toc toc() {
            return new Toc(anchor, unitId, number, title, children.stream().map(Entry::toc).toList());
        }
    }
}
