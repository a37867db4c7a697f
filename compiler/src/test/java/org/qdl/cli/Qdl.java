package org.qdl.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the real `qdl` command in-process: arguments and stdin in; exit code, stdout and stderr out. */
final class Qdl {
    private final Path cwd;
    private String stdin = "";
    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private OutputStream stdoutOverride;

    private Qdl(Path cwd) {
        this.cwd = cwd;
    }

    /** A run in {@code cwd}, without a terminal, colour or NO_COLOR. */
    static Qdl in(Path cwd) {
        return new Qdl(cwd);
    }

    Qdl stdin(String text) {
        this.stdin = text;
        return this;
    }

    Qdl env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** As if stdout and stderr were a terminal. */
    Qdl terminal() {
        this.terminal = true;
        return this;
    }

    /** Replaces stdout, e.g. with a stream that fails. */
    Qdl stdout(OutputStream out) {
        this.stdoutOverride = out;
        return this;
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io base = Io.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                stdoutOverride != null ? stdoutOverride : out, err, env, cwd);
        Io io = new Io(base.in(), base.out(), base.err(), env, cwd, () -> terminal, () -> terminal);
        int code = Main.run(args, io);
        return new Run(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    record Run(List<String> args, int exit, String out, String err) {
        /** The whole run as a golden transcript: the command, its exit code, its stdout and its stderr. */
        String transcript() {
            StringBuilder s = new StringBuilder("$ qdl ").append(String.join(" ", args)).append('\n');
            s.append("--- exit ").append(exit).append('\n');
            s.append("--- stdout\n").append(out);
            if (!out.isEmpty() && !out.endsWith("\n")) {
                s.append("\n(no newline at end)\n");
            }
            s.append("--- stderr\n").append(err);
            return s.toString();
        }
    }
}
