package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval's spec compiled while picocli reads the command line: a guess, used only when picocli agrees. */
class SpecAheadTest {
    @TempDir
    Path tmp;

    @Test
    void theGuessIsTheFirstWordAfterEvalNamingASpec() {
        assertThat(SpecAhead.guessed(new String[] {"eval", "q.qdl", "c.csv"})).isEqualTo("q.qdl");
        assertThat(SpecAhead.guessed(new String[] {"eval", "--format", "csv", "-o", "r.csv", "Q.QDL.JSON", "c.csv"}))
                .isEqualTo("Q.QDL.JSON");
        assertThat(SpecAhead.guessed(new String[] {"eval", "--columns-file=x.qdl", "q.qdl", "c.csv"}))
                .isEqualTo("q.qdl");
        assertThat(SpecAhead.guessed(new String[] {"eval", "q.json", "c.csv"})).isNull();
        assertThat(SpecAhead.guessed(new String[] {"eval", "--import-root", "specs", "specs/q.qdl", "c.csv"})).isNull();
        assertThat(SpecAhead.guessed(new String[] {"eval", "specs/q.qdl", "c.csv", "--import-root=specs"})).isNull();
        assertThat(SpecAhead.guessed(new String[] {"check", "q.qdl", "other.qdl"})).isNull();
        assertThat(SpecAhead.guessed(new String[] {"eval", "q.qdl"})).isNull();
        assertThat(SpecAhead.guessed(new String[0])).isNull();
    }

    /** The first .qdl word is a column mapping here: what its compiling says is never shown. */
    @Test
    void aWrongGuessIsNeverSeen() throws IOException {
        Files.copy(Fixtures.dir().resolve("mini.qdl.json"), tmp.resolve("mini.qdl.json"));
        Files.writeString(tmp.resolve("columns.qdl"), "candidate=Learner\nunit=Unit code\n");
        Files.writeString(tmp.resolve("class.csv"), "Learner,Unit code\nC1,A1\nC1,A2\n");
        String[] args = {"eval", "--format", "csv", "--columns-file", "columns.qdl", "mini.qdl.json", "class.csv"};
        assertThat(SpecAhead.guessed(args)).isEqualTo("columns.qdl");

        Qdl.Run run = Qdl.in(tmp).run(args);

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("candidate,achieved,").contains("\nC1,false,");
    }

    /**
     * The guess is compiled with imports from anywhere: with --import-root, eval compiles the spec itself. It is not
     * begun when the command line names an import root, and not taken when picocli finds one in an argument file.
     */
    @Test
    void anImportRootIsHonoured() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.qdl"), "unit S1 \"secret\" { credit 1 }\n");
        Files.writeString(root.resolve("up.qdl"), "import \"../secret.qdl\"\nqualification q \"Q\" {\n"
                + "  group G \"G\" { units S1 }\n  rules { all units from group G }\n}\n");
        Files.writeString(tmp.resolve("class.csv"), "candidate,unit\nC1,S1\n");
        Files.writeString(tmp.resolve("options.txt"), "--import-root\nroot\n");
        // (picocli reads an argument file from the process's folder, not the command's)
        String[] inFile = {"eval", "--format", "csv", "@" + tmp.resolve("options.txt"), "root/up.qdl", "class.csv"};
        assertThat(SpecAhead.guessed(inFile)).isEqualTo("root/up.qdl");

        Qdl.Run outside = Qdl.in(tmp).run("eval", "--format", "csv", "--import-root", "root", "root/up.qdl",
                "class.csv");
        Qdl.Run outsideByFile = Qdl.in(tmp).run(inFile);
        Qdl.Run anywhere = Qdl.in(tmp).run("eval", "--format", "csv", "root/up.qdl", "class.csv");

        for (Qdl.Run run : List.of(outside, outsideByFile)) {
            assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
            assertThat(run.err()).contains("error[Q0110]").contains("outside the import root");
            assertThat(run.out()).isEmpty();
        }
        assertThat(anywhere.err()).isEmpty();
        assertThat(anywhere.out()).contains("\nC1,true,");
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
