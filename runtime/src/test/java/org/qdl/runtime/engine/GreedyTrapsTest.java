package org.qdl.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.result.Counted;
import org.qdl.runtime.result.Result;

/**
 * Structures where taking units one by one, each for the first rule that wants it, gets the verdict wrong. Each
 * structure that only counts units is decided twice: by the matching solver, and (with a harmless `at least 1
 * credit in total` added) by the type search, so that both solvers are held to it.
 */
class GreedyTrapsTest {

    @Test
    void aCatchAllFurtherRuleDoesNotStealTheOnlyUnitOfAGroup() {
        // the further rule comes first and c1 comes first (declared and listed): first-fit gives c1 to the further
        // rule and then has nothing for C
        for (CompiledQualification q : bothSolvers(b -> {
            b.unit("c1", 5, 2).unit("a1", 5, 2).unit("b1", 5, 2).unit("b2", 5, 2);
            b.rule(IrBuilder.further("further", List.of("b1", "b2", "c1"), 1));
            b.rule(IrBuilder.slot("A", List.of("a1"), 1, null, null));
            b.rule(IrBuilder.slot("B", List.of("b1", "b2"), 1, null, null));
            b.rule(IrBuilder.slot("C", List.of("c1"), 1, null, null));
        })) {
            Result r = q.evaluate(candidate("c1", "a1", "b1", "b2"));
            assertThat(r.achieved()).isTrue();
            assertThat(countedFor(r, "C")).containsExactly("c1");
            assertThat(countedFor(r, "further")).containsAnyOf("b1", "b2");

            Result short1 = q.evaluate(candidate("c1", "a1", "b1"));
            assertThat(short1.achieved()).isFalse();
            assertThat(short1.unitsNeeded()).isEqualTo(1);
        }
    }

    @Test
    void aUnitInTwoGroupsCountsForTheGroupThatNeedsIt() {
        // x is in A and in B; first-fit gives x to A (the first rule) and then finds nothing for B
        for (CompiledQualification q : bothSolvers(b -> {
            b.unit("x", 5, 2).unit("a2", 5, 2).unit("b2", 5, 2);
            b.rule(IrBuilder.slot("A", List.of("x", "a2"), 1, null, null));
            b.rule(IrBuilder.slot("B", List.of("x", "b2"), 1, null, null));
        })) {
            Result r = q.evaluate(candidate("x", "a2"));
            assertThat(r.achieved()).isTrue();
            assertThat(countedFor(r, "B")).containsExactly("x");
            assertThat(countedFor(r, "A")).containsExactly("a2");

            Result alone = q.evaluate(candidate("x"));
            assertThat(alone.achieved()).isFalse();
            assertThat(alone.unitsNeeded()).isEqualTo(1);
        }
    }

    @Test
    void creditsWhereTheFirstCombinationFoundIsNotValid() {
        // at least 10 credits from B, at least 6 credits at level 3, at most 12 credits in total: b1 + b2 (the
        // first units, and the largest first) make 11 credits with only 5 at level 3; only b2 + b3 will do
        IrBuilder b = new IrBuilder();
        b.unit("b1", 6, 1).unit("b2", 5, 3).unit("b3", 5, 3);
        b.rule(IrBuilder.slot("B", List.of("b1", "b2", "b3"), null, null, 10));
        b.rule(IrBuilder.sum("level3", null, IrBuilder.level("ge", 3), null, null, 6, null));
        b.rule(IrBuilder.sum("total", null, null, null, null, null, 12));
        CompiledQualification q = b.compile();

        Result r = q.evaluate(candidate("b1", "b2", "b3"));
        assertThat(r.achieved()).isTrue();
        assertThat(r.counted()).extracting(Counted::unit).containsExactlyInAnyOrder("b2", "b3");
        assertThat(r.surplus()).containsExactly("b1");
        assertThat(r.credits()).isEqualByComparingTo("10");

        Result without = q.evaluate(candidate("b1", "b2"));
        assertThat(without.achieved()).isFalse();
        assertThat(without.unitsNeeded()).isEqualTo(1);
    }

