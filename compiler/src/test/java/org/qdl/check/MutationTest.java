package org.qdl.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.Specs;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.tree.Decl;
import org.qdl.syntax.tree.SpecFile;

/**
 * Hundreds of broken copies of the real specs — a word deleted, a line repeated, the file cut short, two words
 * swapped — are checked in process: each gives diagnostics at real positions and never an exception; a copy that
 * lost a brace or was cut inside its qualification always has an error.
 */
class MutationTest {
    private static final Pattern WORD = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|//[^\\n]*|[^\\s]+");
    private static final List<Original> SPECS = load();

    /** A spec, its words' offsets, and the span of its last declaration (the qualification, in a seed). */
    record Original(String name, String text, List<int[]> words, int lastDeclStart, int lastDeclEnd) {
    }

    record Mutant(String description, String text, boolean mustFail) {
        @Override
        public String toString() {
            return description;
        }
    }

    private static List<Original> load() {
        try {
            List<Original> out = new ArrayList<>();
            for (Path p : Specs.all().toList()) {
                String text = Files.readString(p);
                List<int[]> words = new ArrayList<>();
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    words.add(new int[] {m.start(), m.end()});
                }
                SpecFile tree = SpecParser.parse(new SourceFile(p.toString(), text)).tree().orElseThrow();
                Decl last = tree.declarations().get(tree.declarations().size() - 1);
                out.add(new Original(p.getFileName().toString(), text, words, last.span().start(), last.span().end()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Mutant> mutants() {
        return Combinators.combine(Arbitraries.integers().between(0, SPECS.size() - 1),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().greaterOrEqual(0)).as(MutationTest::mutate);
    }

    static Mutant mutate(int spec, int kind, int a, int b) {
        Original o = SPECS.get(spec);
        String t = o.text();
        int[] w = o.words().get(a % o.words().size());
        String word = t.substring(w[0], w[1]);
        switch (kind) {
            case 0: {
                boolean brace = word.equals("{") || word.equals("}");
                return new Mutant(o.name() + ": delete `" + shorten(word) + "` at " + w[0],
                        t.substring(0, w[0]) + t.substring(w[1]), brace);
            }
            case 1: {
                int lineStart = t.lastIndexOf('\n', w[0]) + 1;
                int lineEnd = t.indexOf('\n', w[0]);
                lineEnd = lineEnd < 0 ? t.length() : lineEnd + 1;
                return new Mutant(o.name() + ": repeat the line at " + lineStart,
                        t.substring(0, lineEnd) + t.substring(lineStart, lineEnd) + t.substring(lineEnd), false);
            }
            case 2: {
                int cut = b % t.length();
                boolean insideLast = cut > o.lastDeclStart() && cut < o.lastDeclEnd();
                return new Mutant(o.name() + ": cut at " + cut, t.substring(0, cut), insideLast);
            }
            default: {
                int[] v = o.words().get(b % o.words().size());
                if (v[0] == w[0]) {
                    return new Mutant(o.name() + ": unchanged", t, false);
                }
                int[] first = w[0] < v[0] ? w : v;
                int[] second = w[0] < v[0] ? v : w;
                String swapped = t.substring(0, first[0]) + t.substring(second[0], second[1])
                        + t.substring(first[1], second[0]) + t.substring(first[0], first[1]) + t.substring(second[1]);
                return new Mutant(o.name() + ": swap `" + shorten(t.substring(first[0], first[1])) + "` and `"
                        + shorten(t.substring(second[0], second[1])) + "`", swapped, false);
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 30 ? one.substring(0, 27) + "..." : one;
    }

    @Property(tries = 300, seed = "20240901")
    void brokenCopiesGiveDiagnosticsNotExceptions(@ForAll("mutants") Mutant mutant) {
        Compilation c = Frontend.compile(new SourceFile("mutant.qdl", mutant.text()), Specs.root().resolve("specs"));

        Positions.assertValid(c.diagnostics());
        if (mutant.mustFail()) {
            assertThat(c.hasErrors()).as(mutant.description()).isTrue();
        }
        if (c.hasErrors()) {
            assertThat(c.qualification()).isEmpty();
        }
        Statistics.label("result").collect(c.hasErrors() ? "errors" : c.diagnostics().isEmpty() ? "clean" : "warnings");
    }
}
