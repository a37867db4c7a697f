package org.qdl.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.qdl.syntax.Specs;

/**
 * Breaks candidate files byte by byte: lines deleted, repeated, swapped; the file cut short (inside a quote, a
 * string, an object); bytes that are not UTF-8; quotes, commas, brackets and braces inserted; a byte-order mark in
 * the middle; CR or CRLF line endings; a field of a megabyte; JSON nested a thousand deep; fields JSON forbids.
 * The seeds are the examples' candidate files and the CLI tests' inputs.
 */
final class CandidateMutator {
    /** A file to start from: its format and bytes. */
    record Seed(String name, CandidateInputs.Format format, byte[] bytes) {
    }

    /** One mutation: which kind, and numbers that pick where and what. */
    record Op(int kind, int a, int b) {
    }

    /** A broken copy: its format, what was done, its bytes. */
    record Mutant(CandidateInputs.Format format, String description, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return description + " (" + bytes.length + " bytes)\n" + (text.length() > 2000
                    ? text.substring(0, 2000) + "…" : text);
        }
    }

    static final int KINDS = 16;
    private static final List<Seed> SEEDS = load();

    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}, {0, 0, (byte) 0xFE, (byte) 0xFF}};
    private static final String[] PUNCTUATION = {"\"", ",", "{", "}", "[", "]", ":", "\"\"", ",,", "\n", "\r", "\r\n",
        "\\", "\\u", "\\uD800", "null", "true", "-", "1e999999", "0.1e-99999", "\uFEFF", "\u0000", "\t", "//", "/*",
        "'", "NaN", "{\"id\": \"X\"}", "\"candidates\"", "\"achievements\": [", "\"unit\":"};

    private CandidateMutator() {
    }

    static List<Seed> seeds() {
        return SEEDS;
    }

    private static List<Seed> load() {
        Path root = Specs.root();
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(root.resolve("examples"), root.resolve("compiler/src/test/resources/cli"))) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().matches(".*\\.(csv|jsonl?)") && !p.toString()
                        .contains("expected") && !p.getFileName().toString().endsWith(".qdl.json"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Seed> out = new ArrayList<>();
        for (Path f : files) {
            String n = f.getFileName().toString();
            CandidateInputs.Format format = n.endsWith(".csv") ? CandidateInputs.Format.CSV
                    : n.endsWith(".jsonl") ? CandidateInputs.Format.JSONL : CandidateInputs.Format.JSON;
            try {
                out.add(new Seed(root.relativize(f).toString(), format, Files.readAllBytes(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    static Mutant mutate(Seed seed, List<Op> ops) {
        byte[] b = seed.bytes();
        List<String> done = new ArrayList<>();
        for (Op op : ops) {
            Step s = apply(b, op);
            b = s.bytes();
            done.add(s.description());
        }
        return new Mutant(seed.format(), seed.name() + ": " + String.join("; ", done), b);
    }

    private record Step(String description, byte[] bytes) {
    }

    private static Step apply(byte[] b, Op op) {
        int n = b.length;
        int at = n == 0 ? 0 : op.a() % (n + 1);
        List<int[]> lines = lines(b);
        int[] line = lines.get(op.a() % lines.size());
        int[] other = lines.get(op.b() % lines.size());
        switch (op.kind() % KINDS) {
            case 0:
                return new Step("delete line at " + line[0], concat(slice(b, 0, line[0]), slice(b, line[1], n)));
            case 1:
                return new Step("repeat line at " + line[0], concat(slice(b, 0, line[1]), slice(b, line[0], line[1]),
                        slice(b, line[1], n)));
            case 2: {
                int[] first = line[0] <= other[0] ? line : other;
                int[] second = line[0] <= other[0] ? other : line;
                if (first[0] == second[0]) {
                    return new Step("unchanged", b);
                }
                return new Step("swap lines at " + first[0] + " and " + second[0], concat(slice(b, 0, first[0]),
                        slice(b, second[0], second[1]), slice(b, first[1], second[0]), slice(b, first[0], first[1]),
                        slice(b, second[1], n)));
            }
            case 3:
                return new Step("cut at " + at, slice(b, 0, at));
            case 4:
            case 5: {
                byte[] bad = NOT_UTF8[op.b() % NOT_UTF8.length];
                return new Step("insert bytes that are not UTF-8 at " + at, insert(b, at, bad));
            }
            case 6:
            case 7: {
                String p = PUNCTUATION[op.b() % PUNCTUATION.length];
                return new Step("insert `" + p.replace("\n", "\\n").replace("\r", "\\r") + "` at " + at,
                        insert(b, at, p.getBytes(StandardCharsets.UTF_8)));
            }
            case 8:
                return new Step("delete a byte at " + at, at >= n ? b : concat(slice(b, 0, at), slice(b, at + 1, n)));
            case 9: {
                String s = new String(b, StandardCharsets.ISO_8859_1);
                String changed = op.b() % 3 == 0 ? s.replace("\n", "\r\n") : op.b() % 3 == 1 ? s.replace("\n", "\r")
                        : s.replace("\r\n", "\n");
                return new Step("line endings", changed.getBytes(StandardCharsets.ISO_8859_1));
            }
            case 10: {
                int size = new int[] {1_000, 100_000, 1 << 20}[op.b() % 3];
                byte[] big = new byte[size];
                Arrays.fill(big, (byte) "xé,\"{[ 9".charAt(op.b() % 8));
                return new Step("insert " + size + " bytes at " + at, insert(b, at, big));
            }
            case 11: {
                int depth = new int[] {999, 1_000, 1_001, 5_000}[op.b() % 4];
                String open = op.b() % 2 == 0 ? "[" : "{\"a\":";
                String close = op.b() % 2 == 0 ? "]" : "}";
                String nest = open.repeat(depth) + (op.b() % 3 == 0 ? "" : "1" + close.repeat(depth));
                return new Step("nest " + depth + " deep at " + at,
                        insert(b, at, nest.getBytes(StandardCharsets.UTF_8)));
            }
            case 12:
                return new Step("insert a byte-order mark at " + at,
                        insert(b, at, "\uFEFF".getBytes(StandardCharsets.UTF_8)));
            case 13: {
                // the field or value just before the cursor, repeated
                int from = Math.max(0, at - 1 - op.b() % 40);
                return new Step("repeat bytes " + from + ".." + at, insert(b, at, slice(b, from, at)));
            }
            case 14:
                return new Step("insert a line of another file", insert(b, line[0], lineOfAnotherSeed(op.b())));
            default: {
                String[] values = {"\"\"", "null", "\"😀\"", "\"a,b\"", "\"\\u0000\"", "12345678901234567890123",
                    "-0", "\"" + "é".repeat(300) + "\"", "[]", "{}", "\"\\ud800\""};
                return new Step("insert a value at " + at, insert(b, at, values[op.b() % values.length]
                        .getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static byte[] lineOfAnotherSeed(int k) {
        byte[] other = SEEDS.get(k % SEEDS.size()).bytes();
        List<int[]> lines = lines(other);
        int[] l = lines.get((k / SEEDS.size()) % lines.size());
        return slice(other, l[0], l[1]);
    }

    /** Lines as [start, end) with their line break; at least one, even for an empty file. */
    private static List<int[]> lines(byte[] b) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < b.length || out.isEmpty()) {
            out.add(new int[] {start, b.length});
        }
        return out;
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return Arrays.copyOfRange(b, Math.max(0, Math.min(from, b.length)), Math.max(0, Math.min(to, b.length)));
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        return concat(slice(b, 0, at), what, slice(b, at, b.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
