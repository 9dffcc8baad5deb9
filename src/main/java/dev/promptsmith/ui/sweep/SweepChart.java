package dev.promptsmith.ui.sweep;

import dev.promptsmith.shared.XmlText;
import dev.promptsmith.sweep.ModelSweep;
import dev.promptsmith.sweep.SweepAnalysis;
import dev.promptsmith.sweep.SweepRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Cost against pass rate as an SVG document drawn on the server: a point per model with its 95% interval as a
 * whisker, the front's points filled, the recommended one ringed. Costs of models often differ a hundredfold, so
 * the cost axis is logarithmic when they spread; models without a price stand apart in a strip on the right
 * marked "price unknown", never at zero. Every piece of text is escaped.
 */
final class SweepChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 260;
    private static final int LEFT = 46;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    /** The strip for models without a price. */
    private static final int UNPRICED = 130;
    private static final int RIGHT = 20;

    private SweepChart() {
    }

    static String svg(ModelSweep sweep) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pass-rate-svg sweep-svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append("Cost against pass rate of ").append(sweep.rows().size()).append(" models\">");
        svg.append("<title>Cost against pass rate per model</title>");
        axes(svg, sweep.rows().stream().anyMatch(r -> !r.priced()));
        List<SweepRow> priced = sweep.rows().stream().filter(SweepRow::priced).toList();
        Scale scale = Scale.of(priced);
        int unpricedIndex = 0;
        for (SweepRow row : sweep.rows()) {
            double x = row.priced() ? scale.x(row.costUsd()) : WIDTH - RIGHT - UNPRICED / 2.0 + 18 * unpricedIndex++;
            point(svg, row, x, sweep.recommended().filter(row.model()::equals).isPresent());
        }
        if (!priced.isEmpty()) {
            svg.append("<text class=\"x-label\" x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8)
                    .append("\">").append(XmlText.escape(SweepAnalysis.usd(scale.min()))).append("</text>");
            svg.append("<text class=\"x-label\" x=\"").append(scale.right()).append("\" y=\"").append(HEIGHT - 8)
                    .append("\" text-anchor=\"end\">").append(XmlText.escape(SweepAnalysis.usd(scale.max())))
                    .append(scale.log() ? " (log scale)" : "").append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, boolean unpriced) {
        svg.append("<g class=\"axes\">");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append("<line class=\"grid-line\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
            svg.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(percent).append("%</text>");
        }
        svg.append("<text class=\"x-label\" x=\"").append((WIDTH - UNPRICED) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">cost of the run's calls →</text>");
        if (unpriced) {
            int x = WIDTH - RIGHT - UNPRICED;
            svg.append("<line class=\"version-line\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
            svg.append("<text class=\"x-label unpriced-label\" x=\"").append(x + UNPRICED / 2).append("\" y=\"")
                    .append(HEIGHT - 8).append("\" text-anchor=\"middle\">price unknown</text>");
        }
        svg.append("</g>");
    }

    private static void point(StringBuilder svg, SweepRow row, double x, boolean recommended) {
        double y = y(row.passRate());
        svg.append("<line class=\"whisker\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x)).append("\" y1=\"")
                .append(num(y(row.low()))).append("\" y2=\"").append(num(y(row.high()))).append("\"/>");
        if (recommended) {
            svg.append("<circle class=\"baseline-ring\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"9\"/>");
        }
        svg.append("<circle class=\"point").append(row.onFront() ? " front" : " behind")
                .append(recommended ? " recommended" : "").append("\" data-model=\"").append(XmlText.escape(row.model()))
                .append("\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"5\"><title>")
                .append(XmlText.escape(row.model() + ": " + SweepFormats.rate(row) + ", "
                        + SweepAnalysis.usd(row.costUsd()) + ", median " + row.latencyP50Ms() + " ms"
                        + (row.onFront() ? ", on the front" : "")))
                .append("</title></circle>");
        svg.append("<text class=\"point-label\" x=\"").append(num(x + 8)).append("\" y=\"")
                .append(num(y < TOP + 12 ? y + 18 : y - 8))
                .append("\">").append(XmlText.escape(row.model())).append("</text>");
    }

    private static double y(double share) {
        return TOP + (1 - share) * (HEIGHT - TOP - BOTTOM);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
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
            return WIDTH - RIGHT - UNPRICED - 20;
        }

        double x(BigDecimal cost) {
            double left = LEFT + 20;
            double width = right() - left;
            double lo = log ? Math.log10(min.doubleValue()) : min.doubleValue();
            double hi = log ? Math.log10(max.doubleValue()) : max.doubleValue();
            double at = log ? Math.log10(cost.doubleValue()) : cost.doubleValue();
            return hi == lo ? left + width / 2 : left + width * (at - lo) / (hi - lo);
        }
    }
}
