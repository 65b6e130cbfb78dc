package org.nigehbaan.programme.internal;

import java.util.List;
import org.nigehbaan.common.Figure;

/**
 * One module's figures as the dashboard and the report show them: headline figures, then tables (each with an
 * optional chart drawn from the same rows). Every label is a message key ({@code prog.figure.<key>} for figures,
 * {@code prog.table.<key>} for tables), and every figure key has a definition ({@code prog.def.<key>}).
 *
 * @param key       the module's key in the API ({@code controlList}, {@code screening}...)
 * @param national  true when the module's figures are national whatever district is chosen
 * @param headlines the figures read at a glance (and targets are set on)
 * @param tables    the breakdowns
 */
public record Section(String key, boolean national, List<Headline> headlines, List<Table> tables) {

    /** @param key a figure key, {@code screening.stopRate} */
    public record Headline(String key, Figure value) {
    }

    /**
     * @param key       {@code screening.byPoint}
     * @param rowHeader message key of the first column's heading
     * @param columns   figure keys of the other columns (their headings and definitions)
     * @param rows      one per breakdown value
     * @param chart     how to draw it, or {@link Chart#NONE}
     * @param detail    true for long tables shown only in the CSV export and the API (one row per day)
     */
    public record Table(String key, String rowHeader, List<String> columns, List<Row> rows, Chart chart,
                        boolean detail) {
    }

    /** @param label what the row counts: a month, a point of entry, a ground... (not translated: codes) */
    public record Row(String label, List<Figure> cells) {
    }

    public enum Chart {
        NONE,
        /** A trend: one line per column, rows in order along the x axis (months). */
        LINE,
        /** One bar per row, the first column (points of entry). */
        BAR
    }
}
