package org.qdl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * `qdl eval` in process on candidate files: generated ones ({@link CandidateInputs}), whose candidates — or first
 * malformed row — the test knows independently, and broken copies of real ones ({@link CandidateMutator}); in every
 * output format, from a file or stdin, against a spec or its IR, with and without `--skip-bad-rows`. What always
 * holds is in {@link EvalInvariants}; for generated files, also: exit 0 with exactly the expected candidates in
 * input order (and the rows skipped counted), or exit 1 naming the line of the first malformed row.
 */
class CandidateFuzzTest {
    private static final String[] FORMATS = {"json", "json", "csv", "table"};

    /** A generated input and how qdl is run on it. */
    record Case(CandidateInputs.Input input, EvalInvariants.Run run) {
        @Override
        public String toString() {
            return run + "\n" + input;
        }
    }

    /** A broken file and how qdl is run on it. */
    record Broken(CandidateMutator.Mutant mutant, EvalInvariants.Run run) {
        @Override
        public String toString() {
            return run + "\n" + mutant;
        }
    }

    private static Arbitrary<EvalInvariants.Run> runs() {
        return Combinators.combine(Arbitraries.integers().between(0, EvalTargets.all().size() - 1),
                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, FORMATS.length - 1),
                Arbitraries.integers().between(0, 63)).as((t, ir, f, flags) -> new EvalInvariants.Run(
                        EvalTargets.all().get(t), ir > 0, FORMATS[f], (flags & 1) != 0, (flags & 2) != 0,
                        (flags & 4) != 0, (flags & 24) == 24, (flags & 96) == 96));
    }

    @Provide
    Arbitrary<Case> generated() {
        Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 1 << 20).list().ofMaxSize(400);
        return Combinators.combine(runs(), Arbitraries.of(CandidateInputs.Format.values()), choices)
                .as((run, format, numbers) -> {
                    CandidateInputs.Input input = CandidateInputs.generate(numbers, run.target(), format);
                    return new Case(input, withSniffing(run, format, input.bytes()));
                });
    }

    @Provide
    Arbitrary<Broken> broken() {
        Arbitrary<CandidateMutator.Op> op = Combinators.combine(Arbitraries.integers().between(0,
                CandidateMutator.KINDS - 1), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(CandidateMutator.Op::new);
        Arbitrary<List<CandidateMutator.Op>> ops = Arbitraries.frequencyOf(Tuple.of(3, op.list().ofSize(1)),
                Tuple.of(1, op.list().ofMinSize(2).ofMaxSize(4)));
        Arbitrary<CandidateMutator.Mutant> mutants = Combinators.combine(Arbitraries.integers().between(0,
                CandidateMutator.seeds().size() - 1), ops)
                .as((seed, o) -> CandidateMutator.mutate(CandidateMutator.seeds().get(seed), o));
        return Combinators.combine(runs(), mutants)
                .as((run, m) -> new Broken(m, withSniffing(run, m.format(), m.bytes())));
    }

    /** On stdin qdl guesses the format; where it would guess another one than meant, the run says which. */
    private static EvalInvariants.Run withSniffing(EvalInvariants.Run run, CandidateInputs.Format format,
            byte[] bytes) {
        if (!run.stdin() || run.sayFormat() || sniffs(bytes) == format) {
            return run;
        }
        return new EvalInvariants.Run(run.target(), run.fromIr(), run.format(), run.skipBadRows(), true, true,
                run.explain(), run.includePlanned());
    }

    /** The format qdl guesses for stdin, as the README states it: `[` or `{"candidates"` JSON, `{` JSON Lines. */
    static CandidateInputs.Format sniffs(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        head = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String s = head.stripLeading();
        if (s.startsWith("[")) {
            return CandidateInputs.Format.JSON;
        }
        if (s.startsWith("{")) {
            return s.matches("(?s)\\{\\s*\"candidates\".*") ? CandidateInputs.Format.JSON
                    : CandidateInputs.Format.JSONL;
        }
        return CandidateInputs.Format.CSV;
    }

    @Property(tries = 1_000_000, seed = "20261125", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 10, tries = 500)
    void generatedClassesAreEvaluatedExactly(@ForAll("generated") Case c) throws Exception {
        CandidateInputs.Input input = c.input();
        EvalInvariants.Outcome o;
        try {
            o = EvalInvariants.eval(c.run(), input.format(), input.bytes());
            CandidateInputs.Expected e = c.run().skipBadRows() ? input.skipping() : input.strict();
            String where = c.run().stdin() ? "<stdin>" : "input" + input.format().suffix;
            if (e.ok()) {
                assertThat(o.exit()).as("exit code; stderr:\n%s", o.err()).isZero();
                if (c.run().format().equals("table")) {
                    assertThat(o.ids()).hasSameSizeAs(e.ids());
                } else {
                    assertThat(o.ids()).as("the candidates, in input order").containsExactlyElementsOf(e.ids());
                }
                if (o.skipped() >= 0) {
                    assertThat(o.skipped()).as("rows skipped").isEqualTo(e.skipped());
                }
                if (e.skipped() > 0) {
                    assertThat(o.err()).as("each skipped row is reported").contains("(skipped)");
                }
            } else {
                assertThat(o.exit()).as("exit code").isEqualTo(1);
                assertThat(o.err()).as("the first malformed row is named").contains(where + ":" + e.line() + ":");
            }
        } catch (Exception | AssertionError e) {
            throw Findings.saved(e, input.format().suffix, input.bytes());
        }
        Statistics.label("format").collect(input.format());
        Statistics.label("outcome").collect(o.exit() == 0 ? o.ids().isEmpty() ? "no candidates" : "evaluated"
                : "refused");
    }

    @Property(tries = 1_000_000, seed = "20261126", shrinking = ShrinkingMode.BOUNDED)
    @Fuzz(seconds = 8, tries = 120)
    void brokenCandidateFilesAreRefusedOrEvaluatedNeverACrash(@ForAll("broken") Broken b) throws Exception {
        EvalInvariants.Outcome o;
        try {
            o = EvalInvariants.eval(b.run(), b.mutant().format(), b.mutant().bytes());
        } catch (Exception | AssertionError e) {
            throw Findings.saved(e, b.mutant().format().suffix, b.mutant().bytes());
        }
        Statistics.label("outcome").collect(o.exit() == 0 ? "evaluated" : "refused");
    }
}
