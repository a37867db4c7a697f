package org.qdl.runtime.engine;

import net.jqwik.api.statistics.Statistics;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrRequisite;
import org.qdl.runtime.result.Attempt;
import org.qdl.runtime.result.Result;

/** What the random histories of {@link EngineMatchesOracleTest} covered, and what they must cover. */
final class HistoryStatistics {
    private HistoryStatistics() {
    }

    /** One label per candidate: closed to them, resits some refused, resits, attempts, a gateway, or none of these. */
    static String of(IrDocument ir, RandomStructures.Case c, Result r) {
        if (r.timing() != null && r.timing().closed() != null) {
            return "closed";
        }
        if (r.timing() != null) {
            boolean resits = r.timing().attempts().stream().anyMatch(a -> a.attempt() > 1);
            boolean refused = r.timing().attempts().stream().map(Attempt::reason).anyMatch(x -> !x.allowed());
            return resits && refused ? "resits, some refused" : resits ? "resits" : "attempts";
        }
        return ir.requisites().stream().anyMatch(IrRequisite::isGateway) ? "gateway" : "none";
    }

    static void checkCoverage() {
        Statistics.label("attempts").coverage(coverage -> {
            coverage.check("resits, some refused").percentage(p -> p > 3);
            coverage.check("resits").percentage(p -> p > 1);
            coverage.check("closed").percentage(p -> p > 1);
            coverage.check("gateway").percentage(p -> p > 3);
        });
        AttemptsAgainstOracle.checkCoverage();
    }
}
