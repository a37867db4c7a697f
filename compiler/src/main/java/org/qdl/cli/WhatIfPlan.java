package org.qdl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.text.Spelling;
import org.qdl.runtime.words.DidYouMeanWords;

/**
 * `qdl eval --with 4427-223 --with 4427-564:Pass --without 4427-210`: a tutor's plan, tried on candidates without
 * editing the export. A unit given with {@code --with} replaces the candidate's entries for it by one achieved entry
 * (with the result given, if any); a unit given with {@code --without} loses its entries.
 */
record WhatIfPlan(List<Achievement> with, List<String> without) {

    static final WhatIfPlan NONE = new WhatIfPlan(List.of(), List.of());

    /** The plan as typed, checked against the qualification's units: an unknown unit is a usage error. */
    static WhatIfPlan of(List<String> with, List<String> without, CompiledQualification q) {
        List<Achievement> added = new ArrayList<>();
        for (String typed : with) {
            String ref = typed.trim();
            Optional<String> result = Optional.empty();
            int colon = ref.lastIndexOf(':');
            if (!held(ref, q) && colon > 0) {
                result = Optional.of(ref.substring(colon + 1).trim());
                ref = ref.substring(0, colon).trim();
            }
            added.add(new Achievement(known(ref, "--with", q), result, java.util.Map.of(), Optional.empty(),
                    Optional.empty(), 0));
        }
        List<String> removed = new ArrayList<>();
        for (String typed : without) {
            removed.add(known(typed.trim(), "--without", q));
        }
        return new WhatIfPlan(List.copyOf(added), List.copyOf(removed));
    }

    /** A unit of the qualification, or what it requires beside its units (`--with communication:5`). */
    private static boolean held(String ref, CompiledQualification q) {
        return q.hasUnit(ref) || q.ir().requisites().stream().anyMatch(r -> r.id().equals(ref));
    }

    private static String known(String ref, String option, CompiledQualification q) {
        if (!held(ref, q)) {
            String hint = DidYouMeanWords.question(Spelling.offered(ref, q.ir().units().stream()
                    .map(u -> u.ref()).toList())).map(h -> "; " + h).orElse("");
            throw CliException.usage(option + ": unit `" + ref + "` is not part of this qualification" + hint);
        }
        return ref;
    }

    boolean isEmpty() {
        return with.isEmpty() && without.isEmpty();
    }

    /** The candidate with the plan applied. */
    Candidate apply(Candidate c) {
        if (isEmpty()) {
            return c;
        }
        List<String> replaced = new ArrayList<>(without);
        with.forEach(a -> replaced.add(a.unit()));
        List<Achievement> out = new ArrayList<>();
        for (Achievement a : c.achievements()) {
            if (a.unit() == null || !contains(replaced, a.unit())) {
                out.add(a);
            }
        }
        out.addAll(with);
        return new Candidate(c.id(), out, c.problems(), c.registered());
    }

    private static boolean contains(List<String> refs, String unit) {
        String key = unit.trim().toLowerCase(Locale.ROOT);
        return refs.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).equals(key));
    }

    /** "with 4427-223, 4427-564 (Pass); without 4427-210". */
    String words() {
        List<String> parts = new ArrayList<>();
        if (!with.isEmpty()) {
            parts.add("with " + String.join(", ", with.stream()
                    .map(a -> a.unit() + a.result().map(r -> " (" + r + ")").orElse("")).toList()));
        }
        if (!without.isEmpty()) {
            parts.add("without " + String.join(", ", without));
        }
        return String.join("; ", parts);
    }
}
