package org.qdl.cli.init;

import java.util.List;

/**
 * What `qdl init` writes for a new qualification: a spec with one group of mandatory units and a rule that asks
 * for all of them, and its test file with a learner who has every unit and one who has none. Both are the
 * starting point an author edits, and both pass `qdl check` and `qdl test` as written.
 */
public record Scaffold(String id, String title, String awardingBody, String framework, String level,
        List<String> units, int credit) {

    public Scaffold {
        units = List.copyOf(units);
    }

    public String spec() {
        StringBuilder s = new StringBuilder();
        s.append("// ").append(title.replace('\n', ' ')).append("\n//\n")
                .append("// Written by `qdl init`: one group of mandatory units and a rule that asks for all of them.\n")
                .append("// Add the units' titles, levels and credits, further groups and rules; `qdl check` as you go.\n\n");
        s.append("qualification ").append(id).append(" {\n");
        s.append("  title ").append(quoted(title)).append('\n');
        s.append("  awarding body ").append(quoted(awardingBody)).append('\n');
        s.append("  framework ").append(framework).append('\n');
        s.append("  level ").append(level).append("\n\n");
        s.append("  group mandatory \"Mandatory units\" {\n");
        for (String u : units) {
            s.append("    unit ").append(u).append(' ').append(quoted("Unit " + u)).append(" {\n")
                    .append("      level ").append(level).append('\n')
                    .append("      credit ").append(credit).append('\n')
                    .append("    }\n");
        }
        s.append("  }\n\n");
        s.append("  rules {\n    mandatory: all units from group mandatory\n  }\n}\n");
        return s.toString();
    }

    public String tests() {
        String all = String.join(", ", units);
        return "# Tests for " + id + ".qdl: run them with `qdl test " + id + ".qdl`; the form is in docs/EDITOR.md.\n"
                + "spec: " + id + ".qdl\n"
                + "cases:\n"
                + "  - name: every mandatory unit\n"
                + "    units: [" + all + "]\n"
                + "    expect:\n"
                + "      achieved: true\n"
                + "      unitsNeeded: 0\n"
                + "  - name: no units yet\n"
                + "    units: []\n"
                + "    expect:\n"
                + "      achieved: false\n"
                + "      unitsNeeded: " + units.size() + "\n"
                + "      shortfalls: [mandatory]\n";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
