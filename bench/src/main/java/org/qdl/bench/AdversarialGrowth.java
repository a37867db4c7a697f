package org.qdl.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrRule;
import org.qdl.runtime.result.Result;

/**
 * The growth table of issue 17's adversarial families (BENCHMARKS.md): for each size, each learner's verdict, the
 * wall time of one evaluation (best of three, after one to warm up) and the memory it allocated (all of it, so
 * an upper bound on what it held at once). Not JMH: the point is how time and memory grow with the structure, and
 * whether any learner comes near 2 s or 512 MB, not nanoseconds. Run with {@code ./bench.sh --adversarial}.
 */
public final class AdversarialGrowth {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AdversarialGrowth() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--undecided-only")) {
            for (int n : new int[] {20, 30, 40}) {
                IrDocument ir = Structures.oddTotal(n);
                row("odd credits, exact total", n, ir, Structures.everyUnit(ir));
            }
            return;
        }
        System.out.println("| family | units | learner | verdict | time | CPU time | allocated |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Structures.Cap cap : Structures.Cap.values()) {
            for (int g = 2; g <= 13; g++) {
                IrDocument ir = Structures.ring(g, cap);
                for (Candidate c : Structures.ringCandidates(g)) {
                    row("ring, caps " + cap.name().toLowerCase(Locale.ROOT).replace('_', ' '), 3 * g, ir, c);
                }
            }
        }
        for (int units : new int[] {200, 500, 1000, 2000}) {
            for (int[] rule : new int[][] {{10, 1000}, {10, 12}, {60, 5}}) {
                IrDocument ir = Structures.wide(units, rule[0], rule[1]);
                for (Candidate c : Structures.wideCandidates(units)) {
                    row("wide, " + rule[0] + " further, caps " + rule[1], units, ir, c);
                }
            }
        }
        for (int g = 2; g <= 13; g++) {
            proof(g);
        }
        // a budget used up: what an undecided learner costs (the table runs in a 512 MB heap)
        for (int n : new int[] {20, 30, 40}) {
            IrDocument ir = Structures.oddTotal(n);
            row("odd credits, exact total", n, ir, Structures.everyUnit(ir));
        }
    }

    private static void row(String family, int units, IrDocument ir, Candidate c) {
        CompiledQualification q = CompiledQualification.compile(ir);
        Result[] last = new Result[1];
        Measure m = measure(() -> last[0] = q.evaluate(c));
        Result r = last[0];
        String verdict = r.undecided() ? "undecided" : r.achieved() ? "achieved"
                : r.unitsNeeded() == 0 ? "impossible" : "needs " + r.unitsNeeded();
        print(family, units, c.id(), verdict, m);
    }

    /**
     * What `qdl check` asks the engine of the unachievable ring: whether every unit achieves it, then once for each
     * rule left out (the minimal conflict), as StructureCheck does.
     */
    private static void proof(int g) {
        IrDocument ir = Structures.ringUnachievable(g);
        String[] verdict = new String[1];
        Measure m = measure(() -> {
            boolean whole = achieved(ir, ir.rules());
            List<IrRule> core = new ArrayList<>(ir.rules());
            for (IrRule r : ir.rules()) {
                List<IrRule> without = new ArrayList<>(core);
                without.remove(r);
                if (!achieved(ir, without)) {
                    core = without;
                }
            }
            verdict[0] = (whole ? "achievable?!" : "unachievable") + ", conflict of " + core.size() + " rules";
        });
        print("check: ring, caps 4, " + (2 * g + 1) + "+ credits", 3 * g, "every unit", verdict[0], m);
    }

    private static boolean achieved(IrDocument ir, List<IrRule> rules) {
        IrDocument only = new IrDocument(ir.format(), ir.formatVersion(), ir.qualification(), ir.scales(), ir.units(),
                ir.groups(), rules, ir.equivalents(), ir.pathways(), ir.grading());
        return CompiledQualification.compile(only).isAchieved(Structures.everyUnit(ir),
                org.qdl.runtime.engine.EvaluationOptions.DEFAULT);
    }

    private record Measure(long nanos, long cpuNanos, long bytes) {
    }

    private static Measure measure(Runnable run) {
        run.run();
        long best = Long.MAX_VALUE;
        long cpu = 0;
        long bytes = 0;
        for (int i = 0; i < 3; i++) {
            long a = THREADS.getCurrentThreadAllocatedBytes();
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            run.run();
            long took = System.nanoTime() - t;
            if (took < best) {
                best = took;
                cpu = THREADS.getCurrentThreadCpuTime() - c;
                bytes = THREADS.getCurrentThreadAllocatedBytes() - a;
            }
        }
        return new Measure(best, cpu, bytes);
    }

    private static void print(String family, int units, String learner, String verdict, Measure m) {
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %.1f MB |%n", family, units, learner, verdict,
                duration(m.nanos()), duration(m.cpuNanos()), m.bytes() / 1e6);
    }

    private static String duration(long nanos) {
        return nanos >= 1_000_000 ? String.format(Locale.ROOT, "%.1f ms", nanos / 1e6)
                : String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
}
