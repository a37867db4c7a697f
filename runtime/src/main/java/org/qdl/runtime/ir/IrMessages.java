package org.qdl.runtime.ir;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Jackson's messages in the words of the IR's schema: they name Java types (`java.util.ArrayList<...IrRule>`) and
 * Jackson's settings (`StreamReadConstraints.getMaxNestingDepth()`), which mean nothing to whoever made the file.
 */
final class IrMessages {
    private IrMessages() {
    }

    /** What a field that did not match should have held, in the schema's terms. */
    static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String what;
        if (type == null) {
            return plain(e.getOriginalMessage());
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            what = "an array";
        } else if (type == String.class) {
            what = "a string";
        } else if (type == BigDecimal.class || type == BigInteger.class || Number.class.isAssignableFrom(type)
                || type == int.class || type == long.class) {
            what = "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            what = "true or false";
        } else if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            what = "an object";
        } else {
            what = "a value of another kind";
        }
        return "expected " + what + " here";
    }

    /** A parser's message with Java and Jackson names taken out. */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        if (message.contains("nesting depth")) {
            return "nested too deeply";
        }
        if (message.contains("StreamReadConstraints") || message.contains("exceeds the maximum")) {
            return "a value is longer than a QDL IR can hold";
        }
        String text = message.replaceAll("\\(from `[^`]*`\\)", "")
                .replaceAll("`(java|com\\.fasterxml|org\\.qdl)\\.[^`]*`", "a value")
                .replaceAll("\\s*at \\[Source:.*", "")
                .strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
