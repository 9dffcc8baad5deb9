package dev.promptsmith.ui.sweep;

import dev.promptsmith.sweep.ModelSweep;
import dev.promptsmith.sweep.SweepAnalysis;
import dev.promptsmith.sweep.SweepRow;
import dev.promptsmith.ui.SvgPlot;
import java.math.BigDecimal;
import java.util.List;

/**
 * Cost against pass rate as an SVG document drawn on the server: a point per model with its 95% interval as a
 * whisker, the front's points filled, the recommended one ringed. Costs of models often differ a hundredfold, so
 * the cost axis is logarithmic when they spread; models without a price stand apart in a strip on the right
 * marked "price unknown", never at zero. Every piece of text is escaped.
 */
final class SweepChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 260;
    /** The strip for models without a price. */
    private static final int UNPRICED = 130;
    /** Where the labels under the cost axis stand. */
    private static final int LABELS = HEIGHT - 8;

    private SweepChart() {
    }

    static String svg(ModelSweep sweep) {
        SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, "pass-rate-svg sweep-svg",
                "Cost against pass rate of " + sweep.rows().size() + " models", "Cost against pass rate per model")
                .percentAxis();
        plot.text("x-label", (WIDTH - UNPRICED) / 2.0, LABELS, "middle", "cost of the run's calls →");
        if (sweep.rows().stream().anyMatch(r -> !r.priced())) {
            int x = WIDTH - SvgPlot.RIGHT - UNPRICED;
            plot.upright("version-line", x).text("x-label unpriced-label", x + UNPRICED / 2.0, LABELS, "middle",
                    "price unknown");
        }
        List<SweepRow> priced = sweep.rows().stream().filter(SweepRow::priced).toList();
        Scale scale = Scale.of(priced);
        int unpricedIndex = 0;
        for (SweepRow row : sweep.rows()) {
            double x = row.priced() ? scale.x(row.costUsd())
                    : WIDTH - SvgPlot.RIGHT - UNPRICED / 2.0 + 18 * unpricedIndex++;
            point(plot, row, x, sweep.recommended().filter(row.model()::equals).isPresent());
        }
        if (!priced.isEmpty()) {
            plot.text("x-label", SvgPlot.LEFT, LABELS, null, SweepAnalysis.usd(scale.min()));
            plot.text("x-label", scale.right(), LABELS, "end",
                    SweepAnalysis.usd(scale.max()) + (scale.log() ? " (log scale)" : ""));
        }
        return plot.end();
    }

    private static void point(SvgPlot plot, SweepRow row, double x, boolean recommended) {
        double y = plot.y(row.passRate());
        plot.line("whisker", x, x, plot.y(row.low()), plot.y(row.high()));
        if (recommended) {
            plot.circle("baseline-ring", x, y, 9);
        }
        plot.markup().append("<circle class=\"point").append(row.onFront() ? " front" : " behind")
                .append(recommended ? " recommended" : "")
                .append("\" data-model=\"").append(SvgPlot.escape(row.model()))
                .append("\" cx=\"").append(SvgPlot.num(x)).append("\" cy=\"").append(SvgPlot.num(y))
                .append("\" r=\"5\"><title>")
                .append(SvgPlot.escape(row.model() + ": " + SweepFormats.rate(row) + ", "
                        + SweepAnalysis.usd(row.costUsd()) + ", median " + row.latencyP50Ms() + " ms"
                        + (row.onFront() ? ", on the front" : "")))
                .append("</title></circle>");
        plot.text("point-label", x + 8, y < SvgPlot.TOP + 12 ? y + 18 : y - 8, null, row.model());
    }

    /** Where a cost goes across: logarithmic when the costs differ more than tenfold and none is zero. */
    private record Scale(BigDecimal min, BigDecimal max, boolean log) {

        static Scale of(List<SweepRow> priced) {
            BigDecimal min = priced.stream().map(SweepRow::costUsd).min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            BigDecimal max = priced.stream().map(SweepRow::costUsd).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            boolean log = min.signum() > 0 && max.doubleValue() / min.doubleValue() > 10;
            return new Scale(min, max, log);
        }

        int right() {
            return WIDTH - SvgPlot.RIGHT - UNPRICED - 20;
        }

        double x(BigDecimal cost) {
            double left = SvgPlot.LEFT + 20;
            double width = right() - left;
            double lo = log ? Math.log10(min.doubleValue()) : min.doubleValue();
            double hi = log ? Math.log10(max.doubleValue()) : max.doubleValue();
            double at = log ? Math.log10(cost.doubleValue()) : cost.doubleValue();
            return hi == lo ? left + width / 2 : left + width * (at - lo) / (hi - lo);
        }
    }
}
