package org.qdl.cli;

import java.io.IOException;

/**
 * Output that could not be delivered: stdout or a `-o` file failed part-way (a full disk, a closed pipe). Kept
 * apart from the IOExceptions of reading, which are the input's; {@link #toCli} words it for the user.
 */
final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private final String where;

    /** {@code where}: what was being written, as messages name it ("stdout", "`out.csv`"). */
    WriteFailure(String where, IOException cause) {
        super("cannot write to " + where + ": " + IoErrors.reason(cause), cause);
        this.where = where;
    }

    String where() {
        return where;
    }

    CliException toCli() {
        return CliException.output(getMessage());
    }
}
