package org.qdl.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qdl.runtime.ir.IrDocument;

/**
 * Random structures that matching decides, shaped like real ones: groups of units, `n units from group G` for some
 * groups, further units from any of several groups, and a total with a minimum (sometimes a maximum); pools that
 * overlap now and then. Up to 64 units, so matching works on bits.
 */
final class MatchedGroups {
    private MatchedGroups() {
    }

    static IrDocument generate(Random random) {
        IrBuilder b = new IrBuilder();
        int groups = 1 + random.nextInt(6);
        int perGroup = Math.max(1, 64 / groups);
        List<List<String>> members = new ArrayList<>();
        List<String> every = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<String> units = new ArrayList<>();
            int size = 1 + random.nextInt(Math.min(perGroup, 12));
            for (int u = 0; u < size; u++) {
                String ref = "g" + g + "u" + u;
                b.unit(ref, 1 + random.nextInt(3), 3);
                units.add(ref);
                every.add(ref);
            }
            members.add(units);
        }
        int minimums = 0;
        for (int g = 0; g < groups; g++) {
            List<String> pool = new ArrayList<>(members.get(g));
            if (random.nextInt(5) == 0 && groups > 1) {
                // a pool that reaches into the next group
                pool.addAll(members.get((g + 1) % groups).subList(0, 1));
            }
            int n = random.nextInt(Math.min(4, pool.size() + 1));
            if (n > 0) {
                b.rule(IrBuilder.slot("G" + g, pool, n, null, null));
                minimums += n;
            }
        }
        for (int f = 0; f < random.nextInt(3); f++) {
            List<String> pool = new ArrayList<>();
            for (List<String> units : members) {
                if (random.nextBoolean()) {
                    pool.addAll(units);
                }
            }
            if (!pool.isEmpty()) {
                int n = 1 + random.nextInt(3);
                b.rule(IrBuilder.further("further" + f, pool, n));
                minimums += n;
            }
        }
        if (random.nextInt(3) > 0) {
            int lo = minimums + random.nextInt(4);
            Integer hi = random.nextInt(4) == 0 ? lo + random.nextInt(5) : null;
            b.rule(IrBuilder.sum("total", null, null, lo, hi, null, null));
        }
        if (minimums == 0) {
            b.rule(IrBuilder.slot("any", every, 1, null, null));
        }
        return b.build();
    }
}
