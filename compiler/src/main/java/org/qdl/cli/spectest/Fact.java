package org.qdl.cli.spectest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The facts a test case may state under `expect:`, each with its key in the test file and its value in canonical
 * words, so that expected and got compare as text and print the same way. Lists compare as sets: a shortfall
 * or an endorsement has no order a centre relies on.
 */
public enum Fact {
    ACHIEVED("achieved", "true or false"),
    GRADE("grade", "a grade label, or null for no overall grade"),
    UNITS_NEEDED("unitsNeeded", "a whole number, 0 or more"),
    SHORTFALLS("shortfalls", "a list of rule ids, e.g. [B, C]"),
    ENDORSEMENTS("endorsements", "a list of endorsed titles"),
    PROBLEMS("problems", "a list of problem codes, e.g. [E001]"),
    TARIFF("tariff", "a number of tariff points such as 144, or null when none is reported"),
    PROFILE("profile", "the credits counted at each grade, such as {Distinction: 30, Merit: 15}; {} for none"),
    SMALLER("smaller", "the id of the smaller qualification of the suite achieved instead, or null for none"),
    GRADED("graded", "the credits graded of each unit, such as {U1: 15, U5: 7.5}; {} for none"),
    SMALLER_GRADE("smallerGrade", "the grade of the smaller qualification achieved instead, or null for none"),
    ATTEMPTS("attempts", "the attempt that counts for each unit, such as {U1: 2, U2: 1}; {} for none"),
    CLOSED("closed", "the units closed to the learner (resits used up, resit window passed), e.g. [U3]"),
    OPTIONS("options", "every unit some shortfall offers, e.g. [U5, U6]");

    /** How an empty list and an absent grade read. */
    static final String NONE = "none";

    private final String key;
    private final String expects;

    Fact(String key, String expects) {
        this.key = key;
        this.expects = expects;
    }

    public String key() {
        return key;
    }

    /** What a value of this fact looks like, for the message about a wrong one. */
    String expects() {
        return expects;
    }

    /** The observed value, in the same words as {@link #canonical}. */
    public String got(Observed o) {
        return switch (this) {
            case ACHIEVED -> Boolean.toString(o.achieved());
            case GRADE -> o.grade().isEmpty() ? NONE : o.grade();
            case UNITS_NEEDED -> Integer.toString(o.unitsNeeded());
            case SHORTFALLS -> list(o.shortfalls());
            case ENDORSEMENTS -> list(o.endorsements());
            case PROBLEMS -> list(o.problems());
            case TARIFF -> o.tariff().isEmpty() ? NONE : o.tariff();
            case PROFILE -> list(o.profile());
            case SMALLER -> o.smaller().isEmpty() ? NONE : o.smaller();
            case SMALLER_GRADE -> o.smallerGrade().isEmpty() ? NONE : o.smallerGrade();
            case GRADED -> list(o.graded());
            case ATTEMPTS -> list(o.attempts());
            case CLOSED -> list(o.closed());
            case OPTIONS -> list(o.options());
        };
    }

    static String list(List<String> values) {
        return values.isEmpty() ? NONE : values.stream().sorted().collect(Collectors.joining(", "));
    }

    static java.util.Optional<Fact> byKey(String key) {
        for (Fact f : values()) {
            if (f.key.equals(key)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    static List<String> keys() {
        return java.util.Arrays.stream(values()).map(Fact::key).toList();
    }
}
