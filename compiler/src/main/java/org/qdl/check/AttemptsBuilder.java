package org.qdl.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.DidYouMean;
import org.qdl.model.Attempts;
import org.qdl.syntax.Span;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.AttemptsBlock;
import org.qdl.syntax.tree.Name;
import org.qdl.syntax.tree.Num;

/** Checks the qualification's rules on time and attempts (`attempts { … }`) and builds the model's. */
final class AttemptsBuilder {
    /** The longest period and the most resits a spec may give: beyond them a rule says nothing a centre could meet. */
    static final int MOST = 1000;

    private AttemptsBuilder() {
    }

    /** {@code grades}: every grade a unit of the qualification can have (what a resit may be capped at). */
    static Optional<Attempts> build(List<AttemptsBlock> blocks, Collection<String> grades, Diagnostics out) {
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 1; i < blocks.size(); i++) {
            out.add(Diagnostic.of(Code.Q0114, blocks.get(i).span(), "the qualification has two `attempts` blocks")
                    .withLabel("second").withNote(blocks.get(0).span(), "first").withHelp("merge them into one"));
        }
        AttemptsBlock block = blocks.get(0);
        Optional<Attempts.Period> registration = Optional.empty();
        Optional<Integer> resits = Optional.empty();
        Optional<Attempts.Period> window = Optional.empty();
        Optional<String> cap = Optional.empty();
        boolean once = false;
        Optional<LocalDate> closes = Optional.empty();
        Optional<LocalDate> ends = Optional.empty();
        Span closesSpan = null;
        Span endsSpan = null;
        List<Span> seen = new ArrayList<>();
        List<Class<?>> kinds = new ArrayList<>();
        Span limitSpan = null;
        List<Span> resitRules = new ArrayList<>();
        for (AttemptsBlock.Item item : block.items()) {
            int k = kinds.indexOf(item.getClass());
            if (k >= 0) {
                out.add(Diagnostic.of(Code.Q0114, item.span(), "the `attempts` block says this twice")
                        .withLabel("second").withNote(seen.get(k), "first").withHelp("keep one of them"));
                continue;
            }
            kinds.add(item.getClass());
            seen.add(item.span());
            if (item instanceof AttemptsBlock.RegistrationValid r) {
                registration = period(r.period(), out);
            } else if (item instanceof AttemptsBlock.ResitLimit r) {
                resits = count(r.most(), 0, "a number of resits", out);
                limitSpan = r.span();
            } else if (item instanceof AttemptsBlock.ResitWindow r) {
                window = period(r.period(), out);
                resitRules.add(r.span());
            } else if (item instanceof AttemptsBlock.ResitCap r) {
                if (Conditions.grade(r.grade().text(), r.grade().span(), grades, out)) {
                    cap = Optional.of(r.grade().text());
                }
                resitRules.add(r.span());
            } else if (item instanceof AttemptsBlock.NoResitOnceAchieved n) {
                once = true;
                resitRules.add(n.span());
            } else if (item instanceof AttemptsBlock.RegistrationCloses r) {
                boolean worded = word(r.closes(), "closes", "registration closes 2025-08-31", out);
                closes = date(r.date(), out).filter(d -> worded);
                closesSpan = r.date().span();
            } else if (item instanceof AttemptsBlock.CertificationEnds c) {
                boolean worded = word(c.certification(), "certification", "certification ends 2027-08-31", out)
                        & word(c.ends(), "ends", "certification ends 2027-08-31", out);
                ends = date(c.date(), out).filter(d -> worded);
                endsSpan = c.date().span();
            }
        }
        if (resits.isPresent() && resits.get() == 0) {
            for (Span rule : resitRules) {
                out.add(Diagnostic.of(Code.Q0162, rule, "this rule on resits can never apply: no resits are allowed")
                        .withLabel("about resits").withNote(limitSpan, "no resits allowed here")
                        .withHelp("remove it, or allow resits with `at most 1 resit per unit`"));
            }
        }
        if (closes.isPresent() && ends.isPresent() && !closes.get().isBefore(ends.get())) {
            out.add(Diagnostic.of(Code.Q0164, closesSpan, "registration closes on " + closes.get()
                    + ", not before certification ends on " + ends.get())
                    .withLabel("registration closes here").withNote(endsSpan, "certification ends here")
                    .withHelp("a learner registered on the last day must have time to achieve: check both dates "
                            + "against the specification"));
        }
        return Optional.of(new Attempts(registration, resits, window, cap, once, closes, ends, block.span()));
    }

    /** The header's date kinds that say what `registration closes` and `certification ends` say. */
    private static final List<String> REGISTRATION_KINDS = List.of("last-registration", "registration-end",
            "registration-closes");
    private static final List<String> CERTIFICATION_KINDS = List.of("last-certification", "certification-end",
            "certification-ends");

    /**
     * Q0165 where the header's `date last-registration` (or `last-certification`) gives another day than the
     * `attempts` block: the handbook's front matter would print one date and learners be checked against the other.
     */
    static void againstHeader(List<Attribute.Date> header, List<AttemptsBlock> blocks, Diagnostics out) {
        if (blocks.isEmpty()) {
            return;
        }
        for (AttemptsBlock.Item item : blocks.get(0).items()) {
            Name given = item instanceof AttemptsBlock.RegistrationCloses r ? r.date()
                    : item instanceof AttemptsBlock.CertificationEnds c ? c.date() : null;
            List<String> kinds = item instanceof AttemptsBlock.RegistrationCloses ? REGISTRATION_KINDS
                    : CERTIFICATION_KINDS;
            if (given == null) {
                continue;
            }
            for (Attribute.Date d : header) {
                if (!d.quoted() && kinds.contains(d.kind().text()) && !d.value().text().equals(given.text())) {
                    out.add(Diagnostic.of(Code.Q0165, given.span(), "the header's `date " + d.kind().text() + " "
                            + d.value().text() + "` is another day than " + given.text())
                            .withLabel("checked against learners").withNote(d.value().span(), "printed in the handbook")
                            .withHelp("make the two dates the same, as the specification gives it"));
                }
            }
        }
    }

    /** Whether a word of a dated line is the one QDL knows; Q0163 if not. */
    private static boolean word(Name given, String known, String example, Diagnostics out) {
        if (given.text().equals(known)) {
            return true;
        }
        Diagnostic d = Diagnostic.of(Code.Q0163, given.span(), "`" + given.text() + "` is not a word QDL knows here")
                .withLabel("expected `" + known + "`");
        out.add(DidYouMean.suggest(given.text(), List.of(known)).map(w -> d.withHelp("did you mean `" + w + "`?"))
                .orElse(d.withHelp("write `" + example + "`")));
        return false;
    }

    /** A real calendar date (`2025-02-30` is not one); Q0119 if not. */
    private static Optional<LocalDate> date(Name given, Diagnostics out) {
        try {
            return Optional.of(LocalDate.parse(given.text()));
        } catch (DateTimeParseException e) {
            out.add(Diagnostic.of(Code.Q0119, given.span(), "`" + given.text() + "` is not a date")
                    .withLabel("no such day").withHelp("write a real day as YYYY-MM-DD: `2025-08-31`"));
            return Optional.empty();
        }
    }

    private static Optional<Attempts.Period> period(AttemptsBlock.Period p, Diagnostics out) {
        Optional<Attempts.Period.Unit> unit = Attempts.Period.Unit.of(p.unit().text());
        if (unit.isEmpty()) {
            Diagnostic d = Diagnostic.of(Code.Q0160, p.unit().span(), "`" + p.unit().text()
                    + "` is not a length of time QDL knows").withLabel("not days, weeks, months or years");
            List<String> words = List.of("days", "weeks", "months", "years");
            out.add(DidYouMean.suggest(p.unit().text(), words).map(w -> d.withHelp("did you mean `" + w + "`?"))
                    .orElse(d.withHelp("write the period in days, weeks, months or years: `3 years`")));
        }
        Optional<Integer> count = count(p.count(), 1, "a length of time", out);
        return unit.isPresent() && count.isPresent() ? Optional.of(new Attempts.Period(count.get(), unit.get()))
                : Optional.empty();
    }

    /** A whole number from {@code least} to {@link #MOST}; Q0161 if not. */
    private static Optional<Integer> count(Num n, int least, String what, Diagnostics out) {
        BigDecimal v = n.value();
        if (!n.isWhole() || v.compareTo(BigDecimal.valueOf(least)) < 0 || v.compareTo(BigDecimal.valueOf(MOST)) > 0) {
            out.add(Diagnostic.of(Code.Q0161, n.span(), what + " must be a whole number from " + least + " to " + MOST
                    + ", not `" + v.toPlainString() + "`").withLabel("out of range")
                    .withHelp(least == 0 ? "write `at most 1 resit per unit`" : "write a whole number, e.g. `3 years`"));
            return Optional.empty();
        }
        return Optional.of(v.intValueExact());
    }
}
