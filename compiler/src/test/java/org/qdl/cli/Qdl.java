package org.qdl.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real `qdl` command in-process: arguments and stdin in; exit code, stdout and stderr out. Public for
 * the fuzzers in {@code org.qdl.fuzz}.
 */
public final class Qdl {
    private final Path cwd;
    private byte[] stdin = new byte[0];
    private final Map<String, String> env = new HashMap<>();
    private boolean terminal;
    private OutputStream stdoutOverride;

    private Qdl(Path cwd) {
        this.cwd = cwd;
    }

    /** A run in {@code cwd}, without a terminal, colour or NO_COLOR. */
    public static Qdl in(Path cwd) {
        return new Qdl(cwd);
    }

    public Qdl stdin(String text) {
        return stdin(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Stdin as bytes, which need not be UTF-8. */
    public Qdl stdin(byte[] bytes) {
        this.stdin = bytes.clone();
        return this;
    }

    public Qdl env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** As if stdout and stderr were a terminal. */
    public Qdl terminal() {
        this.terminal = true;
        return this;
    }

    /** Replaces stdout, e.g. with a stream that fails. */
    public Qdl stdout(OutputStream out) {
        this.stdoutOverride = out;
        return this;
    }

    public Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io base = Io.of(new ByteArrayInputStream(stdin),
                stdoutOverride != null ? stdoutOverride : out, err, env, cwd);
        Io io = new Io(base.in(), base.out(), base.err(), env, cwd, () -> terminal, () -> terminal);
        int code = Main.run(args, io);
        return new Run(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public record Run(List<String> args, int exit, String out, String err) {
        /** The whole run as a golden transcript: the command, its exit code, its stdout and its stderr. */
        public String transcript() {
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
