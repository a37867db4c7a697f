package org.qdl.runtime.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A shortfall's units to choose from, read off the qualification's references: a list like any other. */
class UnitRefsTest {
    private static final List<String> REFS = new ArrayList<>();

    static {
        for (int u = 0; u < 64; u++) {
            REFS.add("U" + u);
        }
    }

    /** Every way of reading it gives the units of the bits, in index order, as an ordinary list of them would. */
    @Test
    void readsAsTheListOfTheUnitsOfItsBits() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(64);
            UnitRefs all = UnitRefs.of(REFS.subList(0, n));
            assertThat(all).isEqualTo(REFS.subList(0, n));
            long units = random.nextLong() & (n == 64 ? -1L : (1L << n) - 1);
            List<String> expected = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                if ((units >>> u & 1) != 0) {
                    expected.add(REFS.get(u));
                }
            }
            List<String> list = all.only(units);
            assertThat(list).containsExactlyElementsOf(expected).hasSize(expected.size());
            assertThat(list).isEqualTo(expected);
            assertThat(List.copyOf(expected)).isEqualTo(list);
            assertThat(list.hashCode()).isEqualTo(expected.hashCode());
            assertThat(list.toString()).isEqualTo(expected.toString());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(list.get(i)).isEqualTo(expected.get(i));
            }
            List<String> each = new ArrayList<>();
            list.forEach(each::add);
            assertThat(each).isEqualTo(expected);
            if (expected.size() > 2) {
                assertThat(list.subList(1, expected.size() - 1)).isEqualTo(expected.subList(1, expected.size() - 1));
            }
        }
    }

    /**
     * Equal to any list of the same references in the same order, and to no other: two lists of one qualification's
     * references compare by their bits, others element by element.
     */
    @Test
    void equalsAsAnyListDoes() {
        Random random = new Random(11);
        UnitRefs all = UnitRefs.of(REFS);
        UnitRefs again = UnitRefs.of(REFS); // the same references, in an array of its own
        for (int round = 0; round < 500; round++) {
            long a = random.nextLong() >>> random.nextInt(64);
            long b = random.nextBoolean() ? a : a ^ 1L << random.nextInt(64);
            List<String> x = all.only(a);
            List<String> y = all.only(b);
            List<String> plainY = new ArrayList<>(y);
            boolean same = a == b;
            assertThat(x.equals(y)).isEqualTo(same);
            assertThat(x.equals(plainY)).isEqualTo(same);
            assertThat(plainY.equals(x)).isEqualTo(same);
            assertThat(x.equals(again.only(b))).isEqualTo(same);
            assertThat(x.equals(List.copyOf(plainY))).isEqualTo(same);
            if (same) {
                assertThat(x.hashCode()).isEqualTo(y.hashCode()).isEqualTo(plainY.hashCode());
            }
        }
        List<String> some = all.only(0b101);
        assertThat(some).isNotEqualTo(List.of("U0", "U2", "U3")).isNotEqualTo(List.of("U2", "U0"))
                .isNotEqualTo(java.util.Set.of("U0", "U2")).isNotEqualTo(null);
        assertThat(some.equals(some)).isTrue();
        assertThat(UnitRefs.of(List.of("A", "B")).only(0b01)).isNotEqualTo(UnitRefs.of(List.of("B", "A")).only(0b01));
        assertThat(UnitRefs.of(List.of("A", "B")).only(0b01)).isEqualTo(UnitRefs.of(List.of("B", "A")).only(0b10));
    }

    @Test
    void cannotBeChangedNorReadBeyondItsEnd() {
        UnitRefs all = UnitRefs.of(REFS);
        List<String> list = all.only(0b1011);
        assertThat(list).containsExactly("U0", "U1", "U3");
        assertThatThrownBy(() -> list.add("U9")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, "U9")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(all.only(0)).isEmpty();
        assertThatThrownBy(() -> UnitRefs.of(List.of("A", "B")).only(0b100))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> tooMany = new ArrayList<>(REFS);
        tooMany.add("U64");
        assertThatThrownBy(() -> UnitRefs.of(tooMany)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The references are copied once: changing the list they came from changes none made of them. */
    @Test
    void theReferencesGivenAreCopied() {
        List<String> given = new ArrayList<>(List.of("A", "B", "C"));
        UnitRefs all = UnitRefs.of(given);
        List<String> some = all.only(0b101);
        given.set(0, "Z");
        assertThat(all).containsExactly("A", "B", "C");
        assertThat(some).containsExactly("A", "C");
        List<String> withNull = new ArrayList<>(List.of("A"));
        withNull.add(null);
        assertThatThrownBy(() -> UnitRefs.of(withNull)).isInstanceOf(NullPointerException.class);
    }

    /** A shortfall keeps such a list as it is (it is immutable already), and equals one made with List.of. */
    @Test
    void aShortfallKeepsItAndEqualsOneMadeOfAnyList() {
        List<String> options = UnitRefs.of(REFS).only(0b110);
        Shortfall kept = new Shortfall("B", Shortfall.Kind.MORE, 1, java.math.BigDecimal.ZERO, options);
        assertThat(kept.options()).isSameAs(options);
        assertThat(kept).isEqualTo(new Shortfall("B", Shortfall.Kind.MORE, 1, java.math.BigDecimal.ZERO,
                List.of("U1", "U2")));
        List<String> mutable = new ArrayList<>(List.of("U1", "U2"));
        Shortfall copied = new Shortfall("B", Shortfall.Kind.MORE, 1, java.math.BigDecimal.ZERO, mutable);
        mutable.add("U3");
        assertThat(copied.options()).containsExactly("U1", "U2");
    }
}