    @Test
    void creditsFromTwoGroupsSharingAUnit() {
        // x (8 credits) is in A and B; A needs 12 credits, B needs 8. Giving x to A (it is listed first and is the
        // largest) leaves B short; x must count for B and a1 + a2 + a3 for A
        IrBuilder b = new IrBuilder();
        b.unit("x", 8, 2).unit("a1", 4, 2).unit("a2", 4, 2).unit("a3", 4, 2).unit("b1", 3, 2);
        b.rule(IrBuilder.slot("A", List.of("x", "a1", "a2", "a3"), null, null, 12));
        b.rule(IrBuilder.slot("B", List.of("x", "b1"), null, null, 8));
        CompiledQualification q = b.compile();

        Result r = q.evaluate(candidate("x", "a1", "a2", "a3", "b1"));
        assertThat(r.achieved()).isTrue();
        assertThat(countedFor(r, "B")).contains("x");
        assertThat(countedFor(r, "A")).containsExactlyInAnyOrder("a1", "a2", "a3");

        Result short1 = q.evaluate(candidate("x", "a1", "a2", "b1"));
        assertThat(short1.achieved()).isFalse();
        assertThat(short1.unitsNeeded()).isEqualTo(1);
    }

    @Test
    void svqShapedStructure() {
        // SEMANTICS.md's SVQ example: all of A; 1 from each of B, C, D, E; 1 further from any of B-E; 7 in total
        for (boolean furtherFirst : new boolean[] {false, true}) {
            for (CompiledQualification q : bothSolvers(b -> svq(b, furtherFirst))) {
                Result two = q.evaluate(candidate("4427-450", "4427-551", "4427-212", "4427-564", "4427-566",
                        "4427-552", "4427-203"));
                assertThat(two.achieved()).isTrue();
                assertThat(countedFor(two, "C")).containsExactly("4427-212");
                assertThat(countedFor(two, "further")).hasSize(1).containsAnyOf("4427-552", "4427-203");
                assertThat(two.counted()).hasSize(7);

                // the only C unit listed first, before the two B units
                Result cFirst = q.evaluate(candidate("4427-212", "4427-552", "4427-203", "4427-450", "4427-551",
                        "4427-564", "4427-566"));
                assertThat(cFirst.achieved()).isTrue();

                // no C unit and one B unit: one from C and one more from any of B-E
                Result short2 = q.evaluate(candidate("4427-450", "4427-551", "4427-564", "4427-566", "4427-552"));
                assertThat(short2.achieved()).isFalse();
                assertThat(short2.unitsNeeded()).isEqualTo(2);
                assertThat(short2.shortfalls()).extracting(s -> s.requirement()).contains("C");
            }
        }
    }

    private static void svq(IrBuilder b, boolean furtherFirst) {
        List<String> a = List.of("4427-450", "4427-551");
        List<String> bUnits = List.of("4427-552", "4427-203", "4427-204");
        List<String> c = List.of("4427-212", "4427-213");
        List<String> d = List.of("4427-564", "4427-565");
        List<String> e = List.of("4427-566", "4427-567");
        // C's units are declared first, so that first-fit meets 4427-212 before the B units
        for (List<String> group : List.of(c, a, bUnits, d, e)) {
            group.forEach(ref -> b.unit(ref, 5, 5));
        }
        List<String> bToE = List.of(bUnits, c, d, e).stream().flatMap(List::stream).toList();
        if (furtherFirst) {
            b.rule(IrBuilder.further("further", bToE, 1));
        }
        b.rule(IrBuilder.slot("A", a, 2, null, null));
        b.rule(IrBuilder.slot("B", bUnits, 1, null, null));
        b.rule(IrBuilder.slot("C", c, 1, null, null));
        b.rule(IrBuilder.slot("D", d, 1, null, null));
        b.rule(IrBuilder.slot("E", e, 1, null, null));
        if (!furtherFirst) {
            b.rule(IrBuilder.further("further", bToE, 1));
        }
        b.rule(IrBuilder.sum("total", null, null, 7, null, null, null));
    }

    /** The structure as the matching solver sees it, and with a credit total that only the type search decides. */
    private static List<CompiledQualification> bothSolvers(Consumer<IrBuilder> structure) {
        IrBuilder matching = new IrBuilder();
        structure.accept(matching);
        IrBuilder search = new IrBuilder();
        structure.accept(search);
        search.rule(IrBuilder.sum("some-credit", null, null, null, null, 1, null));
        CompiledQualification byMatching = matching.compile();
        CompiledQualification bySearch = search.compile();
        assertThat(SolverChoice.usesMatching(byMatching)).as("decided by matching").isTrue();
        assertThat(SolverChoice.usesMatching(bySearch)).as("decided by the type search").isFalse();
        return List.of(byMatching, bySearch);
    }

    private static Candidate candidate(String... units) {
        return new Candidate("x", List.of(units).stream().map(Achievement::of).collect(Collectors.toList()));
    }

    private static List<String> countedFor(Result r, String requirement) {
        return r.counted().stream().filter(c -> c.requirement().equals(requirement)).map(Counted::unit).toList();
    }
}
