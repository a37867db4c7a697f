package org.qdl.lsp;

import java.util.Optional;
import java.util.stream.Collectors;
import org.qdl.model.Group;
import org.qdl.model.Qualification;
import org.qdl.model.Rule;
import org.qdl.model.Scale;
import org.qdl.model.Section;
import org.qdl.model.Unit;

/** What hovering over a name shows, in Markdown: a unit's title, level and credits; a group's units; a rule. */
final class Hovers {
    private Hovers() {
    }

    static Optional<String> text(Occurrence o, Optional<Qualification> q) {
        if (q.isEmpty()) {
            return Optional.of("**" + o.kind().word + "** `" + o.name() + "`\n\n_(fix the errors for more)_");
        }
        Qualification qualification = q.get();
        return switch (o.kind()) {
            case UNIT -> qualification.unit(o.name()).map(Hovers::unit);
            case GROUP -> qualification.group(o.name()).map(Hovers::group);
            case SCALE -> qualification.scales().stream().filter(s -> s.name().equals(o.name())).findFirst()
                    .map(Hovers::scale);
            case RULE -> qualification.rules().stream().filter(r -> r.label().equals(Optional.of(o.name())))
                    .findFirst().map(Hovers::rule);
            case QUALIFICATION -> Optional.of("**" + qualification.title() + "**"
                    + qualification.awardingBody().map(b -> " · " + b).orElse("")
                    + qualification.level().map(l -> " · level " + l.label()).orElse("")
                    + "\n\n" + qualification.units().size() + " units, " + qualification.groups().size() + " groups");
            case LABEL, IMPORT -> Optional.empty();
        };
    }

    /** A rule at an offset that is not on a name: the rule in words. */
    static Optional<String> ruleAt(int offset, String path, Optional<Qualification> q) {
        return q.flatMap(qualification -> qualification.rules().stream()
                .filter(r -> r.span().file().path().equals(path) && r.span().start() <= offset
                        && offset <= r.span().end())
                .findFirst().map(Hovers::rule));
    }

    static String unit(Unit u) {
        StringBuilder s = new StringBuilder("**" + u.kind() + " " + HoverMarkdown.text(u.ref()) + "** "
                + HoverMarkdown.text(u.title()) + "\n\n");
        s.append(u.level().map(l -> "level " + l.label()).orElse("no level"));
        s.append(" · ").append(u.credit().map(c -> c.stripTrailingZeros().toPlainString() + " credits")
                .orElse("no credit"));
        u.glh().ifPresent(g -> s.append(" · ").append(g).append(" GLH"));
        if (!u.groups().isEmpty()) {
            s.append("\n\nin group ").append(String.join(", ", u.groups()));
        }
        // the first paragraph of the unit's overview: what the unit is about, emphasis as the handbook shows it
        u.sections().stream().filter(sec -> sec.kind() == Section.Kind.OVERVIEW).findFirst()
                .flatMap(sec -> sec.items().stream().filter(i -> i instanceof Section.Paragraph).findFirst())
                .ifPresent(p -> s.append("\n\n").append(HoverMarkdown.text(((Section.Paragraph) p).text())));
        return s.toString();
    }

    static String group(Group g) {
        return "**group " + g.name() + "**" + g.title().map(t -> " " + HoverMarkdown.text(t)).orElse("") + "\n\n"
                + g.units().size() + " units: " + String.join(", ", g.units());
    }

    static String scale(Scale s) {
        return "**scale " + s.name() + "**" + s.title().map(t -> " " + t).orElse("") + "\n\n"
                + s.labels().stream().map(Scale.Label::name).collect(Collectors.joining(" < "))
                + "\n\ndefault " + s.defaultLabel() + "; achieved: " + String.join(", ", s.achieved());
    }

    static String rule(Rule r) {
        return "**rule " + r.label().orElse(r.id()) + "**: " + r.text();
    }
}
