package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qdl.cli.Fixtures.golden;
import static org.qdl.cli.Fixtures.qdl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

class CheckCommandTest {
    @Test
    void silentOnAGoodSpec() {
        Qdl.Run run = qdl("check", "tidy.qdl");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsPrintButExit0() {
        Qdl.Run run = qdl("check", "warning.qdl");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("warning[Q0311]");
        golden("check-warning", run);
    }

    @Test
    void syntaxErrorsAreDiagnosticsWithPositionsAndExit1() {
        Qdl.Run run = qdl("check", "tidy.qdl", "bad/syntax-error.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error[Q0001]").contains("--> bad/syntax-error.qdl:");
        golden("check-syntax-error", run);
    }

    @Test
    void shortFormat() {
        Qdl.Run run = qdl("check", "--format", "short", "bad/syntax-error.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).matches("(?s)bad/syntax-error\\.qdl:\\d+:\\d+: error\\[Q\\d{4}\\]: .*");
        golden("check-short", run);
    }

    @Test
    void jsonFormatIsOneDocumentOnStdout() throws Exception {
        Qdl.Run run = qdl("check", "--format", "json", "tidy.qdl", "bad/syntax-error.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.get("errors").asInt()).isPositive();
        assertThat(doc.get("diagnostics").get(0).get("file").asText()).isEqualTo("bad/syntax-error.qdl");
        golden("check-json", run);

        Qdl.Run clean = qdl("check", "--format", "json", "tidy.qdl");
        assertThat(clean.exit()).isZero();
        assertThat(new ObjectMapper().readTree(clean.out()).get("diagnostics")).isEmpty();
    }

    @Test
    void aMissingFileIsAUsageError() {
        Qdl.Run run = qdl("check", "tidy.qdl", "nowhere.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        golden("check-missing-file", run);
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        Qdl.Run plain = qdl("check", "bad/syntax-error.qdl");
        assertThat(plain.err()).doesNotContain("\u001b[");
        Qdl.Run tty = Qdl.in(Fixtures.dir()).terminal().run("check", "bad/syntax-error.qdl");
        assertThat(tty.err()).contains("\u001b[");
        Qdl.Run noColorVar = Qdl.in(Fixtures.dir()).terminal().env("NO_COLOR", "1").run("check", "bad/syntax-error.qdl");
        assertThat(noColorVar.err()).doesNotContain("\u001b[");
        Qdl.Run noColorFlag = Qdl.in(Fixtures.dir()).terminal().run("check", "--no-color", "bad/syntax-error.qdl");
        assertThat(noColorFlag.err()).doesNotContain("\u001b[");
        Qdl.Run flagFirst = Qdl.in(Fixtures.dir()).terminal().run("--no-color", "check", "bad/syntax-error.qdl");
        assertThat(flagFirst.err()).doesNotContain("\u001b[");
    }
}
