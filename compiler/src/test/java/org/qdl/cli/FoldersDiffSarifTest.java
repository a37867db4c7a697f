package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small comforts: folders for check and fmt, `fmt --diff`, `check --format sarif`. */
class FoldersDiffSarifTest {
    @TempDir
    Path dir;

    @Test
    void checkAFolderChecksEverySpecUnderItAndNamesEachByItsPath() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.copy(Fixtures.dir().resolve("tidy.qdl"), dir.resolve("a/tidy.qdl"));
        Files.writeString(dir.resolve("a/b/broken.qdl"), "qualification broken {\n");
        Files.createDirectories(dir.resolve("a/.hidden"));
        Files.writeString(dir.resolve("a/.hidden/copy.qdl"), "not a spec at all");
        Qdl.Run run = Qdl.in(dir).run("check", "--format", "short", "a");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("a/b/broken.qdl:").doesNotContain("copy.qdl");
        assertThat(Qdl.in(Fixtures.repo()).run("check", "specs").exit()).isZero();
    }

    @Test
    void aFileImportedByAnotherInTheFolderIsReportedOnce() throws Exception {
        Files.writeString(dir.resolve("lib.qdl"), "unit L1 \"Library unit\" {\n  level 2\n  credit 5\n}\n"
                + "group lib \"Library\" {\n  unit L1\n  unit L9\n}\n");
        Files.writeString(dir.resolve("main.qdl"), "import \"lib.qdl\"\n\n"
                + Files.readString(Fixtures.dir().resolve("tidy.qdl")));
        Qdl.Run run = Qdl.in(dir).run("check", "--format", "short", ".");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err().lines().filter(l -> l.contains("lib.qdl:7:8:")).count()).isEqualTo(1);
    }

    @Test
    void fmtDiffShowsWhatWriteWouldChange() {
        Qdl.Run run = Fixtures.qdl("fmt", "--diff", "untidy.qdl", "tidy.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).startsWith("--- a/untidy.qdl\n+++ b/untidy.qdl\n@@ ").contains("\n-").contains("\n+")
                .doesNotContain("tidy.qdl\n+++ b/tidy.qdl");
        Qdl.Run clean = Fixtures.qdl("fmt", "--diff", "tidy.qdl");
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(Fixtures.qdl("fmt", "--diff", "--write", "tidy.qdl").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void fmtCheckAcceptsAFolder() {
        Qdl.Run run = Qdl.in(Fixtures.repo()).run("fmt", "--check", "specs/");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void sarifNamesTheRuleTheFileAndTheRegion() throws Exception {
        Qdl.Run run = Fixtures.qdl("check", "--format", "sarif", "warning.qdl");
        assertThat(run.err()).isEmpty();
        JsonNode log = new ObjectMapper().readTree(run.out());
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode result = log.get("runs").get(0).get("results").get(0);
        assertThat(result.get("ruleId").asText()).isEqualTo("Q0311");
        assertThat(result.get("level").asText()).isEqualTo("warning");
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("warning.qdl");
        assertThat(location.get("region").get("startLine").asInt()).isPositive();
        assertThat(log.get("runs").get(0).get("tool").get("driver").get("rules").get(0).get("id").asText())
                .isEqualTo("Q0311");
    }
}
