package org.qdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, items 14 and 15, the spec's side: what a spec or an import may be, and how deep they may go. */
class SpecInputSafetyTest {
    @TempDir
    Path tmp;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aDeviceAsSpecOrImportIsRefusedAtOnce() throws IOException {
        Qdl.Run spec = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Qdl.in(tmp).run("check", "/dev/zero"));
        assertThat(spec.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(spec.err()).isEqualTo("error: spec `/dev/zero` is not a regular file (it is a device, a pipe or "
                + "a socket); name the .qdl or .qdl.json file itself\n");
        Files.writeString(tmp.resolve("a.qdl"), "import \"/dev/zero\"\nqualification q \"Q\" { unit M1 \"x\" { credit 1 } }\n");
        Qdl.Run imported = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Qdl.in(tmp).run("check", "a.qdl"));
        assertThat(imported.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(imported.err()).startsWith("error[Q0110]: `/dev/zero` is not a regular file");
    }

    @Test
    void aChainOfTwoThousandImportsDoesNotOverflowTheStack() throws IOException {
        int n = 2000;
        for (int i = 0; i < n; i++) {
            Files.writeString(tmp.resolve("f" + i + ".qdl"), (i + 1 < n ? "import \"f" + (i + 1) + ".qdl\"\n" : "")
                    + "unit U" + i + " \"U\" { credit 1 }\n");
        }
        Files.writeString(tmp.resolve("main.qdl"), "import \"f0.qdl\"\nqualification q \"Q\" {\n"
                + "  group G \"G\" { units U0, U" + (n - 1) + " }\n  rules { all units from group G }\n}\n");
        Qdl.Run run = Qdl.in(tmp).run("check", "main.qdl");
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void aChainOfFiveThousandGroupUnionsDoesNotOverflowTheStack() throws IOException {
        int n = 5000;
        StringBuilder spec = new StringBuilder("qualification q \"Q\" {\n  unit U0 \"U\" { credit 1 }\n"
                + "  group G0 \"G\" { units U0 }\n");
        for (int i = 1; i < n; i++) {
            spec.append("  group G").append(i).append(" \"G\" { groups G").append(i - 1).append(" }\n");
        }
        spec.append("  rules { all units from group G").append(n - 1).append(" }\n}\n");
        Files.writeString(tmp.resolve("groups.qdl"), spec);
        Files.writeString(tmp.resolve("c.csv"), "candidate,unit\nC1,U0\n");
        Qdl.Run run = Qdl.in(tmp).run("eval", "--format", "csv", "groups.qdl", "c.csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("C1,true");
    }

    @Test
    void aNonUtf8SpecIsReportedAtTheBadByte() throws IOException {
        Files.write(tmp.resolve("latin1.qdl"), "qualification q \"Q\" {\n  unit M1 \"Caf\u00e9\" { credit 1 }\n}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Qdl.Run run = Qdl.in(tmp).run("check", "--format", "short", "latin1.qdl");
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("latin1.qdl:2:15: error[Q0009]: `latin1.qdl` is not UTF-8 text: byte 0xE9 "
                + "is not UTF-8\n");
    }

    @Test
    void importRootKeepsImportsInside() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("root"));
        Files.writeString(tmp.resolve("secret.qdl"), "unit S1 \"secret\" { credit 1 }\n");
        Files.writeString(root.resolve("shared.qdl"), "unit M1 \"x\" { credit 1 }\n");
        Files.createSymbolicLink(root.resolve("link.qdl"), tmp.resolve("secret.qdl"));
        String body = "qualification q \"Q\" {\n  group G \"G\" { units M1 }\n  rules { all units from group G }\n}\n";
        Files.writeString(root.resolve("ok.qdl"), "import \"shared.qdl\"\n" + body);
        Files.writeString(root.resolve("up.qdl"), "import \"shared.qdl\"\nimport \"../secret.qdl\"\n" + body);
        Files.writeString(root.resolve("linked.qdl"), "import \"shared.qdl\"\nimport \"link.qdl\"\n" + body);

        assertThat(Qdl.in(tmp).run("check", "--import-root", "root", "root/ok.qdl").exit()).isZero();
        // without the option an import reads any file, as the docs say
        assertThat(Qdl.in(tmp).run("check", "root/up.qdl").exit()).isZero();
        for (String spec : new String[] {"up", "linked"}) {
            Qdl.Run run = Qdl.in(tmp).run("check", "--format", "short", "--import-root", "root", "root/" + spec + ".qdl");
            assertThat(run.exit()).as(spec).isEqualTo(ExitCode.INPUT);
            assertThat(run.err()).as(spec).contains("error[Q0110]: cannot import `")
                    .contains("`: it is outside the import root");
        }
        Qdl.Run missing = Qdl.in(tmp).run("check", "--import-root", "nowhere", "root/ok.qdl");
        assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).isEqualTo("error: --import-root `nowhere` is not a directory\n");
    }
}
