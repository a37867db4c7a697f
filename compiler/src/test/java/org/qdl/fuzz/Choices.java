package org.qdl.fuzz;

import java.util.List;

/**
 * A generator's decisions, read from a list of numbers that jqwik generates and shrinks: each decision takes the
 * next number modulo its number of options, and when the list runs out every decision takes its first option. So
 * the first option is always the simplest one (nothing more, the smallest count), and when jqwik shrinks a failing
 * list — fewer numbers, smaller numbers — the input it describes becomes simpler too.
 */
final class Choices {
    private final List<Integer> numbers;
    private int next;

    Choices(List<Integer> numbers) {
        this.numbers = numbers;
    }

    /** A number in [0, n). */
    int below(int n) {
        if (n <= 1 || next >= numbers.size()) {
            next++;
            return 0;
        }
        return Math.floorMod(numbers.get(next++), n);
    }

    /** A number in [low, high]. */
    int between(int low, int high) {
        return low + below(high - low + 1);
    }

    /** True about {@code percent} times in a hundred; false when the numbers run out. */
    boolean chance(int percent) {
        return below(100) >= 100 - percent;
    }

    @SafeVarargs
    final <T> T oneOf(T... options) {
        return options[below(options.length)];
    }

    <T> T oneOf(List<T> options) {
        return options.get(below(options.size()));
    }
}
