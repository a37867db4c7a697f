package org.qdl.cli;

import java.nio.file.Path;
import org.qdl.syntax.Specs;

/** Where the CLI tests find their inputs and golden transcripts, in the source tree (so updates land there). */
final class Fixtures {
    private Fixtures() {
    }

    static Path repo() {
        return Specs.root();
    }

    /** The directory the CLI tests run in: their specs and candidate files, named relative to it. */
    static Path dir() {
        return repo().resolve("compiler/src/test/resources/cli");
    }

    static Path golden(String name) {
        return dir().resolve("golden").resolve(name + ".txt");
    }

    /** `qdl ARGS` run in {@link #dir()}. */
    static Qdl.Run qdl(String... args) {
        return Qdl.in(dir()).run(args);
    }

    /** The run's transcript must match golden/NAME.txt. */
    static void golden(String name, Qdl.Run run) {
        Golden.assertMatches(golden(name), run.transcript());
    }
}
