package org.qdl.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Everything a command may touch of the world outside: its streams, its environment, its working directory,
 * and whether its output goes to a terminal. Tests pass their own, so that a command can run in-process.
 *
 * @param stdoutTerminal whether stdout is a terminal (colour in tables)
 * @param stderrTerminal whether stderr is a terminal (colour in diagnostics, the progress bar); asked lazily
 */
public record Io(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Path cwd,
        BooleanSupplier stdoutTerminal, BooleanSupplier stderrTerminal) {

    public Io {
        env = Map.copyOf(env);
        cwd = cwd.toAbsolutePath();
    }

    /**
     * The process's own streams, always UTF-8 whatever the locale says. Stdout is the file descriptor itself, not
     * System.out, which would swallow the reason a write failed (a full disk, a closed pipe) before we saw it.
     */
    public static Io system() {
        OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 13);
        return new Io(System.in, utf8(stdout), utf8(System.err), System.getenv(), Path.of(""),
                Terminals::stdout, Terminals::stderr);
    }

    /** For tests: no terminal, the given environment. */
    public static Io of(InputStream in, OutputStream out, OutputStream err, Map<String, String> env, Path cwd) {
        return new Io(in, utf8(out), utf8(err), env, cwd, () -> false, () -> false);
    }

    /** A path the user typed, relative to the working directory. */
    public Path resolve(String userPath) {
        return cwd.resolve(userPath);
    }

    /** The NO_COLOR convention (no-color.org): set and not empty. */
    public boolean noColorVariable() {
        String v = env.get("NO_COLOR");
        return v != null && !v.isEmpty();
    }

    private static PrintStream utf8(OutputStream s) {
        return CheckedPrintStream.of(s);
    }
}
