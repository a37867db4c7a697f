package org.qdl.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * Whether stdout and stderr are terminals. Java 17 only tells whether the process has a console (stdin and
 * stdout both terminals); for stderr the launcher passes {@code -Dqdl.stderr.tty}, and without it we ask the
 * shell once.
 */
final class Terminals {
    private static volatile Boolean stderr;

    private Terminals() {
    }

    static boolean stdout() {
        String p = System.getProperty("qdl.stdout.tty");
        return p != null ? Boolean.parseBoolean(p) : System.console() != null;
    }

    static boolean stderr() {
        Boolean known = stderr;
        if (known == null) {
            known = askStderr();
            stderr = known;
        }
        return known;
    }

    private static boolean askStderr() {
        String p = System.getProperty("qdl.stderr.tty");
        if (p != null) {
            return Boolean.parseBoolean(p);
        }
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return System.console() != null;
        }
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return test.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
