package org.qdl.runtime.engine;

import java.util.Arrays;
import java.util.List;

/** Items gathered in an array, as an immutable list that a {@code Result} keeps without copying. */
final class GatheredList {
    private GatheredList() {
    }

    /** Up to so many items make a list without an array of their own (List.of's fixed arities). */
    static final int FIXED = 10;

    /**
     * The first count items as an immutable list (which the result keeps as it is, without copying), made in one
     * allocation: the items are gathered in working memory, and a short list is made of its elements.
     */
    @SuppressWarnings("unchecked")
    static <T> List<T> of(Object[] a, int count) {
        return (List<T>) switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(a[0]);
            case 2 -> List.of(a[0], a[1]);
            case 3 -> List.of(a[0], a[1], a[2]);
            case 4 -> List.of(a[0], a[1], a[2], a[3]);
            case 5 -> List.of(a[0], a[1], a[2], a[3], a[4]);
            case 6 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5]);
            case 7 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
            case 8 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
            case 9 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
            case 10 -> List.of(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9]);
            default -> List.of(Arrays.copyOf(a, count));
        };
    }
}
