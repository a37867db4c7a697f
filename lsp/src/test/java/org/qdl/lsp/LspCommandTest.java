package org.qdl.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qdl.cli.Io;
import org.qdl.cli.Main;

/** With this module on the class path, `qdl lsp` is one of qdl's commands, listed in its help. */
class LspCommandTest {
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Io.of(new ByteArrayInputStream(new byte[0]), out, err, Map.of(), Path.of(".")));
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lspIsACommandWithItsHelp() {
        assertThat(run("--help")).startsWith("0\n").containsPattern("\\n  lsp +Run the QDL language server");
        assertThat(run("lsp", "--help")).startsWith("0\n").contains("Usage: qdl lsp");
        assertThat(run("lsp", "--stdio", "--help")).startsWith("0\n");
        assertThat(run("lsp", "--stdio-typo")).startsWith("2\n").contains("unknown option `--stdio-typo`");
    }
}
