package org.qdl.cli.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which candidates of each part an earlier part has, matched a bucket at a time, against a map filled in order. */
class EarlierPartsTest {
    @Test
    void eachPartsCandidatesAreFoundWhereTheyFirstAppear() throws InterruptedException {
        Random random = new Random(18);
        for (int round = 0; round < 60; round++) {
            int k = 1 + random.nextInt(round < 30 ? 6 : 30);
            List<IdTable> parts = new ArrayList<>();
            List<String> pool = new ArrayList<>();
            for (int p = 0; p < k; p++) {
                IdTable ids = new IdTable();
                // some parts have no candidates at all
                int n = random.nextInt(8) == 0 ? 0 : random.nextInt(round < 30 ? 40 : 4_000);
                for (int i = 0; i < n; i++) {
                    String id;
                    if (!pool.isEmpty() && random.nextInt(5) == 0) {
                        id = pool.get(random.nextInt(pool.size())); // a learner whose rows span parts
                    } else {
                        // Latin-1 ids and ids kept as UTF-16 (a CJK character, half a surrogate pair), and the empty id
                        String[] odd = {"é", "中", "\ud800", ""};
                        String tail = random.nextInt(10) == 0 ? odd[random.nextInt(3)] : "";
                        id = random.nextInt(50) == 0 ? odd[random.nextInt(odd.length)]
                                : "L" + random.nextInt(1_000_000) + tail;
                        pool.add(id);
                    }
                    ids.intern(id);
                }
                parts.add(ids);
            }
            int buckets = 1 + random.nextInt(8);
            EarlierParts sight = new EarlierParts(parts, buckets);
            // the parts sorted at once, then the buckets matched at once, on threads, as the joining does
            onThreads(k, sight::sort);
            onThreads(buckets, sight::match);

            Map<String, int[]> first = new HashMap<>();
            for (int p = 0; p < k; p++) {
                IdTable ids = parts.get(p);
                List<Integer> fresh = new ArrayList<>();
                List<Integer> seen = new ArrayList<>();
                for (int c = 0; c < ids.size(); c++) {
                    int[] where = first.putIfAbsent(ids.get(c), new int[] {p, c});
                    if (where == null) {
                        fresh.add(c);
                    } else {
                        seen.addAll(List.of(c, where[0], where[1]));
                    }
                }
                String as = "round " + round + ", part " + p + " of " + k + ", " + buckets + " buckets";
                assertThat(sight.fresh(p)).as(as).isEqualTo(fresh.stream().mapToInt(x -> x).toArray());
                assertThat(sight.seen(p)).as(as).isEqualTo(seen.stream().mapToInt(x -> x).toArray());
            }
        }
    }

    /** Parts with no ids, before, between and after those that have some. */
    @Test
    void emptyPartsAnywhere() throws InterruptedException {
        List<IdTable> parts = new ArrayList<>();
        for (String[] ids : new String[][] {{}, {}, {"a"}, {}, {"a", "b"}, {}, {"b", "c", "a"}, {}}) {
            IdTable table = new IdTable();
            for (String id : ids) {
                table.intern(id);
            }
            parts.add(table);
        }
        for (int buckets = 1; buckets <= 3; buckets++) {
            EarlierParts sight = new EarlierParts(parts, buckets);
            onThreads(parts.size(), sight::sort);
            onThreads(buckets, sight::match);
            assertThat(sight.fresh(2)).containsExactly(0);
            assertThat(sight.seen(4)).containsExactly(0, 2, 0);
            assertThat(sight.fresh(4)).containsExactly(1);
            assertThat(sight.seen(6)).containsExactly(0, 4, 1, 2, 2, 0);
            assertThat(sight.fresh(6)).containsExactly(1);
            for (int empty : new int[] {0, 1, 3, 5, 7}) {
                assertThat(sight.seen(empty)).isEmpty();
                assertThat(sight.fresh(empty)).isEmpty();
            }
        }
    }

    private static void onThreads(int n, java.util.function.IntConsumer work) throws InterruptedException {
        Thread[] threads = IntStream.range(0, n).mapToObj(i -> new Thread(() -> work.accept(i))).toArray(Thread[]::new);
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
