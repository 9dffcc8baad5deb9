package dev.promptsmith.ui.optimize;

import dev.promptsmith.optimize.TrajectoryPoint;
import dev.promptsmith.ui.SvgPlot;
import java.util.List;
import java.util.Locale;

/**
 * The score trajectory as an SVG document drawn on the server: per round the best training score so far and the
 * validation score of the best candidate so far, as two lines with a point per round (its tooltip gives the calls
 * spent by then). Built from numbers only.
 */
final class TrajectoryChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 230;
    /** How far in from the plot's edges the first and last rounds stand. */
    private static final int PAD = 20;

    private TrajectoryChart() {
    }

    static String svg(List<TrajectoryPoint> points) {
        SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, "pass-rate-svg trajectory-svg",
                "Training and validation scores over " + points.size() + " rounds",
                "Best training and validation score per round").percentAxis();
        if (points.isEmpty()) {
            return plot.empty("The start is being scored").end();
        }
        series(plot, points, true);
        series(plot, points, false);
        for (int i = 0; i < points.size(); i++) {
            int round = points.get(i).round();
            plot.xLabel(plot.x(i, points.size(), PAD), round == 0 ? "start" : "round " + round);
        }
        plot.text("legend training", WIDTH - SvgPlot.RIGHT, HEIGHT - 6, "end",
                "— training (best so far) · - - validation (best candidate)");
        return plot.end();
    }

    private static void series(SvgPlot plot, List<TrajectoryPoint> points, boolean training) {
        String name = training ? "training" : "validation";
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = plot.x(i, points.size(), PAD);
            ys[i] = plot.y(score(points.get(i), training));
        }
        plot.polyline("line " + name, xs, ys);
        StringBuilder svg = plot.markup();
        for (int i = 0; i < points.size(); i++) {
            TrajectoryPoint point = points.get(i);
            double score = score(point, training);
            svg.append("<circle class=\"point ").append(name).append("\" data-round=\"").append(point.round())
                    .append("\" data-score=\"").append(SvgPlot.num(score * 100)).append("\" cx=\"")
                    .append(SvgPlot.num(xs[i])).append("\" cy=\"").append(SvgPlot.num(ys[i]))
                    .append("\" r=\"4\"><title>")
                    .append(point.round() == 0 ? "Start" : "Round " + point.round()).append(": ").append(name)
                    .append(' ').append(String.format(Locale.ROOT, "%.1f%%", score * 100)).append(", ")
                    .append(point.callsSpent()).append(" calls spent</title></circle>");
        }
    }

    private static double score(TrajectoryPoint point, boolean training) {
        return training ? point.bestTraining() : point.bestValidation();
    }
}
