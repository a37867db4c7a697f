package org.qdl.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qdl.check.Compilation;
import org.qdl.check.Frontend;
import org.qdl.check.Positions;
import org.qdl.cli.Qdl;
import org.qdl.diag.Diagnostic;
import org.qdl.diag.HumanRenderer;
import org.qdl.diag.JsonRenderer;
import org.qdl.diag.ShortRenderer;
import org.qdl.lower.Lowering;
import org.qdl.model.Qualification;
import org.qdl.runtime.candidate.Achievement;
import org.qdl.runtime.candidate.Candidate;
import org.qdl.runtime.engine.CompiledQualification;
import org.qdl.runtime.engine.EvaluationOptions;
import org.qdl.runtime.ir.IrDocument;
import org.qdl.runtime.ir.IrJson;
import org.qdl.runtime.result.Result;
import org.qdl.syntax.SourceFile;
import org.qdl.syntax.TreeShape;
import org.qdl.syntax.parse.ParseResult;
import org.qdl.syntax.parse.SpecParser;
import org.qdl.syntax.print.Printer;
import org.qdl.syntax.tree.QualificationDecl;
import org.qdl.syntax.tree.SpecFile;

/**
 * What must hold for any text at all, checked as the compiler's user would meet it:
 * <ul>
 * <li>the front end returns diagnostics, never an exception, and each is positioned inside its file (line and
 * column from 1) with a stable code and a message, and renders in every format;
 * <li>a spec without errors that declares a qualification gives one, whose IR is written, read back (and so
 * validated) to the same bytes, and compiled by the engine, which evaluates candidates without failing and agrees
 * with itself (a candidate holding every unit achieves it: the checker proved so);
 * <li>a spec that parses prints in the canonical layout, and that parses back to the same tree, which prints the same;
 * <li>`qdl check` (in any format) and `qdl fmt` never exit 70: check exits 1 exactly when there are errors, fmt
 * exits 0 exactly when the text parses.
 * </ul>
 */
