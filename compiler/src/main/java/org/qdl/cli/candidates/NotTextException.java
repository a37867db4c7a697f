package org.qdl.cli.candidates;

import java.io.CharConversionException;

/**
 * The first character of a candidate file that is not text in the encoding it is read in ({@link Utf8Input},
 * {@link Utf16Input}), where it is: thrown through the parser that reads the file, then told to the user.
 */
final class NotTextException extends CharConversionException {
    private static final long serialVersionUID = 1L;

    final long line;
    final long column;
    /** What the text is not, and why when that helps: `not UTF-16 text (half a surrogate pair)`. */
    final String what;

    NotTextException(long line, long column, String what) {
        super(what + " at line " + line + ", column " + column);
        this.line = line;
        this.column = column;
        this.what = what;
    }

    /** What the user is told, as `FILE:LINE:COLUMN: what`. */
    BadInputException in(String file) {
        return new BadInputException(file + ":" + line + ":" + column + ": " + what + "; save the file as UTF-8");
    }
}
