package org.qdl.emit.handbook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Safe, unique, deterministic ids for units and groups, used both as file names (`units/unit-r-506-4854.html`) and as
 * anchors. References such as {@code R/506/4854} contain characters no file name may; ids are lower case so that
 * two references differing only in case cannot collide on a case-insensitive file system; where two references
 * still give the same id, each gets a short hash of its own reference, so an id never depends on which other units
 * the spec declares first.
 */
final class PageIds {
    private static final int MAX_SLUG = 60;

    private PageIds() {
    }

    /** Ids for {@code refs}, keyed by reference, each starting with {@code prefix}. */
    static Map<String, String> assign(String prefix, List<String> refs) {
        Map<String, Integer> uses = new HashMap<>();
        for (String ref : refs) {
            uses.merge(slug(ref), 1, Integer::sum);
        }
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String ref : refs) {
            String slug = slug(ref);
            String id = prefix + (uses.get(slug) > 1 ? slug + "-" + hash(ref) : slug);
            if (!taken.add(id)) {
                throw new IllegalArgumentException("two units share the reference `" + ref + "`");
            }
            ids.put(ref, id);
        }
        return ids;
    }

    /** Lower-case letters, digits and single hyphens: "R/506/4854" → "r-506-4854", "D*" → "d". */
    static String slug(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        String slug = out.length() > MAX_SLUG ? out.substring(0, MAX_SLUG) : out.toString();
        return slug.isEmpty() ? "x" : slug;
    }

    private static String hash(String ref) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ref.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", digest[i]));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