final class SpecInvariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FORMATS = {"human", "short", "json"};

    /** How an input came out, for jqwik's statistics: syntax errors, other errors, warnings only, or clean. */
    enum Outcome {
        SYNTAX_ERRORS, ERRORS, WARNINGS, CLEAN
    }

    private SpecInvariants() {
    }

    /**
     * Checks the text as a file named {@code name} in {@code dir} (where its imports are looked up); with
     * {@code cli}, also writes it there and runs `qdl check` and `qdl fmt` on it.
     */
    static Outcome check(String text, Path dir, String name, boolean cli) throws Exception {
        try {
            return checked(text, dir, name, cli);
        } catch (Exception | AssertionError e) {
            throw Findings.saved(e, ".qdl", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Outcome checked(String text, Path dir, String name, boolean cli) throws Exception {
        SourceFile source = new SourceFile(name, text);
        Compilation c = Deadline.run("checking " + name, () -> Frontend.compile(source, dir));
        diagnosticsAreSound(c.diagnostics());

        ParseResult parsed = SpecParser.parse(source);
        boolean declaresQualification = parsed.tree().declarations().stream()
                .anyMatch(d -> d instanceof QualificationDecl);
        if (c.hasErrors()) {
            assertThat(c.qualification()).as("a spec with errors gives no qualification").isEmpty();
        } else if (declaresQualification) {
            assertThat(c.qualification()).as("a spec without errors gives its qualification").isPresent();
        }
        // Q0315: the checker could not prove the rules can be met together within its budget, so a candidate with
        // every unit may be undecided (or not achieved) too; Q0317: nor with grades given alike to every unit; what
        // still must hold is that the engine agrees with itself
        boolean proved = c.diagnostics().stream()
                .noneMatch(d -> d.code().name().equals("Q0315") || d.code().name().equals("Q0317"));
        c.qualification().ifPresent(q -> runs(q, proved));
        if (parsed.ok()) {
            printsBack(parsed.tree());
        }
        if (!parsed.ok()) {
            assertThat(c.hasErrors()).as("a spec that does not parse has errors").isTrue();
        }
        if (cli) {
            commandLine(text, dir, name, c.hasErrors(), parsed);
            // one in ten that builds: the files a build pipeline publishes (from the file, if it holds this text)
            if (c.qualification().isPresent() && readsAsWritten(text) && Math.floorMod(text.hashCode(), 10) == 0) {
                publishes(dir, name);
            }
        }
        return !parsed.ok() ? Outcome.SYNTAX_ERRORS : c.hasErrors() ? Outcome.ERRORS
                : c.diagnostics().isEmpty() ? Outcome.CLEAN : Outcome.WARNINGS;
    }

    static void diagnosticsAreSound(List<Diagnostic> diagnostics) {
        Positions.assertValid(diagnostics);
        for (Diagnostic d : diagnostics) {
            assertThat(d.code()).as("code of %s", d.message()).isNotNull();
            assertThat(d.code().name()).matches("Q\\d{4}");
            assertThat(d.severity()).isNotNull();
            // the short form is one line per diagnostic, for editors that read it line by line
            assertThat(d.message()).as("message of %s", d.code()).doesNotContain("\n").doesNotContain("\r");
        }
        assertThat(diagnostics.size()).as("diagnostics are capped").isLessThanOrEqualTo(Frontend.MAX_DIAGNOSTICS + 1);
        // the three renderers the command line has must take any diagnostic
        assertThat(new HumanRenderer(false).render(diagnostics)).isNotNull();
        assertThat(new HumanRenderer(true).render(diagnostics)).isNotNull();
        String shortForm = ShortRenderer.render(diagnostics);
        assertThat(shortForm.lines().filter(l -> l.matches(".*:\\d+:\\d+: (error|warning)\\[Q\\d{4}\\]: .*")).count())
                .as("one short line per diagnostic:\n%s", shortForm).isGreaterThanOrEqualTo(diagnostics.size());
        try {
            JsonNode json = JSON.readTree(JsonRenderer.render(diagnostics));
            assertThat(json).isNotNull();
        } catch (IOException e) {
            throw new AssertionError("the JSON rendering of diagnostics does not parse", e);
        }
    }

    /** The checked qualification goes through the IR and the engine. */
    private static void runs(Qualification q, boolean proved) {
        IrDocument ir = Lowering.lower(q).ir();
        String json = IrJson.write(ir);
        IrDocument back;
        try {
            back = IrJson.read(json, q.id() + ".qdl.json");
        } catch (org.qdl.runtime.ir.IrException e) {
            throw new AssertionError("the IR of a checked spec does not read back: " + e.getMessage(), e);
        }
        String again = IrJson.write(back);
        // the same document, numbers compared by value (IrJson reads `3.0` as 3)
        if (!again.equals(json) && !sameJson(json, again)) {
            throw new AssertionError("the IR does not read back to the same document: " + firstDifference(json, again));
        }
        CompiledQualification compiled = CompiledQualification.compile(back);

        // the candidates the proof ran: every unit (at its highest grade where a rule counts units graded so, and at
        // each lower grade in turn where a rule counts units graded at or below a grade)
        List<Candidate> tried = org.qdl.prove.StructureProof.proofCandidates(back);
        List<Achievement> everything = tried.get(0).achievements();
        // the proof ignores `otherwise not achieved` (StructureProof.structureOnly): the rules can be met, yet every unit
        // at its highest grade may still fall below every grade
        boolean gradeRequired = back.grading() != null && back.grading().requiresGrade();
        boolean anyAchieved = false;
        for (Candidate all : tried) {
            Result r = compiled.evaluate(all, EvaluationOptions.DEFAULT);
            anyAchieved |= r.achieved();
            if (r.undecided()) {
                // what evaluate reports as undecided, isAchieved says by an exception (SearchBudgetTest)
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> compiled.isAchieved(all, EvaluationOptions.DEFAULT))
                        .as("isAchieved agrees with evaluate").isInstanceOf(org.qdl.runtime.engine.UndecidedException.class);
            } else {
                assertThat(compiled.isAchieved(all, EvaluationOptions.DEFAULT)).as("isAchieved agrees with evaluate")
                        .isEqualTo(r.achieved());
            }
        }
        if (proved && !gradeRequired) {
            assertThat(anyAchieved).as("a candidate with every unit achieves a spec the checker accepted").isTrue();
        }

        Random random = new Random(q.units().size() * 31L + q.rules().size());
        for (int i = 0; i < 3; i++) {
            List<Achievement> some = new ArrayList<>();
            for (Achievement a : everything) {
                if (random.nextBoolean()) {
                    some.add(random.nextInt(4) == 0 ? a.withStatus("planned") : a);
                }
            }
            Candidate c = new Candidate("some units " + i, some);
            for (EvaluationOptions options : List.of(EvaluationOptions.DEFAULT, new EvaluationOptions(true))) {
                Result result = compiled.evaluate(c, options);
                assertThat(compiled.isAchieved(c, options)).as("isAchieved agrees with evaluate for %s", some)
                        .isEqualTo(result.achieved());
            }
        }
        compiled.evaluate(new Candidate("nothing", List.of()), EvaluationOptions.DEFAULT);
    }

    private static boolean sameJson(String a, String b) {
        try {
            return sameJson(JSON.readTree(a), JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }

    /** The same JSON, numbers compared by value. */
    private static boolean sameJson(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isContainerNode() && b.isContainerNode() && a.getNodeType() == b.getNodeType() && a.size() == b.size()) {
            java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                java.util.Map.Entry<String, JsonNode> f = fields.next();
                if (!b.has(f.getKey()) || !sameJson(f.getValue(), b.get(f.getKey()))) {
                    return false;
                }
            }
            for (int i = 0; a.isArray() && i < a.size(); i++) {
                if (!sameJson(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Parse → print → parse gives the same tree, and printing that again changes nothing. */
    private static void printsBack(SpecFile tree) {
        String printed = Printer.print(tree);
        ParseResult again = SpecParser.parse(new SourceFile(tree.source().path(), printed));
        assertThat(again.diagnostics()).as("the printed spec parses:\n%s", printed).isEmpty();
        assertThat(shape(again.tree())).as("the printed spec is the same tree")
                .isEqualTo(shape(tree));
        String twice = Printer.print(again.tree());
        if (!twice.equals(printed)) {
            throw new AssertionError("printing is not idempotent: " + firstDifference(printed, twice));
        }
    }

    /**
     * The tree without positions, and its comments by their words: the printer may re-indent the lines of a block
     * comment (as {@code RoundTripTest} allows) and writes `\n` for `\r\n`.
     */
    private static Object shape(SpecFile tree) {
        return commentWords(TreeShape.of(tree));
    }

    private static Object commentWords(Object shape) {
        if (shape instanceof List<?> list) {
            if (!list.isEmpty() && "Comment".equals(list.get(0)) && list.get(1) instanceof String text) {
                return List.of("Comment", text.strip().replaceAll("\\s+", " "));
            }
            return list.stream().map(SpecInvariants::commentWords).toList();
        }
        return shape;
    }

    private static void commandLine(String text, Path dir, String name, boolean errors, ParseResult parsed)
            throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        boolean sameText = readsAsWritten(text);
        String format = FORMATS[Math.floorMod(text.hashCode(), FORMATS.length)];

        Qdl.Run check = Deadline.run("qdl check", () -> Qdl.in(dir).run("check", "--format", format, name));
        sane(check);
        assertThat(check.exit()).as("qdl check exit code").isIn(0, 1);
        if (sameText) {
            assertThat(check.exit() == 1).as("qdl check exits 1 exactly when there are errors").isEqualTo(errors);
        }
        if (format.equals("json")) {
            JsonNode json = JSON.readTree(check.out());
            assertThat(json).as("check --format json prints one document").isNotNull();
        }

        Qdl.Run fmt = Deadline.run("qdl fmt", () -> Qdl.in(dir).run("fmt", name));
        sane(fmt);
        assertThat(fmt.exit()).as("qdl fmt exit code").isIn(0, 1);
        if (sameText) {
            assertThat(fmt.exit() == 0).as("qdl fmt succeeds exactly when the text parses").isEqualTo(parsed.ok());
            if (parsed.ok()) {
                assertThat(fmt.out()).isEqualTo(Printer.print(parsed.tree()));
            }
        }
    }

    /** Where two texts part: the first line that differs, with the lines around it, from each. */
    static String firstDifference(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        int i = 0;
        while (i < x.size() && i < y.size() && x.get(i).equals(y.get(i))) {
            i++;
        }
        int from = Math.max(0, i - 3);
        return "at line " + (i + 1) + "\n--- first:\n" + String.join("\n", x.subList(from, Math.min(x.size(), i + 4)))
                + "\n--- then:\n" + String.join("\n", y.subList(from, Math.min(y.size(), i + 4)));
    }

    /**
     * A spec file with bytes that are not text (a NUL, or bytes that are not UTF-8) is refused by `qdl check` and
     * `qdl fmt` as an input problem (exit 1), not a crash.
     */
    static void refusedAsText(byte[] bytes, Path dir, String name) throws Exception {
        try {
            Files.write(dir.resolve(name), bytes);
            for (String command : new String[] {"check", "fmt"}) {
                Qdl.Run run = Deadline.run("qdl " + command, () -> Qdl.in(dir).run(command, name));
                sane(run);
                assertThat(run.exit()).as("qdl %s of a file that is not UTF-8 text; stderr:\n%s", command, run.err())
                        .isEqualTo(1);
                assertThat(run.err()).contains(name);
            }
        } catch (Exception | AssertionError e) {
            throw Findings.saved(e, ".qdl", bytes);
        }
    }

    /** `qdl build` and `qdl handbook` on a spec that checks: both succeed, and write what they should. */
    private static void publishes(Path dir, String name) throws Exception {
        Path out = dir.resolve("published");
        Qdl.Run build = Deadline.run("qdl build", () -> Qdl.in(dir).run("build", name, "-o", out.toString()));
        sane(build);
        assertThat(build.exit()).as("qdl build of a spec that checks; stderr:\n%s", build.err()).isZero();
        Qdl.Run handbook = Deadline.run("qdl handbook", () -> Qdl.in(dir).run("handbook", name, "-o",
                out.resolve("handbook").toString()));
        sane(handbook);
        assertThat(handbook.exit()).as("qdl handbook of a spec that checks; stderr:\n%s", handbook.err()).isZero();
        assertThat(out.resolve("handbook/index.html")).exists();
    }

    /**
     * Whether a file holding the text as UTF-8 reads back as this text: not when it has a lone surrogate (written as
     * `?`), a byte-order mark (dropped) or a NUL (a file with one is not a text file).
     */
    private static boolean readsAsWritten(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text)
                && !text.startsWith("\uFEFF") && text.indexOf('\u0000') < 0;
    }

    /** Never an internal error, never a stack trace. */
    static void sane(Qdl.Run run) {
        assertThat(run.exit()).as("exit code of %s; stderr:\n%s", run.args(), run.err()).isNotEqualTo(70);
        assertThat(run.err()).as("stderr of %s", run.args()).doesNotContain("internal error")
                .doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(|^Caused by: |^[\\w.$]+(Exception|Error)(: |$)");
    }
}
