package org.qdl.runtime.result;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Some of a qualification's unit references (at most 64), in its order: those whose indices are the bits of a word.
 * An immutable list made in one small object, without copying the references: the units a shortfall offers to
 * choose from ("1 more unit from any of groups B–E: choose from …" lists most of a qualification's units, for most
 * learners not achieved), which a list of its own would copy twice. The references are copied once, into an array
 * that only these lists read ({@link #of}); {@link #only} makes the lists of some of them.
 */
public final class UnitRefs extends AbstractList<String> {
    /** Every unit's reference, by index: read, never written, and never handed out. */
    private final String[] refs;
    private final long units;
    private final int size;

    private UnitRefs(String[] refs, long units) {
        this.refs = refs;
        this.units = units;
        this.size = Long.bitCount(units);
    }

    /** Every reference given (at most 64, none null), in the order given: copied once. */
    public static UnitRefs of(List<String> refs) {
        if (refs.size() > Long.SIZE) {
            throw new IllegalArgumentException("more than 64 references");
        }
        String[] copy = refs.toArray(new String[0]);
        for (String ref : copy) {
            Objects.requireNonNull(ref);
        }
        return new UnitRefs(copy, copy.length == Long.SIZE ? -1L : (1L << copy.length) - 1);
    }

    /** The references of this list at the indices that are the bits of {@code some}, in index order. */
    public UnitRefs only(long some) {
        if ((some & ~units) != 0) {
            throw new IllegalArgumentException("a unit not in the list");
        }
        return new UnitRefs(refs, some);
    }

    @Override
    public String get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException();
        }
        long left = units;
        for (int k = 0; k < index; k++) {
            left &= left - 1;
        }
        return refs[Long.numberOfTrailingZeros(left)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private long left = units;

            @Override
            public boolean hasNext() {
                return left != 0;
            }

            @Override
            public String next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                String ref = refs[Long.numberOfTrailingZeros(left)];
                left &= left - 1;
                return ref;
            }
        };
    }

    @Override
    public void forEach(Consumer<? super String> action) {
        for (long left = units; left != 0; left &= left - 1) {
            action.accept(refs[Long.numberOfTrailingZeros(left)]);
        }
    }

    /**
     * As any list: the same references in the same order. Two lists of one qualification's references are compared by
     * their bits alone (a shortfall's words are looked up by the shortfall, once for each learner not achieved);
     * another list is walked once beside this one, not read by index (which counts bits from the start each time).
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof UnitRefs other && other.refs == refs) {
            return other.units == units;
        }
        if (!(o instanceof List<?> other) || other.size() != size) {
            return false;
        }
        Iterator<?> theirs = other.iterator();
        for (long left = units; left != 0; left &= left - 1) {
            if (!refs[Long.numberOfTrailingZeros(left)].equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    /** As any list's (see {@link List#hashCode}), without an iterator. */
    @Override
    public int hashCode() {
        int hash = 1;
        for (long left = units; left != 0; left &= left - 1) {
            hash = 31 * hash + refs[Long.numberOfTrailingZeros(left)].hashCode();
        }
        return hash;
    }

    /** The list itself where it is one of these (immutable already), else an immutable copy. */
    static List<String> immutable(List<String> options) {
        return options instanceof UnitRefs ? options : List.copyOf(options);
    }
}
