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

    static List<Section> sections(List<Attribute.Section> given) {
        List<Section> out = new ArrayList<>();
        for (Attribute.Section s : given) {
            out.add(section(s));
        }
        return out;
    }

    static Section section(Attribute.Section s) {
        List<Section.Item> items = new ArrayList<>();
        for (Prose.Item item : s.prose().items()) {
            items.add(new Section.Item(item instanceof Prose.Bullet, item.text().value()));
        }
        return new Section(Section.Kind.valueOf(s.kind().name()), s.title().map(t -> t.value()), items);
    }
}
