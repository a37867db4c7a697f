package org.qdl.cli.candidates;

import java.util.Map;

/**
 * How to read a centre's export: which header names which column ({@code --columns} and a mapping file: column →
 * header), how it writes dates ({@code --date-format}), and which sheet of a workbook ({@code --sheet}, null for the
 * first).
 */
public record ReadOptions(Map<String, String> columns, DateOrder dates, String sheet) {
    public static final ReadOptions DEFAULT = new ReadOptions(Map.of(), DateOrder.AUTO, null);

    public ReadOptions {
        columns = Map.copyOf(columns);
    }
}
