package org.qdl.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.model.Identifier;
import org.qdl.model.Range;
import org.qdl.model.Section;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.Prose;

/** Reading attribute values into model values, with the checks that belong to a single value. */
final class Values {
    private static final java.util.regex.Pattern REGULATOR_NUMBER = java.util.regex.Pattern.compile(
            "\\d{3}/\\d{4}/[0-9X]|[A-Z]/\\d{3}/\\d{4}");

    private Values() {
    }

    /** A TQT, GLH or credit value: positive, whole where it must be, and a range that runs forwards. */
    static Optional<Range> quantity(Optional<Attribute.Quantity> attr, Diagnostics out) {
        if (attr.isEmpty()) {
            return Optional.empty();
        }
        Attribute.Quantity q = attr.get();
        BigDecimal low = q.low().value();
        BigDecimal high = q.high().map(h -> h.value()).orElse(low);
        String what = q.kind() == Attribute.QuantityKind.CREDIT ? "credit" : q.kind().word().toUpperCase(
                java.util.Locale.ROOT);
        if (!Numbers.inRange(q.low(), out) || q.high().isPresent() && !Numbers.inRange(q.high().get(), out)) {
            return Optional.empty();
        }
        if (low.signum() <= 0) {
            out.add(Diagnostic.of(Code.Q0201, q.low().span(), what + " must be more than 0, not " + low.toPlainString())
                    .withLabel("not a positive value")
                    .withHelp("leave `" + q.kind().word() + "` out where the handbook gives none"));
            return Optional.empty();
        }
        if (q.kind() != Attribute.QuantityKind.CREDIT && (!q.low().isWhole()
                || q.high().isPresent() && !q.high().get().isWhole())) {
            out.add(Diagnostic.of(Code.Q0214, q.span(), what + " is counted in whole hours")
                    .withLabel("not a whole number").withHelp("round to the nearest hour"));
            return Optional.empty();
        }
        if (high.compareTo(low) < 0) {
            out.add(Diagnostic.of(Code.Q0206, q.span(), what + " range runs backwards: " + low.toPlainString()
                    + " to " + high.toPlainString())
                    .withLabel("the first number should be the smaller")
                    .withHelp("write `" + q.kind().word() + " " + high.toPlainString() + " to " + low.toPlainString()
                            + "`"));
            return Optional.empty();
        }
        return Optional.of(new Range(low, high));
    }

    static List<Identifier> identifiers(List<Attribute.Number> numbers, Diagnostics out) {
        List<Identifier> ids = new ArrayList<>();
        List<Attribute.Number> seen = new ArrayList<>();
        for (Attribute.Number n : numbers) {
            String value = n.value().text();
            Optional<Attribute.Number> dup = seen.stream().filter(s -> s.value().text().equals(value)).findFirst();
            if (dup.isPresent()) {
                out.add(Diagnostic.of(Code.Q0106, n.value().span(), "number `" + value + "` is given twice")
                        .withLabel("given again here")
                        .withNote(dup.get().value().span(), "first given here"));
                continue;
            }
            seen.add(n);
            if (n.regulator() && !REGULATOR_NUMBER.matcher(value).matches()) {
                out.add(Diagnostic.of(Code.Q0207, n.value().span(), "`" + value
                        + "` does not look like a regulator's number")
                        .withLabel("expected a form such as 601/4768/4 or R/506/4854")
                        .withHelp("drop `regulator` if this is another kind of number"));
            }
            ids.add(new Identifier(value, n.caption().map(c -> c.value()), n.regulator()));
        }
        return ids;
    }

    static List<Section> sections(List<Attribute.Section> given, Diagnostics out) {
        List<Section> sections = new ArrayList<>();
        java.util.Map<String, Attribute.Section> numbered = new java.util.HashMap<>();
        for (Attribute.Section s : given) {
            if (s.number().isPresent()) {
                Attribute.Section earlier = numbered.putIfAbsent(s.number().get().text(), s);
                if (earlier != null) {
                    out.add(Diagnostic.of(Code.Q0127, s.number().get().span(), "section number `"
                            + s.number().get().text() + "` is given to two sections")
                            .withLabel("given again here")
                            .withNote(earlier.number().get().span(), "first given here")
                            .withHelp("number each section as the awarding body's document does; a \"see section "
                                    + s.number().get().text() + "\" must lead to one place"));
                }
            }
            sections.add(section(s, out));
        }
        return sections;
    }

    static Section section(Attribute.Section s, Diagnostics out) {
        List<Section.Item> items = new ArrayList<>();
        boolean afterBullet = false;
        for (Prose.Item item : s.prose().items()) {
            if (item instanceof Prose.Paragraph p) {
                items.add(new Section.Paragraph(p.text().value()));
            } else if (item instanceof Prose.Bullet b) {
                if (b.nested() && !afterBullet) {
                    out.add(Diagnostic.of(Code.Q0126, b.span(), "a sub-point with no bullet point above it")
                            .withLabel("`--` puts a point under the bullet point before it")
                            .withHelp("write `- \"...\"` for a bullet point of its own, or put a `- \"...\"` above"));
                }
                items.add(new Section.Bullet(b.text().value(), b.nested() && afterBullet));
            } else if (item instanceof Prose.Heading h) {
                items.add(new Section.Heading(h.text().value()));
            } else if (item instanceof Prose.Table t) {
                table(t, out).ifPresent(items::add);
            }
            afterBullet = item instanceof Prose.Bullet;
        }
        return new Section(Section.Kind.valueOf(s.kind().name()), s.number().map(n -> n.text()),
                s.title().map(t -> t.value()), items);
    }

    /** A table: one header row first, then rows of as many cells as the header has. */
    private static Optional<Section.Table> table(Prose.Table t, Diagnostics out) {
        if (t.rows().isEmpty() || !t.rows().get(0).header()) {
            Diagnostic d = Diagnostic.of(Code.Q0124, t.rows().isEmpty() ? t.span() : t.rows().get(0).span(),
                    "a table must begin with its header row")
                    .withLabel(t.rows().isEmpty() ? "this table has no rows" : "the first row is not a header")
                    .withHelp("begin the table with `header \"Column 1\", \"Column 2\"`, the columns' headings");
            out.add(d);
            return Optional.empty();
        }
        Prose.Row header = t.rows().get(0);
        List<List<String>> rows = new ArrayList<>();
        boolean ok = true;
        for (Prose.Row r : t.rows().subList(1, t.rows().size())) {
            if (r.header()) {
                out.add(Diagnostic.of(Code.Q0124, r.span(), "a table has one header row")
                        .withLabel("a second header").withNote(header.span(), "the header row is here")
                        .withHelp("write this row as `row`, or start a new table"));
                ok = false;
            } else if (r.cells().size() != header.cells().size()) {
                int n = header.cells().size();
                out.add(Diagnostic.of(Code.Q0123, r.span(), "this row has " + r.cells().size()
                        + (r.cells().size() == 1 ? " cell" : " cells") + " but the table's header has " + n)
                        .withLabel(r.cells().size() < n ? "too few cells" : "too many cells")
                        .withNote(header.span(), "the header row")
                        .withHelp("give every row " + n + (n == 1 ? " cell" : " cells") + "; an empty cell is `\"\"`"));
                ok = false;
            }
            rows.add(r.cells().stream().map(c -> c.value()).toList());
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Section.Table(t.caption().map(c -> c.value()).orElse(""),
                header.cells().stream().map(c -> c.value()).toList(), rows));
    }
}
