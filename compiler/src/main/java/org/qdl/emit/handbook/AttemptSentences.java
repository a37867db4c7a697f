package org.qdl.emit.handbook;

import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qdl.model.Attempts;

/** The rules on time and attempts in the handbook's words: "A registration is valid for 3 years: …". */
final class AttemptSentences {
    private AttemptSentences() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    static List<Sentence> of(Attempts a) {
        List<Sentence> out = new ArrayList<>();
        a.registrationCloses().ifPresent(d -> out.add(Sentence.of("Learners must be registered by " + d.format(DAY)
                + ": no unit of a learner registered after it counts towards this qualification.")));
        a.certificationEnds().ifPresent(d -> out.add(Sentence.of("The certification end date is " + d.format(DAY)
                + ": a unit achieved after it does not count, and no certificate is issued after it.")));
        a.registrationValid().ifPresent(p -> out.add(Sentence.of("A registration is valid for " + p.words()
                + ": units count only when achieved from the date of registration until it ends.")));
        a.resitsPerUnit().ifPresent(n -> out.add(Sentence.of(n == 0 ? "A unit may not be resat."
                : "A unit may be resat at most " + (n == 1 ? "once" : n + " times")
                        + "; a later attempt does not count.")));
        a.resitWithin().ifPresent(p -> out.add(Sentence.of("A resit counts only when taken within " + p.words()
                + " of the attempt before it.")));
        a.resitCap().ifPresent(c -> out.add(Sentence.of("A resit is capped at " + c
                + ": a higher grade at a resit counts as " + c + ".")));
        if (a.noResitOnceAchieved()) {
            out.add(Sentence.of("A unit once achieved may not be resat to improve its grade."));
        }
        if (a.resitsPerUnit().isPresent() || a.resitWithin().isPresent()) {
            // a unit closed on its own (SEMANTICS.md): the checker and qdl eval never offer it
            out.add(Sentence.of("A unit not achieved when its resits are used up"
                    + (a.resitWithin().isPresent() ? ", or when the time for its resit has passed," : "")
                    + " can no longer count: the rules must then be met with other units."));
        }
        if (a.registrationValid().isPresent() || a.resitsPerUnit().isPresent() || a.resitWithin().isPresent()
                || a.resitCap().isPresent() || a.noResitOnceAchieved()) {
            out.add(Sentence.of("Of a learner's attempts at a unit, the best one these rules allow counts."));
        }
        return out;
    }
}
