package org.qdl.syntax.tree;

import java.util.List;
import org.qdl.syntax.Span;

/**
 * `attempts { registration valid for 3 years; at most 1 resit per unit; resit within 12 months; resit capped at Pass;
 * no resit once achieved; registration closes 2025-08-31; certification ends 2027-08-31 }`: how a candidate's attempt
 * history counts.
 */
public record AttemptsBlock(List<Item> items, Span span) implements QualificationMember {

    public AttemptsBlock {
        items = List.copyOf(items);
    }

    public sealed interface Item extends Node
            permits RegistrationValid, ResitLimit, ResitWindow, ResitCap, NoResitOnceAchieved, RegistrationCloses,
            CertificationEnds, ErrorNode {
    }

    /** `3 years`: a count and the word for its unit, as written (the checker knows the words). */
    public record Period(Num count, Name unit, Span span) implements Node {
    }

    /** `registration valid for 3 years` */
    public record RegistrationValid(Period period, Span span) implements Item {
    }

    /** `at most 1 resit per unit` */
    public record ResitLimit(Num most, Span span) implements Item {
    }

    /** `resit within 12 months` (of the attempt before) */
    public record ResitWindow(Period period, Span span) implements Item {
    }

    /** `resit capped at Pass` */
    public record ResitCap(Name grade, Span span) implements Item {
    }

    /** `no resit once achieved` */
    public record NoResitOnceAchieved(Span span) implements Item {
    }

    /**
     * `registration closes 2025-08-31`: the last day a learner may be registered. {@code closes}: the word written
     * after `registration` (the checker knows it); {@code date}: as written.
     */
    public record RegistrationCloses(Name closes, Name date, Span span) implements Item {
    }

    /**
     * `certification ends 2027-08-31`: the certification end date, after which no certificate is issued. The words
     * as written (the checker knows them), and the date.
     */
    public record CertificationEnds(Name certification, Name ends, Name date, Span span) implements Item {
    }
}
