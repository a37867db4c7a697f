package org.qdl.cli.spectest;

/** Why a test file cannot be run: where (1-based line and column) and what, in the author's words. */
public record TestFileProblem(String file, int line, int column, String message) {

    /** The short form every other qdl message uses: `FILE:LINE:COL: error: message`. */
    public String render() {
        return file + ":" + line + ":" + column + ": error: " + message;
    }
}
