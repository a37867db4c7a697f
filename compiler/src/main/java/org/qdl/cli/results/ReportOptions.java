package org.qdl.cli.results;

/**
 * What a report needs to know beyond the results.
 *
 * @param qualificationId the qualification's stable id
 * @param title its title
 * @param includePlanned whether planned units were counted (what-if)
 * @param explain whether to say which unit counted for which requirement
 * @param credits whether the qualification has credits at all (if not, a table does not mention them)
 * @param color whether a table may use colour
 * @param idWidth the width to pad candidate ids to in a table
 * @param tariff whether the qualification reports tariff points (if not, a CSV has no tariff column)
 * @param plan the what-if plan given on the command line (--with, --without), in words; "" for none
 * @param input the input as the user named it ("orders.csv", "<stdin>"), which places a problem with a row:
 *     "orders.csv:1234: unit `4427-999` is not part of this qualification"
 */
public record ReportOptions(String qualificationId, String title, boolean includePlanned, boolean explain,
        boolean credits, boolean color, int idWidth, boolean tariff, String plan, String input) {

    public ReportOptions(String qualificationId, String title, boolean includePlanned, boolean explain,
            boolean credits, boolean color, int idWidth) {
        this(qualificationId, title, includePlanned, explain, credits, color, idWidth, false, "", "input");
    }
}
