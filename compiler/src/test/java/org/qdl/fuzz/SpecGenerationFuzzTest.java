package org.qdl.fuzz;

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
 * Specs written by {@link SpecGenerator} — most of them valid, so that the checker's deeper phases and the
 * engine behind its structure proof run on structures no one has written yet — and the same specs broken by one
 * {@link SpecMutator} mutation, checked against {@link SpecInvariants}.
 */
class SpecGenerationFuzzTest {
    private static final Path DIR = Scratch.directory("qdl-fuzz-generated");

    private static Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(1000);
    }

    @Provide
    Arbitrary<String> specs() {
        return choices().map(SpecGenerator::generate);
    }

    @Provide
    Arbitrary<String> brokenSpecs() {
        Arbitrary<SpecMutator.Op> op = Combinators.combine(Arbitraries.integers().between(0, SpecMutator.KINDS - 1),
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(SpecMutator.Op::new);
        return Combinators.combine(specs(), op).as((spec, o) -> {
            Corpus.Seed seed = new Corpus.Seed("generated.qdl", spec);
            return SpecMutator.mutate(seed, List.of(o)).text();
        });
    }

    @Property(tries = 1_000_000, seed = "20261123", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 10, tries = 300)
    void generatedSpecsCheckBuildAndPrint(@ForAll("specs") String spec) throws Exception {
        Statistics.label("outcome").collect(SpecInvariants.check(spec, DIR, "generated.qdl", true));
    }

    @Property(tries = 1_000_000, seed = "20261124", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 5, tries = 150)
    void generatedSpecsBrokenInOnePlace(@ForAll("brokenSpecs") String spec) throws Exception {
        Statistics.label("outcome").collect(SpecInvariants.check(spec, DIR, "generated.qdl", true));
    }
}
