package dev.promptsmith.ui;

import dev.promptsmith.shared.XmlText;
import java.util.Locale;

/**
 * An SVG chart drawn on the server, as the run, optimizer and model screens draw theirs: a document of a fixed size
 * that the page stretches to its width, the same margins around the plot, a pass-rate axis from 0% to 100%, and
 * text that is always escaped, so a suite or model name cannot add markup. Each chart adds its own marks through
 * {@link #markup()}, with {@link #num} and {@link #escape} for what it writes there.
 */
public final class SvgPlot {

    public static final int LEFT = 46;
    public static final int RIGHT = 20;
    public static final int TOP = 14;
    public static final int BOTTOM = 34;
    /** The pass-rate axis is labelled every this many percent. */
    static final int TICK_PERCENT = 25;

    private final int width;
    private final int height;
    private final StringBuilder svg = new StringBuilder();

    /**
     * Opens the document.
     *
     * @param classes the svg element's classes, e.g. {@code pass-rate-svg sweep-svg}
     * @param label   what a screen reader says of the chart
     * @param title   the chart's tooltip
     */
    public SvgPlot(int width, int height, String classes, String label, String title) {
        this.width = width;
        this.height = height;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(escape(classes))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
    }

    /** Where a share from 0 to 1 goes up the plot: 1 at the top. */
    public double y(double share) {
        return TOP + (1 - share) * (height - TOP - BOTTOM);
    }

    /**
     * Where the {@code index}th of {@code count} evenly spread points goes across, {@code pad} in from the plot's
     * edges; a single point stands in the middle.
     */
    public double x(int index, int count, int pad) {
        double across = width - LEFT - RIGHT - 2.0 * pad;
        return count == 1 ? LEFT + pad + across / 2 : LEFT + pad + across * index / (count - 1);
    }

    /** The foot of the plot, where the x labels hang. */
    public int bottom() {
        return height - BOTTOM;
    }

    /** The pass-rate axis: a grid line and a label every {@value #TICK_PERCENT}% from 0% to 100%. */
    public SvgPlot percentAxis() {
        svg.append("<g class=\"axes\">");
        for (int percent = 0; percent <= 100; percent += TICK_PERCENT) {
            double y = y(percent / 100.0);
            line("grid-line", LEFT, width - RIGHT, y, y);
            text("y-label", LEFT - 6, y + 4, "end", percent + "%");
        }
        svg.append("</g>");
        return this;
    }

    /** A line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}). */
    public SvgPlot line(String classes, double x1, double x2, double y1, double y2) {
        svg.append("<line class=\"").append(escape(classes)).append("\" x1=\"").append(num(x1)).append("\" x2=\"")
                .append(num(x2)).append("\" y1=\"").append(num(y1)).append("\" y2=\"").append(num(y2)).append("\"/>");
        return this;
    }

    /** A line through the points ({@code xs[i]}, {@code ys[i]}). */
    public SvgPlot polyline(String classes, double[] xs, double[] ys) {
        svg.append("<polyline class=\"").append(escape(classes)).append("\" points=\"").append(points(xs, ys))
                .append("\"/>");
        return this;
    }

    /** A filled area whose edge runs through the points ({@code xs[i]}, {@code ys[i]}). */
    public SvgPlot polygon(String classes, double[] xs, double[] ys) {
        svg.append("<polygon class=\"").append(escape(classes)).append("\" points=\"").append(points(xs, ys))
                .append("\"/>");
        return this;
    }

    /** A circle with nothing in it, such as the ring around a chosen point. */
    public SvgPlot circle(String classes, double x, double y, int radius) {
        svg.append("<circle class=\"").append(escape(classes)).append("\" cx=\"").append(num(x)).append("\" cy=\"")
                .append(num(y)).append("\" r=\"").append(radius).append("\"/>");
        return this;
    }

    /** A line from the top of the plot to its foot. */
    public SvgPlot upright(String classes, double x) {
        return line(classes, x, x, TOP, bottom());
    }

    /** A piece of text, escaped; {@code anchor} ({@code start}, {@code middle}, {@code end}) may be null. */
    public SvgPlot text(String classes, double x, double y, String anchor, String text) {
        svg.append("<text class=\"").append(escape(classes)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append('"');
        if (anchor != null) {
            svg.append(" text-anchor=\"").append(anchor).append('"');
        }
        svg.append('>').append(escape(text)).append("</text>");
        return this;
    }

    /** A label under the plot, centred on {@code x}. */
    public SvgPlot xLabel(double x, String text) {
        return text("x-label", x, bottom() + 16, "middle", text);
    }

    /** A message in the middle of a chart with nothing to plot. */
    public SvgPlot empty(String message) {
        return text("empty", width / 2.0, height / 2.0, "middle", message);
    }

    /** The document so far, for a chart's own marks. */
    public StringBuilder markup() {
        return svg;
    }

    /** Closes the document. */
    public String end() {
        return svg.append("</svg>").toString();
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return points.toString();
    }

    /** A coordinate with one decimal, whatever the locale. */
    public static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values made safe for XML. */
    public static String escape(String text) {
        return XmlText.escape(text);
    }
}
