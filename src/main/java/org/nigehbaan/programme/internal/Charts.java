package org.nigehbaan.programme.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.nigehbaan.common.Figure;

/**
 * Draws a table's chart as SVG on the server (JFreeChart onto JFreeSVG). Only published figures are drawn: a
 * suppressed or empty cell is a gap, and the page keeps the data table beside the chart for every value, "<5"
 * included.
 */
public final class Charts {

    private static final Color[] SERIES = {new Color(0x1d, 0x70, 0xb8), new Color(0xd4, 0x35, 0x1c),
            new Color(0x00, 0x70, 0x3c), new Color(0x4c, 0x2c, 0x92)};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;

    private Charts() {
    }

    /**
     * @param table        what to draw ({@link Section.Chart#LINE}: every column a line; {@link Section.Chart#BAR}:
     *                     the first column, one bar per row)
     * @param columnLabels the columns' headings, in the reader's language
     * @param id           the SVG element's id (the page's caption refers to it)
     * @return the SVG, or null when the table has no chart
     */
    public static String svg(Section.Table table, List<String> columnLabels, String id) {
        if (table.chart() == Section.Chart.NONE) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int series = table.chart() == Section.Chart.BAR ? 1 : table.columns().size();
        for (Section.Row row : table.rows()) {
            for (int c = 0; c < series; c++) {
                Figure f = row.cells().get(c);
                data.addValue(f.value().isPresent() ? (Number) f.value().getAsDouble() : null, columnLabels.get(c),
                        row.label());
            }
        }
        CategoryAxis x = new CategoryAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis y = new NumberAxis();
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setAutoRangeIncludesZero(true);
        CategoryPlot plot;
        if (table.chart() == Section.Chart.LINE) {
            LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
            for (int s = 0; s < series; s++) {
                renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
                renderer.setSeriesStroke(s, new BasicStroke(2f));
            }
            plot = new CategoryPlot(data, x, y, renderer);
        } else {
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, SERIES[0]);
            plot = new CategoryPlot(data, x, y, renderer);
        }
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, series > 1);
        chart.setBackgroundPaint(Color.WHITE);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement(id);
    }
}
