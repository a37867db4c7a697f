package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    @TempDir
    Path tmp;

    @Test
    void refusesASpecWithErrorsAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "bad/syntax-error.qdl", "-o", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[Q0001]");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFileWithoutAQualificationIsAnError() throws IOException {
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "bad/units-only.qdl", "-o", tmp.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("error[Q0121]").contains("declares no qualification");
        try (var files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void buildsEverySeedSpecAndEvalReadsTheIr() throws IOException {
        Path out = tmp.resolve("ir");
        Qdl.Run run = Qdl.in(Fixtures.repo()).run("build", "specs/svq-customer-service-scqf5.qdl",
                "specs/ingots-unit-46-customer-service-skills.qdl", "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        Path ir = out.resolve("svq-customer-service-scqf5.qdl.json");
        assertThat(Files.readString(ir)).startsWith("{").contains("\"format\" : \"qdl-ir\"");
        assertThat(out.resolve("ingots-unit-46-customer-service-skills.qdl.json")).exists();

        String candidates = "examples/svq-customer-service-scqf5/candidates.csv";
        Qdl.Run fromSource = Qdl.in(Fixtures.repo()).run("eval", "--format", "json",
                "specs/svq-customer-service-scqf5.qdl", candidates);
        Qdl.Run fromIr = Qdl.in(Fixtures.repo()).run("eval", "--format", "json", ir.toString(), candidates);
        assertThat(fromIr.exit()).isZero();
        assertThat(fromIr.out()).isEqualTo(fromSource.out());
    }

    @Test
    void handbookRendersIndexAndUnitPages() throws IOException {
        Path out = tmp.resolve("handbook");
        Qdl.Run run = Qdl.in(Fixtures.repo()).run("handbook", "specs/proqual-l2-principles-customer-service.qdl",
                "-o", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Principles of Customer Service");
        Qdl.Run bad = Qdl.in(Fixtures.dir()).run("handbook", "bad/syntax-error.qdl", "-o", tmp.resolve("no").toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(tmp.resolve("no")).doesNotExist();
        Qdl.Run noTemplates = Qdl.in(Fixtures.repo()).run("handbook", "specs/proqual-l2-principles-customer-service.qdl",
                "-o", out.toString(), "--templates", "nowhere");
        assertThat(noTemplates.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void theOutputDirectoryIsRequired() {
        Qdl.Run run = Qdl.in(Fixtures.dir()).run("build", "tidy.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--output");
    }
}
