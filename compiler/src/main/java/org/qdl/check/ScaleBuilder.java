package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.Scale;
import org.qdl.runtime.text.Labels;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Num;
import org.qdl.syntax.tree.ScaleDecl;

/** Checks a scale declaration and builds the model scale. */
final class ScaleBuilder {
    private ScaleBuilder() {
    }

    static Optional<Scale> build(ScaleDecl s, Diagnostics out) {
        List<ScaleDecl.Labels> labelLists = new ArrayList<>();
        List<ScaleDecl.Default> defaults = new ArrayList<>();
        List<ScaleDecl.Achieved> achieved = new ArrayList<>();
        List<ScaleDecl.Achieved> recorded = new ArrayList<>();
        List<ScaleDecl.Marks> marks = new ArrayList<>();
        for (ScaleDecl.Member m : s.members()) {
            if (m instanceof ScaleDecl.Marks k) {
                marks.add(k);
            } else if (m instanceof ScaleDecl.Labels l) {
                labelLists.add(l);
            } else if (m instanceof ScaleDecl.Default d) {
                defaults.add(d);
            } else if (m instanceof ScaleDecl.Achieved r && r.recorded()) {
                recorded.add(r);
            } else {
                achieved.add((ScaleDecl.Achieved) m);
            }
        }
        String name = s.name().text();
        if (labelLists.isEmpty()) {
            out.add(Diagnostic.of(Code.Q0210, s.name().span(), "scale `" + name + "` has no labels")
                    .withLabel("no labels")
                    .withHelp("list the labels lowest first: `N < L < S < H`"));
            return Optional.empty();
        }
        for (int i = 1; i < labelLists.size(); i++) {
            out.add(Diagnostic.of(Code.Q0114, labelLists.get(i).span(), "scale `" + name + "` lists its labels twice")
                    .withLabel("second list")
                    .withNote(labelLists.get(0).span(), "first list")
                    .withHelp("give all labels in one list, lowest first, joined by `<`"));
        }
        List<Scale.Label> labels = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ScaleDecl.Label l : labelLists.get(0).labels()) {
            String label = l.name().text();
            if (names.contains(label)) {
                out.add(Diagnostic.of(Code.Q0211, l.name().span(), "label `" + label + "` appears twice in scale `"
                        + name + "`").withLabel("repeated")
                        .withHelp("a scale lists each label once, lowest first"));
                continue;
            }
            names.add(label);
            labels.add(new Scale.Label(label, l.description().map(d -> d.value()), List.of()));
        }
        labels = aliases(labelLists.get(0).labels(), labels, name, out);
        String defaultLabel = names.get(0);
        if (!defaults.isEmpty()) {
            for (int i = 1; i < defaults.size(); i++) {
                out.add(Diagnostic.of(Code.Q0114, defaults.get(i).span(), "scale `" + name + "` has two defaults")
                        .withNote(defaults.get(0).span(), "first default"));
            }
            Name d = defaults.get(0).label();
            if (known(d, names, name, out)) {
                defaultLabel = d.text();
            }
        }
        List<String> achievedLabels = new ArrayList<>();
        if (achieved.isEmpty()) {
            out.add(Diagnostic.of(Code.Q0115, s.name().span(), "scale `" + name
                    + "` does not say which labels count as achieved")
                    .withLabel("no `achieved`")
                    .withHelp("add for example `achieved " + names.get(names.size() - 1) + "` or `achieved "
                            + names.get(Math.min(1, names.size() - 1)) + " or above`"));
        } else {
            for (int i = 1; i < achieved.size(); i++) {
                out.add(Diagnostic.of(Code.Q0114, achieved.get(i).span(), "scale `" + name
                        + "` says twice which labels count as achieved").withNote(achieved.get(0).span(), "first here"));
            }
            achievedLabels = labels(achieved.get(0), names, name, out);
        }
        List<String> recordedLabels = List.of();
        if (!recorded.isEmpty()) {
            for (int i = 1; i < recorded.size(); i++) {
                out.add(Diagnostic.of(Code.Q0114, recorded.get(i).span(), "scale `" + name
                        + "` says twice which labels are recorded").withNote(recorded.get(0).span(), "first here"));
            }
            List<String> given = labels(recorded.get(0), names, name, out);
            List<String> achievedOnes = achievedLabels;
            if (!given.isEmpty() && achievedOnes.containsAll(given)) {
                out.add(Diagnostic.of(Code.Q0140, recorded.get(0).span(), "every label `recorded` names is achieved "
                        + "already").withLabel("adds no label").withHelp("`recorded` names the labels at which a unit "
                        + "counts without a pass, such as `recorded U or above` below `achieved P or above`; remove it "
                        + "if no such label is meant"));
            } else {
                // in the scale's order, the achieved labels among them
                recordedLabels = names.stream().filter(l -> given.contains(l) || achievedOnes.contains(l)).toList();
            }
        }
        Optional<BigDecimal> max = Optional.empty();
        Map<String, BigDecimal> from = new LinkedHashMap<>();
        if (!marks(marks, labelLists.get(0).labels(), name, out, from)) {
            max = Optional.empty();
        } else if (!marks.isEmpty()) {
            max = Optional.of(marks.get(0).max().value());
        }
        return Optional.of(new Scale(name, s.title().map(t -> t.value()), labels, defaultLabel, achievedLabels,
                recordedLabels, max, from));
    }

    /**
     * A scale of marks: `marks 45` once, a positive number; every label but the lowest with its least mark (`from 30`
     * or `from 66%` of the marks), rising with the labels and within the marks. A threshold on a scale without marks
     * is refused. Fills {@code from} with the thresholds in marks; false when something is wrong (reported).
     */
    private static boolean marks(List<ScaleDecl.Marks> marks, List<ScaleDecl.Label> labels, String name,
            Diagnostics out, Map<String, BigDecimal> from) {
        if (marks.isEmpty()) {
            for (ScaleDecl.Label l : labels) {
                if (l.from().isPresent()) {
                    out.add(Diagnostic.of(Code.Q0143, l.from().get().span(), "label `" + l.name().text()
                            + "` has a least mark, but scale `" + name + "` has no marks").withLabel("a mark out of what?")
                            .withHelp("say how many marks there are, such as `marks 45`, or remove `from`"));
                    return false;
                }
            }
            return true;
        }
        for (int i = 1; i < marks.size(); i++) {
            out.add(Diagnostic.of(Code.Q0114, marks.get(i).span(), "scale `" + name + "` gives its marks twice")
                    .withNote(marks.get(0).span(), "first here"));
        }
        Num max = marks.get(0).max();
        if (!Numbers.inRange(max, out)) {
            return false;
        }
        if (max.value().signum() <= 0) {
            out.add(Diagnostic.of(Code.Q0201, max.span(), "a scale of " + max + " marks has no marks to give")
                    .withLabel("not a number of marks").withHelp("give the most marks a result can have, such as "
                            + "`marks 45`"));
            return false;
        }
        BigDecimal previous = BigDecimal.ZERO;
        String previousLabel = null;
        for (int i = 0; i < labels.size(); i++) {
            ScaleDecl.Label l = labels.get(i);
            if (l.from().isEmpty()) {
                if (i > 0) {
                    out.add(Diagnostic.of(Code.Q0143, l.name().span(), "label `" + l.name().text() + "` of scale `"
                            + name + "` has no least mark").withLabel("from how many marks?")
                            .withHelp("every label above the lowest gives its least mark: `" + l.name().text()
                                    + " from N`, N the least mark that gives it"));
                    return false;
                }
                continue;
            }
            Num f = l.from().get();
            if (!Numbers.inRange(f, out)) {
                return false;
            }
            BigDecimal mark = l.percent() ? f.value().multiply(max.value()).divide(BigDecimal.valueOf(100))
                    : f.value();
            boolean rises = i == 0 || mark.compareTo(previous) > 0;
            if (!rises || mark.compareTo(max.value()) > 0 || f.value().signum() < 0) {
                out.add(Diagnostic.of(Code.Q0144, f.span(), "label `" + l.name().text() + "` from " + f
                        + (l.percent() ? "%" : "") + (rises ? " is beyond the " + max + " marks" : " does not rise above `"
                        + previousLabel + "`, which is given from " + previous.stripTrailingZeros().toPlainString()))
                        .withLabel(rises ? "out of range" : "out of order")
                        .withHelp("thresholds rise with the labels, lowest first, from 0 to " + max + " marks"));
                return false;
            }
            BigDecimal plain = mark.stripTrailingZeros();
            from.put(l.name().text(), plain.scale() < 0 ? plain.setScale(0) : plain);
            previous = mark;
            previousLabel = l.name().text();
        }
        return true;
    }

    /** The labels an `achieved` or `recorded` line names, each known to the scale. */
    private static List<String> labels(ScaleDecl.Achieved a, List<String> names, String name, Diagnostics out) {
        List<String> chosen = new ArrayList<>();
        for (Name l : a.labels()) {
            if (known(l, names, name, out)) {
                int from = names.indexOf(l.text());
                if (a.orAbove()) {
                    names.subList(from, names.size()).stream().filter(x -> !chosen.contains(x)).forEach(chosen::add);
                } else if (!chosen.contains(l.text())) {
                    chosen.add(l.text());
                }
            }
        }
        return chosen;
    }

    /**
     * The labels with their aliases: an alias must read (ignoring case and spacing, as results are read) as its own
     * label alone — one that reads as another label or as another label's alias is an error, one that is its own
     * label or repeats an alias of it a warning.
     */
    private static List<Scale.Label> aliases(List<ScaleDecl.Label> declared, List<Scale.Label> labels, String scale,
            Diagnostics out) {
        Map<String, String> meaning = new HashMap<>();
        Map<String, Name> first = new HashMap<>();
        for (Scale.Label l : labels) {
            meaning.putIfAbsent(Labels.fold(l.name()), l.name());
        }
        Map<String, List<String>> kept = new HashMap<>();
        for (ScaleDecl.Label l : declared) {
            String label = l.name().text();
            for (Name alias : l.aliases()) {
                String folded = Labels.fold(alias.text());
                String was = meaning.get(folded);
                if (was == null) {
                    meaning.put(folded, label);
                    first.put(folded, alias);
                    kept.computeIfAbsent(label, k -> new ArrayList<>()).add(alias.text());
                } else if (!was.equals(label)) {
                    Diagnostic d = Diagnostic.of(Code.Q0150, alias.span(), "alias `" + alias.text() + "` of `"
                            + label + "` reads as `" + was + "` in scale `" + scale + "`")
                            .withLabel("already means `" + was + "`")
                            .withHelp("a result is read ignoring case and spacing, so each spelling may mean one "
                                    + "label; remove this alias or the other");
                    out.add(first.containsKey(folded) ? d.withNote(first.get(folded).span(), "given here") : d);
                } else {
                    out.add(Diagnostic.of(Code.Q0151, alias.span(), "alias `" + alias.text() + "` of `" + label
                            + "` is " + (first.containsKey(folded) ? "given twice" : "the label itself"))
                            .withLabel("already reads as `" + label + "`")
                            .withHelp("results are read ignoring case and spacing; remove this alias"));
                }
            }
        }
        return labels.stream().map(l -> new Scale.Label(l.name(), l.description(),
                kept.getOrDefault(l.name(), List.of()))).toList();
    }

    private static boolean known(Name label, List<String> names, String scale, Diagnostics out) {
        if (names.contains(label.text())) {
            return true;
        }
        Diagnostic d = Diagnostic.of(Code.Q0108, label.span(), "`" + label.text() + "` is not a label of scale `"
                + scale + "`").withLabel("not in the scale");
        Optional<String> near = DidYouMean.suggest(label.text(), names);
        out.add(near.map(n -> d.withHelp("did you mean `" + n + "`?"))
                .orElse(d.withHelp("the scale's labels are " + String.join(", ", names))));
        return false;
    }
}
