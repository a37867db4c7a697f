package org.qdl.cli;

import java.nio.file.Path;

/**
 * For {@link TempFilesTest}: a process that makes a temporary file in the folder it is given, says its path and waits
 * to be stopped, as a run stopped with Ctrl-C or `kill` during its evaluation would.
 */
public final class TempFileLeaver {
    private TempFileLeaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = TempFiles.create(Path.of(args[0]), "results.csv");
        System.out.println(file);
        System.out.flush();
        Thread.sleep(60_000);
    }
}
