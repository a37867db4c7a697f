package org.qdl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qdl.diag.Code;
import org.qdl.diag.Diagnostic;
import org.qdl.syntax.tree.Attribute;
import org.qdl.syntax.tree.ErrorNode;

/**
 * The attributes of one block (a qualification, unit, group, outcome, criterion or pathway), checked for
 * where they may appear and for being given twice, with typed access to each.
 */
final class Block {
    enum Context {
        QUALIFICATION("a qualification", "title, number, awarding body, framework, level, size, tqt, glh, credit, "
                + "date and prose sections"),
        UNIT("a unit", "number, level, credit, glh, tqt, outcomes, criteria, knowledge, lead-ins, grading scale, "
                + "criterion scale, achieved when, grade and prose sections"),
        GROUP("a group", "title, credit (the group's declared total) and prose sections"),
        OUTCOME("an outcome", "criteria and prose sections"),
        CRITERION("a criterion", "prose sections such as guidance and evidence"),
        PATHWAY("a pathway", "number and prose sections, besides its rules");

        final String noun;
        final String allowed;

        Context(String noun, String allowed) {
            this.noun = noun;
            this.allowed = allowed;
        }
    }

    private final List<Attribute> attributes = new ArrayList<>();

    Block(List<? extends Attribute> given, Context context, Diagnostics out) {
        for (Attribute a : given) {
            if (a instanceof ErrorNode) {
                continue; // broken text, reported as a syntax error
            }
            if (!allowed(context, a)) {
                out.add(Diagnostic.of(Code.Q0113, a.span(), "`" + a.keyword() + "` is not allowed in " + context.noun)
                        .withLabel("not allowed here")
                        .withHelp(context.noun.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                                + context.noun.substring(1) + " may have " + context.allowed));
                continue;
            }
            Optional<Attribute> earlier = attributes.stream().filter(b -> sameSlot(a, b)).findFirst();
            if (earlier.isPresent()) {
                out.add(Diagnostic.of(Code.Q0114, a.span(), "`" + a.keyword() + "` is given twice in " + context.noun)
                        .withLabel("given again here")
                        .withNote(earlier.get().span(), "first given here")
                        .withHelp("keep one of them"));
                continue;
            }
            attributes.add(a);
        }
    }

    private static boolean allowed(Context c, Attribute a) {
        boolean prose = a instanceof Attribute.Section;
        return switch (c) {
            case QUALIFICATION -> prose || a instanceof Attribute.Title || a instanceof Attribute.Number
                    || a instanceof Attribute.AwardingBody || a instanceof Attribute.Framework
                    || a instanceof Attribute.Level || a instanceof Attribute.Size || a instanceof Attribute.Quantity
                    || a instanceof Attribute.Date;
            case UNIT -> prose || a instanceof Attribute.Number || a instanceof Attribute.Level
                    || a instanceof Attribute.Quantity || a instanceof Attribute.Outcome
                    || a instanceof Attribute.Criterion || a instanceof Attribute.Knowledge || a instanceof Attribute.LeadIn
                    || a instanceof Attribute.ScaleRef || a instanceof Attribute.AchievedWhen
                    || a instanceof Attribute.UnitGrade || a instanceof Attribute.Date;
            case GROUP -> prose || a instanceof Attribute.Title
                    || a instanceof Attribute.Quantity q && q.kind() == Attribute.QuantityKind.CREDIT;
            case OUTCOME -> prose || a instanceof Attribute.Criterion;
            case CRITERION -> prose;
            case PATHWAY -> prose || a instanceof Attribute.Number;
        };
    }

    /** Two attributes that may not both be given. */
    private static boolean sameSlot(Attribute a, Attribute b) {
        if (a.getClass() != b.getClass() || !Declarations.isSingle(a) && !(a instanceof Attribute.Section)) {
            return false;
        }
        if (a instanceof Attribute.Quantity qa) {
            return qa.kind() == ((Attribute.Quantity) b).kind();
        }
        if (a instanceof Attribute.LeadIn la) {
            return la.target() == ((Attribute.LeadIn) b).target();
        }
        if (a instanceof Attribute.ScaleRef ra) {
            return ra.role() == ((Attribute.ScaleRef) b).role();
        }
        if (a instanceof Attribute.Section sa) {
            Attribute.Section sb = (Attribute.Section) b;
            return sa.kind() != Attribute.SectionKind.SECTION && sa.kind() == sb.kind();
        }
        return true;
    }

    <T extends Attribute> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Attribute a : attributes) {
            if (type.isInstance(a)) {
                out.add(type.cast(a));
            }
        }
        return out;
    }

    <T extends Attribute> Optional<T> one(Class<T> type) {
        return all(type).stream().findFirst();
    }

    Optional<Attribute.Quantity> quantity(Attribute.QuantityKind kind) {
        return all(Attribute.Quantity.class).stream().filter(q -> q.kind() == kind).findFirst();
    }

    Optional<Attribute.ScaleRef> scale(Attribute.ScaleRole role) {
        return all(Attribute.ScaleRef.class).stream().filter(r -> r.role() == role).findFirst();
    }

    List<Attribute> attributes() {
        return attributes;
    }
}
