package org.qdl.syntax.tree;

import java.util.List;
import java.util.Optional;
import org.qdl.syntax.Span;

/**
 * One `keyword value` line of a qualification, unit, group, outcome, criterion or pathway. The grammar
 * accepts every attribute everywhere; the checker says where each one belongs.
 */
public sealed interface Attribute extends QualificationMember, GroupMember, PathwayMember
        permits Attribute.Title, Attribute.Number, Attribute.AwardingBody, Attribute.Framework, Attribute.Level,
        Attribute.Size, Attribute.Quantity, Attribute.Date, Attribute.Section, Attribute.Outcome, Attribute.Criterion,
        Attribute.Knowledge, Attribute.LeadIn, Attribute.ScaleRef, Attribute.AchievedWhen, Attribute.UnitGrade, ErrorNode {

    /** The keyword(s) that start the attribute, as the author writes them; used in messages. */
    String keyword();

    record Title(Text text, Span span) implements Attribute {
        public String keyword() {
            return "title";
        }
    }

    /** `number 4427-20 "City & Guilds qualification number"`; `regulator` marks a regulator's number. */
    record Number(boolean regulator, Name value, Optional<Text> caption, Span span) implements Attribute {
        public String keyword() {
            return "number";
        }
    }

    record AwardingBody(Text name, Span span) implements Attribute {
        public String keyword() {
            return "awarding body";
        }
    }

    record Framework(Name name, Span span) implements Attribute {
        public String keyword() {
            return "framework";
        }
    }

    record Level(LevelValue level, Span span) implements Attribute {
        public String keyword() {
            return "level";
        }
    }

    /** `size certificate`: the size word of the title (award, certificate, diploma, ...). */
    record Size(Text word, Span span) implements Attribute {
        public String keyword() {
            return "size";
        }
    }

    /** `tqt 150`, `glh 135`, `glh 327 to 488`, `credit 15`. */
    record Quantity(QuantityKind kind, Num low, Optional<Num> high, Span span) implements Attribute {
        public String keyword() {
            return kind.word();
        }
    }

    enum QuantityKind {
        TQT("tqt"), GLH("glh"), CREDIT("credit");

        private final String word;

        QuantityKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** `date operational-start 2014-11-01`, or a note in quotes where the seed gives no date. */
    record Date(Name kind, Name value, boolean quoted, Span span) implements Attribute {
        public String keyword() {
            return "date";
        }
    }

    /**
     * A prose section: `aims { ... }`, `overview "..."`, `section "Title" { ... }`, with the awarding body's own
     * number where it gives one (`section 2.1 "Resource requirements" { ... }`, `progression 1.2 { ... }`).
     */
    record Section(SectionKind kind, Optional<Name> number, Optional<Text> title, Prose prose, Span span)
            implements Attribute {
        public String keyword() {
            return kind.word();
        }
    }

    enum SectionKind {
        AIMS("aims"), ENTRY_REQUIREMENTS("entry requirements"), PROGRESSION("progression"),
        ASSESSMENT("assessment"), DELIVERY("delivery"), OVERVIEW("overview"), GUIDANCE("guidance"),
        EVIDENCE("evidence"), CONTENT("content"), SECTION("section");

        private final String word;

        SectionKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** `learning outcome 1 "..." { criterion 1.1 "..." }` or `performance outcome 1 "..." { ... }`. */
    record Outcome(OutcomeKind kind, Name ref, Text text, List<Attribute> body, Span span) implements Attribute {
        public Outcome {
            body = List.copyOf(body);
        }

        public String keyword() {
            return kind.word();
        }
    }

    enum OutcomeKind {
        LEARNING("learning outcome"), PERFORMANCE("performance outcome");

        private final String word;

        OutcomeKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** `criterion 1.1 "I can list three examples ..." { guidance "..." evidence "..." }`. */
    record Criterion(Name ref, Text text, List<Attribute> body, Span span) implements Attribute {
        public Criterion {
            body = List.copyOf(body);
        }

        public String keyword() {
            return "criterion";
        }
    }

    /** `knowledge a "your organisation's standards for appearance and behaviour"`. */
    record Knowledge(Name ref, Text text, Span span) implements Attribute {
        public String keyword() {
            return "knowledge";
        }
    }

    /** `lead-in outcomes "When you ... you must consistently:"`: the sentence before a unit's list. */
    record LeadIn(LeadInTarget target, Text text, Span span) implements Attribute {
        public String keyword() {
            return "lead-in " + target.word();
        }
    }

    enum LeadInTarget {
        OUTCOMES("outcomes"), KNOWLEDGE("knowledge");

        private final String word;

        LeadInTarget(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** `grading scale pass-nyp` (the unit's results) or `criterion scale nlsh` (its criterion ratings). */
    record ScaleRef(ScaleRole role, Name scale, Span span) implements Attribute {
        public String keyword() {
            return role.word();
        }
    }

    enum ScaleRole {
        GRADING("grading scale"), CRITERION("criterion scale");

        private final String word;

        ScaleRole(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** `achieved when every criterion at S or above`. */
    record AchievedWhen(Condition condition, Span span) implements Attribute {
        public String keyword() {
            return "achieved when";
        }
    }

    /** `grade Advanced when ...` or `grade Introductory otherwise`, inside a unit. */
    record UnitGrade(Name grade, Optional<Condition> when, Span span) implements Attribute {
        public String keyword() {
            return "grade";
        }
    }
}
