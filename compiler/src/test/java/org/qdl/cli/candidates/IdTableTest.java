package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ids are found in another part's table, sealed or not, and ids it does not have are not; and ids that may differ
 * only in case are told from ids that cannot.
 */
class IdTableTest {
    @Test
    void everyIdOfAnotherTableIsFoundWhereItIsAndNowhereElse() {
        Random random = new Random(18);
        for (int round = 0; round < 20; round++) {
            IdTable here = new IdTable();
            IdTable other = new IdTable();
            List<String> shared = new ArrayList<>();
            java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
            int n = 1 + random.nextInt(round < 10 ? 50 : 50_000);
            for (int i = 0; i < n; i++) {
                String id = id(random);
                numbers.put(id, here.intern(id));
                if (random.nextInt(4) == 0) {
                    shared.add(id);
                }
            }
            for (int i = 0; i < n; i++) {
                other.intern(random.nextBoolean() && !shared.isEmpty() ? shared.get(random.nextInt(shared.size()))
                        : id(random));
            }
            int[] unsealed = new int[other.size()];
            for (int k = 0; k < other.size(); k++) {
                unsealed[k] = here.find(other, k);
            }
            here.seal();
            for (int k = 0; k < other.size(); k++) {
                int found = here.find(other, k);
                assertThat(found).as("sealed and not, the same").isEqualTo(unsealed[k]);
                assertThat(found).as(other.get(k)).isEqualTo(numbers.getOrDefault(other.get(k), -1));
            }
        }
    }

    @Test
    void anIdAddedAfterTheSealIsFound() {
        IdTable here = new IdTable();
        here.intern("A1");
        here.seal();
        here.intern("B2");
        IdTable other = new IdTable();
        other.intern("B2");
        assertThat(here.find(other, 0)).isEqualTo(1);
    }

    @Test
    void idsMayDifferOnlyInCaseWhereSomeHaveLowerCaseLettersAndSomeCapitalsOrAnyIsBeyondAscii() {
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("S001", "S002"), table("T9")))).isFalse();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("s001", "x-2"), table("123")))).isFalse();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("123", "4 5")))).isFalse();
        assertThat(IdTable.mayDifferOnlyInCase(List.of())).isFalse();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("s001", "S001")))).isTrue();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("abc"), table("ABD")))).as("across parts").isTrue();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("Ab")))).as("in one id").isTrue();
        assertThat(IdTable.mayDifferOnlyInCase(List.of(table("É1")))).as("beyond ASCII").isTrue();
    }

    private static IdTable table(String... ids) {
        IdTable t = new IdTable();
        for (String id : ids) {
            t.intern(id);
        }
        return t;
    }

    private static String id(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(10); i < n; i++) {
            s.append(random.nextInt(20) == 0 ? (char) ('é' + random.nextInt(3)) : (char) ('0' + random.nextInt(43)));
        }
        return s.toString();
    }
}
