package org.qdl.bench.gen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a synthetic QDL spec of N units in G groups for timing the compiler and the handbook: every unit with
 * a level, credit, GLH, an overview and a learning outcome with two criteria; a rule per group, "further" rules
 * over overlapping pairs of groups, and credit and level rules over everything.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar org.qdl.bench.gen.GenerateSpec 10000 500 big.qdl}</pre>
 */
public final class GenerateSpec {
    private GenerateSpec() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: GenerateSpec UNITS GROUPS OUT.qdl");
            System.exit(2);
        }
        int units = Integer.parseInt(args[0]);
        int groups = Integer.parseInt(args[1]);
        write(units, groups, Path.of(args[2]), 7);
    }

    public static void write(int units, int groups, Path out, long seed) throws IOException {
        Random random = new Random(seed);
        int perGroup = Math.max(1, units / groups);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("// A synthetic qualification of " + units + " units in " + groups + " groups, for benchmarks.\n");
            w.write("qualification synthetic-" + units + " \"Synthetic Level 3 Diploma (" + units + " units)\" {\n");
            w.write("  awarding body \"QDL benchmarks\"\n  framework RQF\n  level 3\n\n");
            int u = 0;
            for (int g = 0; g < groups; g++) {
                w.write("  group G" + g + " \"Group " + g + ": optional units\" {\n");
                int count = g == groups - 1 ? units - u : perGroup;
                for (int i = 0; i < count; i++, u++) {
                    String ref = String.format("U%05d", u);
                    w.write("    unit " + ref + " \"Synthetic unit " + u + " on a customer service topic\" {\n");
                    w.write("      level " + (1 + random.nextInt(4)) + "\n");
                    w.write("      credit " + (1 + random.nextInt(10)) + "\n");
                    w.write("      glh " + (10 + random.nextInt(50)) + "\n");
                    w.write("      overview \"What unit " + u + " is about, in a sentence or two of handbook prose.\"\n");
                    w.write("      learning outcome 1 \"Understand the topic of unit " + u + "\" {\n");
                    w.write("        criterion 1.1 \"Describe the first point of unit " + u + "\"\n");
                    w.write("        criterion 1.2 \"Explain the second point of unit " + u + "\"\n");
                    w.write("      }\n");
                    w.write("    }\n");
                }
                w.write("  }\n");
            }
            w.write("\n  rules {\n");
            w.write("    at least " + Math.min(units, groups + groups / 2) + " units in total\n");
            w.write("    at least " + Math.min(units, 60) + " credits at level 3 or above\n");
            for (int g = 0; g < groups; g++) {
                w.write("    1 unit from group G" + g + "\n");
            }
            for (int g = 0; g + 1 < groups; g += 2) {
                w.write("    1 further unit from any of groups G" + g + " and G" + (g + 1) + "\n");
            }
            w.write("  }\n}\n");
        }
    }
}
