package org.qdl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Broken copies of every spec the project has — the real ones and the tests' — each with one to four
 * mutations ({@link SpecMutator}), checked against {@link SpecInvariants}: diagnostics at real positions and
 * never an exception, the IR and the engine for what still checks, the printer for what still parses, and the
 * command line. A copy that lost a brace, or was cut inside a declaration, always has an error.
 */
class SpecMutationFuzzTest {

    @Provide
    Arbitrary<SpecMutator.Mutant> mutants() {
        Arbitrary<SpecMutator.Op> op = Combinators.combine(Arbitraries.integers().between(0, SpecMutator.KINDS - 1),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(SpecMutator.Op::new);
        Arbitrary<List<SpecMutator.Op>> ops = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, op.list().ofSize(1)),
                net.jqwik.api.Tuple.of(1, op.list().ofMinSize(2).ofMaxSize(4)));
        return Combinators.combine(Arbitraries.integers().between(0, Corpus.seeds().size() - 1), ops)
                .as((seed, o) -> SpecMutator.mutate(Corpus.seeds().get(seed), o));
    }

    @Property(tries = 1_000_000, seed = "20240901", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 12, tries = 600)
    void brokenCopiesGiveDiagnosticsNotExceptions(@ForAll("mutants") SpecMutator.Mutant mutant) throws Exception {
        Path dir = Corpus.scratch().resolve(mutant.seed().path()).getParent();
        SpecInvariants.Outcome outcome = SpecInvariants.check(mutant.text(), dir, "mutant.qdl", true);

        // one in eight, also as a file with a byte that is not text in it
        int hash = mutant.text().hashCode();
        if (Math.floorMod(hash, 8) == 0) {
            byte[] bytes = mutant.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
            int at = Math.floorMod(hash >> 3, broken.length);
            System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
            broken[at] = (byte) new int[] {0x00, 0xFF, 0xC0, 0x80, 0xED}[Math.floorMod(hash >> 7, 5)];
            SpecInvariants.refusedAsText(broken, dir, "mutant.qdl");
        }
        if (mutant.mustFail()) {
            assertThat(outcome).as(mutant.description()).isIn(SpecInvariants.Outcome.SYNTAX_ERRORS,
                    SpecInvariants.Outcome.ERRORS);
        }
        Statistics.label("outcome").collect(outcome);
    }

}
