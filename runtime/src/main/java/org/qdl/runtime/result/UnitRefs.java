package org.qdl.runtime.result;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Some of a qualification's unit references, in its order: those whose indices are the bits of a word (a
 * qualification of at most 64 units). An immutable list made in one small object, without copying the references:
 * the units a shortfall offers to choose from ("1 more unit from any of groups B–E: choose from …" lists most of a
 * qualification's units, for most learners not achieved), which a list of its own would copy twice.
 */
final class UnitRefs extends AbstractList<String> {
    /** Every unit's reference, by index: the qualification's own array, never written. */
    private final String[] refs;
    private final long units;
    private final int size;

    UnitRefs(String[] refs, long units) {
        if (refs.length > Long.SIZE || refs.length < Long.SIZE && units >>> refs.length != 0) {
            throw new IllegalArgumentException("a unit beyond the references");
        }
        this.refs = refs;
        this.units = units;
        this.size = Long.bitCount(units);
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

    /** The list itself where it is one (immutable already), else an immutable copy. */
    static List<String> immutable(List<String> options) {
        return options instanceof UnitRefs ? options : List.copyOf(options);
    }
}
