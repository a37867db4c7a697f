package org.qdl.runtime.words;

import java.util.List;

/** How lists read in a sentence. */
final class Lists {
    private Lists() {
    }

    /** "A", "A and B", "A, B and C". */
    static String and(List<String> items) {
        return joined(items, "and");
    }

    /** "A", "A or B", "A, B or C". */
    static String or(List<String> items) {
        return joined(items, "or");
    }

    private static String joined(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }

    /** "A, B, C" for the first {@code most} items, then "and 4 more" for the rest: a long pool stays one line. */
    static void firstOf(StringBuilder out, List<String> items, int most) {
        int i = 0;
        for (String item : items) {
            if (i == most) {
                break;
            }
            out.append(i > 0 ? ", " : "").append(item);
            i++;
        }
        if (items.size() > most) {
            out.append(" and ").append(items.size() - most).append(" more");
        }
    }

    /** `A`, `B`: names as written in a message. */
    static String quoted(String name) {
        return "`" + name + "`";
    }
}
