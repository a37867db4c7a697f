package org.qdl.cli.candidates;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers management-information systems and spreadsheets commonly give the columns qdl reads, so that an
 * export is read as it comes (`Learner ID`, `Unit code`, `Grade`); a centre's own names are given with
 * {@code --columns} or a mapping file. Headers are compared {@linkplain #normal normalised}.
 */
final class ColumnNames {
    static final Map<String, List<String>> COMMON = Map.of(
            "candidate", List.of("candidate id", "candidate number", "candidate no", "candidate ref", "learner",
                    "learner id", "learner ref", "learner reference", "learner number", "learner no", "student",
                    "student id", "student number", "student no", "student ref", "uln", "person code", "id"),
            "unit", List.of("unit code", "unit id", "unit ref", "unit reference", "unit number", "unit no",
                    "module", "module code", "module id", "component", "component code"),
            "result", List.of("grade", "unit grade", "unit result", "outcome", "unit outcome", "mark",
                    "achievement"),
            "status", List.of("unit status", "completion status", "achievement status"),
            "date", List.of("achievement date", "date achieved", "completion date", "date completed",
                    "award date", "assessment date", "unit date"),
            "criterion", List.of("criterion id", "criteria", "assessment criterion", "ac"),
            "rating", List.of("criterion rating", "judgement", "judgment", "criterion result"),
            "attempt", List.of("attempt number", "attempt no", "sitting", "resit number"),
            "registered", List.of("registration date", "date registered", "registered on", "registration"));

    private ColumnNames() {
    }

    /** Lower case, anything but letters and digits as one space: `Learner_ID`, `learner-id` and `Learner ID` agree. */
    static String normal(String header) {
        return header.replace("\uFEFF", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
