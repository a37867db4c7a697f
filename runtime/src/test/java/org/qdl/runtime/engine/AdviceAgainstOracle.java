package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.qdl.runtime.result.Advice;
import org.qdl.runtime.result.Result;
import org.qdl.runtime.result.Shortfall;

/**
 * The engine's advice against the oracle's minimal completions: every unit offered (in a shortfall or a way) lies
 * in some minimal completion; every set a way stands for is a minimal completion; and the ways, with the ones
 * left out, count every minimal completion (so every one of size 2 or less is found) when the advice says it
 * counted them all.
 */
final class AdviceAgainstOracle {
    private AdviceAgainstOracle() {
    }

    /**
     * Each rule a shortfall names (for more units or credits) is short in the combination reported: the candidate's
     * own units counted for it (or, for a rule that bounds, all counted units of its pool) do not meet it.
     */
    static void checkNamedRulesShort(Result r, BruteForceOracle oracle, RandomStructures.Case c,
            Supplier<String> context) {
        Set<String> counted = new HashSet<>();
        r.counted().forEach(x -> counted.add(x.unit()));
        for (Shortfall s : r.shortfalls()) {
            if (s.kind() != Shortfall.Kind.MORE) {
                continue;
            }
            Set<String> forIt = new HashSet<>();
            r.counted().stream().filter(x -> x.requirement().equals(s.requirement())).forEach(x -> forIt.add(x.unit()));
            assertThat(oracle.meetsInCombination(c.candidate(), c.whatIf(), s.requirement(), forIt, counted))
                    .as(() -> "named rule " + s.requirement() + " is not short" + context.get()).isFalse();
        }
    }

    static void check(Result r, Set<Set<String>> minimal, Supplier<String> context) {
        Set<String> inSome = new HashSet<>();
        minimal.forEach(inSome::addAll);
        Supplier<String> more = () -> context.get() + "\nadvice " + r.advice() + "\noracle's completions " + minimal;
        for (Shortfall s : r.shortfalls()) {
            assertThat(inSome).as(() -> "offered for " + s.requirement() + " but in no minimal completion" + more.get())
                    .containsAll(s.options());
        }
        Advice a = r.advice();
        assertThat(a.unitsNeeded()).as(() -> "advice's units needed" + more.get()).isEqualTo(r.unitsNeeded());
        long shown = 0;
        for (Advice.Way w : a.ways()) {
            for (Set<String> c : expand(w)) {
                assertThat(minimal).as(() -> "a way offers " + c + ", not a minimal completion" + more.get())
                        .contains(c);
            }
            shown += w.count();
        }
        if (a.exhaustive()) {
            assertThat(shown + a.moreWays()).as(() -> "completions counted" + more.get()).isEqualTo(minimal.size());
        } else {
            assertThat(r.unitsNeeded()).as(() -> "advice cut short for a small completion" + more.get())
                    .isGreaterThan(2);
        }
    }

    private static List<Set<String>> expand(Advice.Way w) {
        List<Set<String>> out = new ArrayList<>();
        out.add(new HashSet<>());
        for (List<String> choice : w.choices()) {
            List<Set<String>> next = new ArrayList<>();
            for (Set<String> partial : out) {
                for (String unit : choice) {
                    Set<String> s = new HashSet<>(partial);
                    s.add(unit);
                    next.add(s);
                }
            }
            out = next;
        }
        return out;
    }
}
