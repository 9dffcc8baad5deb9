package dev.promptsmith.ui.optimize;

import dev.promptsmith.optimize.TrajectoryPoint;
import java.util.ArrayList;
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
    private static final int LEFT = 46;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;

    private TrajectoryChart() {
    }

    static String svg(List<TrajectoryPoint> points) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pass-rate-svg trajectory-svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append("Training and validation scores over ").append(points.size()).append(" rounds\">");
        svg.append("<title>Best training and validation score per round</title>");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append("<line class=\"grid-line\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
            svg.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(percent).append("%</text>");
        }
        if (points.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">The start is being scored</text>");
            return svg.append("</svg>").toString();
        }
        series(svg, points, true);
        series(svg, points, false);
        for (int i = 0; i < points.size(); i++) {
            svg.append("<text class=\"x-label\" x=\"").append(num(x(i, points.size()))).append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">")
                    .append(points.get(i).round() == 0 ? "start" : "round " + points.get(i).round()).append("</text>");
        }
        svg.append("<text class=\"legend training\" x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"end\">— training (best so far) · - - validation (best candidate)</text>");
        return svg.append("</svg>").toString();
    }

    private static void series(StringBuilder svg, List<TrajectoryPoint> points, boolean training) {
        String name = training ? "training" : "validation";
        List<String> line = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            line.add(num(x(i, points.size())) + "," + num(y(score(points.get(i), training))));
        }
        svg.append("<polyline class=\"line ").append(name).append("\" points=\"").append(String.join(" ", line))
                .append("\"/>");
        for (int i = 0; i < points.size(); i++) {
            TrajectoryPoint point = points.get(i);
            double score = score(point, training);
            svg.append("<circle class=\"point ").append(name).append("\" data-round=\"").append(point.round())
                    .append("\" data-score=\"").append(num(score * 100)).append("\" cx=\"")
                    .append(num(x(i, points.size()))).append("\" cy=\"").append(num(y(score))).append("\" r=\"4\"><title>")
                    .append(point.round() == 0 ? "Start" : "Round " + point.round()).append(": ").append(name)
                    .append(' ').append(String.format(Locale.ROOT, "%.1f%%", score * 100)).append(", ")
                    .append(point.callsSpent()).append(" calls spent</title></circle>");
        }
    }

    private static double score(TrajectoryPoint point, boolean training) {
        return training ? point.bestTraining() : point.bestValidation();
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT - 40;
        return count == 1 ? LEFT + 20 + width / 2 : LEFT + 20 + width * index / (count - 1);
    }

    private static double y(double share) {
        return TOP + (1 - share) * (HEIGHT - TOP - BOTTOM);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
