package org.qdl.bench.gen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrException;
import org.qdl.runtime.ir.IrGroup;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.ir.IrRule;

/**
 * Writes a population of candidates for a compiled qualification as a centre's CSV export (one row per unit a
 * learner has, a learner's rows together): for a group every unit of which is required, all its units (one
 * missing now and then); for other groups one or two units (none now and then). For the SVQ a learner has
 * about 8 rows and about half the learners achieve.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.qdl.bench.gen.GenerateCandidates svq.qdl.json 1000000 c.csv}</pre>
 */
public final class GenerateCandidates {
    private GenerateCandidates() {
    }

    public static void main(String[] args) throws IOException, IrException {
        if (args.length != 3) {
            System.err.println("usage: GenerateCandidates SPEC.qdl.json COUNT OUT.csv");
            System.exit(2);
        }
        IrDocument ir = IrJson.read(Path.of(args[0]));
        write(ir, Integer.parseInt(args[1]), Path.of(args[2]), 11);
    }

    public static long write(IrDocument ir, int count, Path out, long seed) throws IOException {
        Map<String, Boolean> mandatory = new HashMap<>();
        for (IrRule r : ir.rules()) {
            BigDecimal min = r.units() == null ? null : r.units().min();
            if (r.counting() == IrRule.Counting.CLAIMS && r.pool() != null && min != null
                    && min.intValue() == r.pool().size() && r.scope().names().size() == 1) {
                mandatory.put(r.scope().names().get(0), true);
            }
        }
        Random random = new Random(seed);
        long rows = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("candidate,unit,status\n");
            List<String> units = new ArrayList<>();
            for (int c = 0; c < count; c++) {
                units.clear();
                for (IrGroup g : ir.groups()) {
                    if (!g.memberGroups().isEmpty() || g.units().isEmpty()) {
                        continue;
                    }
                    if (mandatory.getOrDefault(g.id(), false)) {
                        for (String u : g.units()) {
                            if (random.nextInt(40) != 0) {
                                units.add(u);
                            }
                        }
                    } else if (random.nextInt(20) != 0) {
                        int take = 1 + (random.nextInt(5) < 3 ? 1 : 0);
                        for (int t = 0; t < take; t++) {
                            units.add(g.units().get(random.nextInt(g.units().size())));
                        }
                    }
                }
                Collections.shuffle(units, random);
                String id = String.format("L%07d", c);
                for (String u : units) {
                    w.write(id);
                    w.write(',');
                    w.write(u);
                    w.write(random.nextInt(50) == 0 ? ",planned\n" : ",\n");
                    rows++;
                }
                if (units.isEmpty()) {
                    w.write(id + "," + ir.units().get(0).ref() + ",\n");
                    rows++;
                }
            }
        }
        return rows;
    }
}
