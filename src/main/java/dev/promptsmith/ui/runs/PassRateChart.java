package dev.promptsmith.ui.runs;

import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.shared.XmlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pass rate of a suite over its runs as an SVG document, drawn on the server: a point per
 * run (oldest left) with a tooltip, the 95% Wilson interval of each run as a band and whiskers,
 * and the baseline run ringed and labelled. A point links to its run; where the suite's version
 * differs from the run before (its prompts or tests changed), a dashed line and the new version
 * mark the change. Runs without any result yet are left out: they have no pass rate. The chart
 * scales to the width of the page. Every piece of text is escaped, so a suite name cannot add markup.
 */
final class PassRateChart {

    /** Drawn wide and flat, since it is stretched to the page's width. */
    static final int WIDTH = 1000;
    static final int HEIGHT = 230;
    private static final int LEFT = 46;
    private static final int RIGHT = 20;
    private static final int TOP = 14;
    private static final int BOTTOM = 34;
    /** At most this many run labels under the axis; the others are skipped evenly. */
    private static final int MAX_LABELS = 14;

    private PassRateChart() {
    }

    /** The chart of these runs, given oldest first. */
    static String svg(String suite, List<RunSummary> runs) {
        List<RunSummary> shown = runs.stream().filter(run -> run.done() > 0).toList();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pass-rate-svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape("Pass rate of " + suite + " over " + shown.size() + " runs")).append("\">");
        svg.append("<title>").append(escape("Pass rate of " + suite + " over its runs")).append("</title>");
        axes(svg);
        if (shown.isEmpty()) {
            svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">No run with results yet</text>");
        } else {
            plot(svg, shown);
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg) {
        svg.append("<g class=\"axes\">");
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = y(percent / 100.0);
            svg.append("<line class=\"grid-line\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y1=\"").append(num(y)).append("\" y2=\"").append(num(y)).append("\"/>");
            svg.append("<text class=\"y-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\">").append(percent).append("%</text>");
        }
        svg.append("</g>");
    }

    private static void plot(StringBuilder svg, List<RunSummary> runs) {
        int n = runs.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        for (int i = 0; i < n; i++) {
            RunSummary run = runs.get(i);
            double[] interval = CaseStats.wilson(run.passed(), run.done());
            xs[i] = x(i, n);
            ys[i] = y(run.passRate());
            lows[i] = y(interval[0]);
            highs[i] = y(interval[1]);
        }
        if (n > 1) {
            List<String> band = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                band.add(num(xs[i]) + "," + num(highs[i]));
            }
            for (int i = n - 1; i >= 0; i--) {
                band.add(num(xs[i]) + "," + num(lows[i]));
            }
            svg.append("<polygon class=\"band\" points=\"").append(String.join(" ", band)).append("\"/>");
            List<String> line = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                line.add(num(xs[i]) + "," + num(ys[i]));
            }
            svg.append("<polyline class=\"line\" points=\"").append(String.join(" ", line)).append("\"/>");
        }
        int every = (n + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < n; i++) {
            RunSummary run = runs.get(i);
            svg.append("<line class=\"whisker\" x1=\"").append(num(xs[i])).append("\" x2=\"").append(num(xs[i]))
                    .append("\" y1=\"").append(num(lows[i])).append("\" y2=\"").append(num(highs[i])).append("\"/>");
            if (run.baseline()) {
                svg.append("<circle class=\"baseline-ring\" cx=\"").append(num(xs[i])).append("\" cy=\"")
                        .append(num(ys[i])).append("\" r=\"9\"/>");
                svg.append("<text class=\"baseline-label\" x=\"").append(num(xs[i])).append("\" y=\"")
                        .append(num(Math.max(TOP + 10, ys[i] - 13))).append("\" text-anchor=\"middle\">baseline</text>");
            }
            RunSummary previous = i == 0 ? null : runs.get(i - 1);
            boolean changed = previous != null && previous.suiteVersion() != run.suiteVersion();
            if (changed) {
                versionChange(svg, xs[i], run.suiteVersion());
            }
            // a relative link: the page's base is the application's root
            svg.append("<a class=\"point-link\" href=\"runs/").append(run.id()).append("\">");
            svg.append("<circle class=\"point").append(run.baseline() ? " baseline" : "")
                    .append(changed ? " version-change" : "")
                    .append("\" data-run=\"").append(run.id()).append("\" cx=\"").append(num(xs[i]))
                    .append("\" cy=\"").append(num(ys[i])).append("\" r=\"5\"><title>")
                    .append(escape(tooltip(run, changed ? previous : null))).append("</title></circle></a>");
            if (i % every == 0 || i == n - 1) {
                svg.append("<text class=\"x-label\" x=\"").append(num(xs[i])).append("\" y=\"")
                        .append(HEIGHT - BOTTOM + 16).append("\" text-anchor=\"middle\">#").append(run.id())
                        .append("</text>");
            }
        }
    }

    /** A dashed line at a run whose suite version is not its predecessor's, with the new version beside it. */
    private static void versionChange(StringBuilder svg, double x, int version) {
        svg.append("<line class=\"version-line\" x1=\"").append(num(x)).append("\" x2=\"").append(num(x))
                .append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
        // at the foot of the line: pass rates near 100% are common, so the top would hide it behind points
        svg.append("<text class=\"version-label\" x=\"").append(num(x + 4)).append("\" y=\"").append(HEIGHT - BOTTOM - 4)
                .append("\">v").append(version).append("</text>");
    }

    /** {@code previous} is the run before, when the suite's version changed since it; else null. */
    private static String tooltip(RunSummary run, RunSummary previous) {
        double[] interval = CaseStats.wilson(run.passed(), run.done());
        return "Run #" + run.id() + (run.baseline() ? " (baseline)" : "") + ", " + RunFormats.dateTime(run.createdAt())
                + ": " + RunFormats.percent(run.passRate()) + " passed (" + run.passed() + "/" + run.done()
                + "), 95% interval " + RunFormats.percent(interval[0]) + " to " + RunFormats.percent(interval[1])
                + (previous == null ? "" : "; suite version " + run.suiteVersion() + ", was " + previous.suiteVersion()
                        + " in run #" + previous.id());
    }

    private static double x(int index, int count) {
        double width = WIDTH - LEFT - RIGHT - 20;
        return count == 1 ? LEFT + 10 + width / 2 : LEFT + 10 + width * index / (count - 1);
    }

    private static double y(double share) {
        return TOP + (1 - share) * (HEIGHT - TOP - BOTTOM);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values made safe for XML. */
    static String escape(String text) {
        return XmlText.escape(text);
    }
}
