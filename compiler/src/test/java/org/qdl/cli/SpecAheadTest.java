package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval's spec compiled while picocli reads the command line: a guess, used only when picocli agrees. */
class SpecAheadTest {
    @TempDir
    Path tmp;

    private static String guessed(String... args) {
        return SpecAhead.guessed(args, word -> true);
    }

    @Test
    void theGuessIsTheFirstWordAfterEvalNamingASpecFile() {
        assertThat(guessed("eval", "q.qdl", "c.csv")).isEqualTo("q.qdl");
        assertThat(guessed("eval", "--format", "csv", "-o", "r.csv", "Q.QDL.JSON", "c.csv")).isEqualTo("Q.QDL.JSON");
        assertThat(guessed("eval", "--columns-file=x.qdl", "q.qdl", "c.csv")).isEqualTo("q.qdl");
        Predicate<String> onlyQ = "q.qdl"::equals;
        assertThat(SpecAhead.guessed(new String[] {"eval", "-o", "r.qdl", "q.qdl", "c.csv"}, onlyQ)).isEqualTo("q.qdl");
        assertThat(SpecAhead.guessed(new String[] {"eval", "r.qdl", "c.csv"}, onlyQ)).isNull();
        assertThat(guessed("eval", "q.json", "c.csv")).isNull();
        assertThat(guessed("check", "q.qdl", "other.qdl")).isNull();
        assertThat(guessed("eval", "q.qdl")).isNull();
        assertThat(guessed()).isNull();
    }

    @Test
    void noGuessForHelpTheVersionAnImportRootOrAnArgumentFile() {
        assertThat(guessed("eval", "--help", "q.qdl", "c.csv")).isNull();
        assertThat(guessed("eval", "q.qdl", "c.csv", "-V")).isNull();
        assertThat(guessed("eval", "--import-root", "specs", "specs/q.qdl", "c.csv")).isNull();
        assertThat(guessed("eval", "specs/q.qdl", "c.csv", "--import-root=specs")).isNull();
        assertThat(guessed("eval", "@options.txt", "q.qdl", "c.csv")).isNull();
    }

    /** The usual command line: eval takes the spec compiled ahead (a test that fails if the guess is never used). */
    @Test
    void theGuessIsTaken() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.writeString(tmp.resolve("class.csv"), "candidate,unit\nC1,A1\n");
        int before = SpecAhead.TAKEN.get();

        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "mini.qdl.json", "class.csv");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("candidate,achieved,").contains("\nC1,false,");
        assertThat(SpecAhead.TAKEN.get()).isEqualTo(before + 1);
    }

    /** The first .qdl word is a column mapping here: what its compiling says is never shown, nor taken. */
    @Test
    void aWrongGuessIsNeverSeen() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.writeString(tmp.resolve("columns.qdl"), "candidate=Learner\nunit=Unit code\n");
        Files.writeString(tmp.resolve("class.csv"), "Learner,Unit code\nC1,A1\nC1,A2\n");
        String[] args = {"eval", "--format", "csv", "--columns-file", "columns.qdl", "mini.qdl.json", "class.csv"};
        assertThat(guessed(args)).isEqualTo("columns.qdl");
        int before = SpecAhead.TAKEN.get();

        Qdl.Run run = Qdl.in(tmp).run(args);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("candidate,achieved,").contains("\nC1,false,");
        assertThat(SpecAhead.TAKEN.get()).isEqualTo(before);
    }

    /**
     * The guess is compiled with imports from anywhere: with --import-root, on the command line or in an argument file,
     * eval compiles the spec itself; an import root that is not a directory is a usage error, before any reading.
     */
    @Test
    void anImportRootIsHonoured() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.qdl"), "unit S1 \"secret\" { credit 1 }\n");
        Files.writeString(root.resolve("up.qdl"), "import \"../secret.qdl\"\nqualification q \"Q\" {\n"
                + "  group G \"G\" { units S1 }\n  rules { all units from group G }\n}\n");
        Files.writeString(tmp.resolve("class.csv"), "candidate,unit\nC1,S1\n");
        Files.writeString(tmp.resolve("options.txt"), "--import-root\nroot\n");

        Qdl.Run outside = Qdl.in(tmp).run("eval", "--format", "csv", "--import-root", "root", "root/up.qdl",
                "class.csv");
        // (picocli reads an argument file from the process's folder, not the command's)
        Qdl.Run outsideByFile = Qdl.in(tmp).run("eval", "--format", "csv", "@" + tmp.resolve("options.txt"),
                "root/up.qdl", "class.csv");
        Qdl.Run anywhere = Qdl.in(tmp).run("eval", "--format", "csv", "root/up.qdl", "class.csv");
        Qdl.Run nowhere = Qdl.in(tmp).stdin("candidate,unit\nC1,S1\n")
                .run("eval", "--import-root", "nowhere", "root/up.qdl", "-");

        for (Qdl.Run run : List.of(outside, outsideByFile)) {
            assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
            assertThat(run.err()).contains("error[Q0110]").contains("outside the import root");
            assertThat(run.out()).isEmpty();
        }
        assertThat(anywhere.err()).isEmpty();
        assertThat(anywhere.out()).contains("\nC1,true,");
        assertThat(nowhere.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(nowhere.err()).isEqualTo("error: --import-root `nowhere` is not a directory\n");
        assertThat(nowhere.out()).isEmpty();
    }

    /** A spec that does not compile says so once, whether the guess or eval compiled it. */
    @Test
    void aBrokenSpecIsReportedOnce() throws IOException {
        Files.writeString(tmp.resolve("broken.qdl"), "qualification q \"Q\" {\n  rules { all units from group G }\n");
        Files.writeString(tmp.resolve("class.csv"), "candidate,unit\nC1,S1\n");

        Qdl.Run guessed = Qdl.in(tmp).run("eval", "broken.qdl", "class.csv");
        Qdl.Run itself = Qdl.in(tmp).run("eval", "--import-root", ".", "broken.qdl", "class.csv");

        assertThat(guessed.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(guessed.out()).isEmpty();
        assertThat(guessed.err()).isEqualTo(itself.err()).contains("error[");
        assertThat(guessed.err().indexOf("error[")).isEqualTo(guessed.err().lastIndexOf("error["));
    }
}
