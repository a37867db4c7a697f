package org.qdl.runtime.result;

import java.util.List;

/**
 * What would complete the qualification for a candidate not yet achieved, as the engine found and verified it:
 * the ways to add the least number of further units (its minimal completions), grouped compactly.
 *
 * <p>Each {@link Way} stands for every set made by taking one unit of each of its choices; every such set,
 * added to the candidate's units, achieves the qualification (the engine re-evaluated each), and no smaller set
 * does. The ways together are every minimal completion the engine found, {@code moreWays} the ones it found and
 * left out to keep the advice short.
 *
 * @param unitsNeeded the least number of further units (the size of each completion)
 * @param ways the minimal completions, grouped (at most a few)
 * @param moreWays how many minimal completions the ways shown leave out
 * @param exhaustive false when there were too many minimal completions to count them all: then there are more
 *     than {@code moreWays}
 * @param forCredit units the candidate holds as exempt that a completion takes again, for their credit
 */
public record Advice(int unitsNeeded, List<Way> ways, long moreWays, boolean exhaustive, List<String> forCredit) {

    public Advice {
        ways = List.copyOf(ways);
        forCredit = List.copyOf(forCredit);
    }

    /** Every unit some way offers, in the order the ways give them. */
    public List<String> units() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        ways.forEach(w -> w.choices().forEach(out::addAll));
        return List.copyOf(out);
    }

    /**
     * One unit of each choice: {@code [[A, B], [C]]} is "one of A and B, and C". The choices are disjoint, so each
     * pick is a set of {@code choices().size()} units.
     */
    public record Way(List<List<String>> choices) {
        public Way {
            choices = choices.stream().map(List::copyOf).toList();
        }

        /** How many completions this way stands for. */
        public long count() {
            long n = 1;
            for (List<String> c : choices) {
                n *= c.size();
            }
            return n;
        }
    }
}
