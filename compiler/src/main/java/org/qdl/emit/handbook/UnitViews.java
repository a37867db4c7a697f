package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.qdl.emit.handbook.ConditionWords.Mood;
import org.qdl.emit.handbook.HandbookView.Row;
import org.qdl.emit.handbook.UnitView.Achievement;
import org.qdl.emit.handbook.UnitView.Criterion;
import org.qdl.emit.handbook.UnitView.Knowledge;
import org.qdl.emit.handbook.UnitView.Neighbour;
import org.qdl.emit.handbook.UnitView.Outcome;
import org.qdl.emit.handbook.UnitView.ScaleRow;
import org.qdl.emit.handbook.UnitView.ScaleView;
import org.qdl.model.Identifier;
import org.qdl.model.Scale;
import org.qdl.model.Section;
import org.qdl.model.Unit;

/** Builds each unit's page: profile, outcomes and criteria, knowledge, evidence and guidance, achievement in words. */
final class UnitViews {
    private final Naming names;
    private final ConditionWords conditions;
    private final GradingWords grading;

    UnitViews(Naming names) {
        this.names = names;
        this.conditions = new ConditionWords(names);
        this.grading = new GradingWords(names);
    }

    List<UnitView> all() {
        List<Unit> units = names.qualification().units();
        List<UnitView> views = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Neighbour previous = i > 0 ? neighbour(units.get(i - 1)) : null;
            Neighbour next = i + 1 < units.size() ? neighbour(units.get(i + 1)) : null;
            views.add(view(units.get(i), previous, next));
        }
        return views;
    }

    private Neighbour neighbour(Unit u) {
        return new Neighbour(names.unitId(u.ref()), heading(u));
    }

    /**
     * "Unit 203: Give customers …" when the unit has a number captioned with its own kind (as C&amp;G's "Unit 203"
     * or Customer 1st's "Module 2"), else "Unit 4427-203: …" by its reference.
     */
    static String heading(Unit u) {
        String kind = Words.capitalise(u.kind());
        String name = u.numbers().stream().filter(n -> n.caption().map(c -> c.equalsIgnoreCase(u.kind())).orElse(false))
                .map(Identifier::value).findFirst().orElse(u.ref());
        return kind + " " + name + ": " + u.title();
    }

    UnitView view(Unit u, Neighbour previous, Neighbour next) {
        String id = names.unitId(u.ref());
        List<Prose> introduction = new ArrayList<>();
        List<Prose> assessment = new ArrayList<>();
        for (Section s : u.sections()) {
            if (isAssessment(s.kind())) {
                assessment.add(Prose.of(id + "-" + PageIds.slug(heading(s)), heading(s), s));
            } else {
                introduction.add(Prose.of(id + "-" + PageIds.slug(heading(s)), heading(s), s));
            }
        }
        List<Outcome> learning = new ArrayList<>();
        List<Outcome> performance = new ArrayList<>();
        Set<String> inOutcomes = new HashSet<>();
        for (Unit.Outcome o : u.outcomes()) {
            boolean isLearning = o.kind() == Unit.Outcome.Kind.LEARNING;
            String outcomeId = id + (isLearning ? "-lo-" : "-po-") + PageIds.slug(o.ref());
            List<Criterion> criteria = new ArrayList<>();
            for (Unit.Criterion c : o.criteria()) {
                criteria.add(criterion(c));
                inOutcomes.add(c.ref());
            }
            Outcome view = new Outcome(outcomeId, o.ref(), o.text(), criteria, notes(o.sections()));
            (isLearning ? learning : performance).add(view);
        }
        List<Criterion> loose = u.criteria().stream().filter(c -> !inOutcomes.contains(c.ref()))
                .map(UnitViews::criterion).toList();
        boolean table = learning.stream().anyMatch(o -> !o.criteria().isEmpty());
        List<Knowledge> knowledge = u.knowledge().stream().map(k -> new Knowledge(k.ref(), k.text())).toList();
        return new UnitView(id, u.ref(), Words.capitalise(u.kind()), u.title(), heading(u), profile(u), introduction,
                learning, table, performance, u.leadIns().outcomes().orElse(""), loose, knowledge,
                u.leadIns().knowledge().orElse(""), assessment, achievement(u), previous, next);
    }

    private static boolean isAssessment(Section.Kind kind) {
        return kind == Section.Kind.EVIDENCE || kind == Section.Kind.ASSESSMENT || kind == Section.Kind.GUIDANCE
                || kind == Section.Kind.CONTENT || kind == Section.Kind.DELIVERY;
    }

    /** The seeds' own headings for a unit's sections: "Assessment guidance", "Indicative content". */
    private static String heading(Section s) {
        if (s.title().isPresent()) {
            return s.title().get();
        }
        if (s.kind() == Section.Kind.GUIDANCE) {
            return "Assessment guidance";
        }
        return s.kind() == Section.Kind.CONTENT ? "Indicative content" : s.heading();
    }

    private static Criterion criterion(Unit.Criterion c) {
        return new Criterion(c.ref(), c.text(), notes(c.sections()));
    }

    private static List<Prose> notes(List<Section> sections) {
        return sections.stream().map(s -> Prose.of("", s.heading(), s)).toList();
    }

    private List<Row> profile(Unit u) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of(Words.capitalise(u.kind()) + " reference", u.ref()));
        for (Identifier n : u.numbers()) {
            rows.add(Row.of(n.caption().orElse(n.regulator() ? "Regulator reference" : "Number"), n.value()));
        }
        u.level().ifPresent(l -> rows.add(Row.of("Level", Naming.levelLabel(l))));
        u.credit().ifPresent(c -> rows.add(Row.of("Credit value", Words.number(c))));
        u.glh().ifPresent(g -> rows.add(Row.of("Guided learning hours", g.toString())));
        u.tqt().ifPresent(t -> rows.add(Row.of("Total unit time", t.toString())));
        List<String> groups = u.groups().stream()
                .filter(g -> names.qualification().group(g).map(x -> x.memberGroups().isEmpty()).orElse(false))
                .map(names::groupTitle).toList();
        if (!groups.isEmpty()) {
            rows.add(Row.of(groups.size() == 1 ? "Group" : "Groups", String.join("; ", groups)));
        }
        return rows;
    }

    private Achievement achievement(Unit u) {
        String noun = u.kind().toLowerCase(Locale.ROOT);
        Sentence rule = null;
        if (u.achievedWhen().isPresent()) {
            rule = Sentence.of("To achieve the " + noun + ", "
                    + conditions.words(u.achievedWhen().get(), u.criterionScale(), Mood.MUST, noun) + ".");
        } else if (u.criterionScale().isPresent() && !u.criterionScale().get().achieved().isEmpty()) {
            rule = Sentence.of("To achieve the " + noun + ", every criterion must be rated "
                    + Words.join(u.criterionScale().get().achieved(), "or") + ".");
        } else if (u.gradingScale().isPresent() && !u.gradingScale().get().achieved().isEmpty()) {
            Scale s = u.gradingScale().get();
            List<String> bestFirst = new ArrayList<>(s.labelNames());
            Collections.reverse(bestFirst);
            String below = s.recordedOnly().isEmpty() ? "" : " A result of " + Words.join(s.recordedOnly(), "or")
                    + " is recorded without a pass: the " + noun + " counts towards the qualification's rules, but "
                    + "not as passed.";
            rule = Sentence.of("The " + noun + "'s result is " + Words.join(bestFirst, "or") + "; a result of "
                    + Words.join(s.achieved(), "or") + " achieves it." + below);
        }
        Sentence gradesIntro = null;
        if (!u.grades().isEmpty()) {
            gradesIntro = Sentence.of("The " + noun + " is graded by the first of these that "
                    + (u.criterionScale().isPresent() ? "its criterion ratings meet:" : "it meets:"));
        }
        List<ScaleView> scales = new ArrayList<>();
        u.gradingScale().ifPresent(s -> scales.add(scale("Result scale", s, false)));
        u.criterionScale().ifPresent(s -> scales.add(scale("Criterion scale", s, true)));
        return new Achievement(rule, gradesIntro, grading.lines(u.grades(), u.criterionScale(), noun), scales);
    }

    private static ScaleView scale(String what, Scale s, boolean criteria) {
        List<ScaleRow> rows = s.labels().stream()
                .map(l -> new ScaleRow(l.name(), l.description().orElse(""))).toList();
        List<String> note = new ArrayList<>();
        if (criteria && !s.defaultLabel().isEmpty()) {
            note.add("A criterion not rated counts as " + s.defaultLabel() + ".");
        }
        if (!s.achieved().isEmpty()) {
            note.add(Words.join(s.achieved(), "and") + (s.achieved().size() == 1 ? " counts" : " count")
                    + " as achieved.");
        }
        if (s.marks().isPresent()) {
            List<String> from = new ArrayList<>();
            s.from().forEach((label, mark) -> from.add(label + " from " + mark.toPlainString()));
            note.add("A result may be a mark out of " + s.marks().get().stripTrailingZeros().toPlainString()
                    + " (or a percentage of it): " + String.join(", ", from) + ".");
        }
        if (!s.recordedOnly().isEmpty()) {
            note.add(Words.join(s.recordedOnly(), "and") + " " + (s.recordedOnly().size() == 1 ? "is" : "are")
                    + " recorded and counted without a pass.");
        }
        Optional<String> title = s.title();
        return new ScaleView(what + ": " + title.orElse(s.name()), rows, String.join(" ", note));
    }
}
