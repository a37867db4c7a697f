package org.qdl.runtime.candidate;

import java.util.Map;
import java.util.Optional;

/**
 * One unit a candidate has (or plans), as given: the unit's reference, an optional result label from its
 * grading scale, optional criterion ratings, an optional ISO date and an optional status (`achieved`, `planned`,
 * `exempt`, `rpl`). Values are kept as given; the engine reports any it cannot use as a problem on the
 * candidate's result. {@code line} is where it was read: the line of a CSV file its row starts on (of a rated unit,
 * its first row), the row of a sheet, the line of a JSON file its object starts on, the line of a JSON Lines file (0 if
 * not from a file); a problem with the entry names it, and a problem with a rating the line of its own row
 * ({@code ratingLines}, by criterion as given, when the ratings came on rows of their own). {@code attempt} numbers the
 * sitting, 1 the first and 2 the first resit (0 when not given): several entries of one unit are its attempts, which
 * a qualification's rules on attempts (`resits at most 1 per unit`) read.
 */
public record Achievement(String unit, Optional<String> result, Map<String, String> criteria, Optional<String> date,
        Optional<String> status, long line, int attempt, Map<String, Long> ratingLines) {

    /** An entry whose ratings are where the entry is. */
    public Achievement(String unit, Optional<String> result, Map<String, String> criteria, Optional<String> date,
            Optional<String> status, long line, int attempt) {
        this(unit, result, criteria, date, status, line, attempt, Map.of());
    }

    /** An entry with no attempt number. */
    public Achievement(String unit, Optional<String> result, Map<String, String> criteria, Optional<String> date,
            Optional<String> status, long line) {
        this(unit, result, criteria, date, status, line, 0);
    }

    public Achievement {
        // most units are listed without ratings: one shared empty map, not a copy each (a class of millions holds them)
        criteria = criteria.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
        ratingLines = ratingLines.isEmpty() ? Map.of() : Map.copyOf(ratingLines);
    }

    /** Where the rating of {@code criterion} (as given) was read: its own row's line, else the entry's. */
    public long lineOf(String criterion) {
        Long at = ratingLines.get(criterion);
        return at == null ? line : at;
    }

    public static Achievement of(String unit) {
        return new Achievement(unit, Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), 0);
    }

    public static Achievement withResult(String unit, String result) {
        return new Achievement(unit, Optional.of(result), Map.of(), Optional.empty(), Optional.empty(), 0);
    }

    public static Achievement withCriteria(String unit, Map<String, String> criteria) {
        return new Achievement(unit, Optional.empty(), criteria, Optional.empty(), Optional.empty(), 0);
    }

    /** The same entry, read at {@code where} in the input (a line, or a row of a sheet). */
    public Achievement at(long where) {
        return where == line ? this : new Achievement(unit, result, criteria, date, status, where, attempt, ratingLines);
    }

    public Achievement withStatus(String newStatus) {
        return new Achievement(unit, result, criteria, date, Optional.of(newStatus), line, attempt, ratingLines);
    }
}
