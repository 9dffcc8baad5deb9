package dev.promptsmith.ui.runs;

import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.run.store.RunSummary;
import dev.promptsmith.ui.SvgPlot;
import java.util.List;

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
    /** At most this many run labels under the axis; the others are skipped evenly. */
    private static final int MAX_LABELS = 14;

    private PassRateChart() {
    }

    /** The chart of these runs, given oldest first. */
    static String svg(String suite, List<RunSummary> runs) {
        List<RunSummary> shown = runs.stream().filter(run -> run.done() > 0).toList();
        SvgPlot plot = new SvgPlot(WIDTH, HEIGHT, "pass-rate-svg",
                "Pass rate of " + suite + " over " + shown.size() + " runs", "Pass rate of " + suite + " over its runs")
                .percentAxis();
        if (shown.isEmpty()) {
            plot.empty("No run with results yet");
        } else {
            plot(plot, shown);
        }
        return plot.end();
    }

    private static void plot(SvgPlot plot, List<RunSummary> runs) {
        StringBuilder svg = plot.markup();
        int n = runs.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        for (int i = 0; i < n; i++) {
            RunSummary run = runs.get(i);
            double[] interval = CaseStats.wilson(run.passed(), run.done());
            xs[i] = plot.x(i, n, 10);
            ys[i] = plot.y(run.passRate());
            lows[i] = plot.y(interval[0]);
            highs[i] = plot.y(interval[1]);
        }
        if (n > 1) {
            // the band goes out along the highs and back along the lows
            double[] bandXs = new double[2 * n];
            double[] bandYs = new double[2 * n];
            for (int i = 0; i < n; i++) {
                bandXs[i] = xs[i];
                bandYs[i] = highs[i];
                bandXs[2 * n - 1 - i] = xs[i];
                bandYs[2 * n - 1 - i] = lows[i];
            }
            plot.polygon("band", bandXs, bandYs).polyline("line", xs, ys);
        }
        int every = (n + MAX_LABELS - 1) / MAX_LABELS;
        for (int i = 0; i < n; i++) {
            RunSummary run = runs.get(i);
            plot.line("whisker", xs[i], xs[i], lows[i], highs[i]);
            if (run.baseline()) {
                plot.circle("baseline-ring", xs[i], ys[i], 9);
                plot.text("baseline-label", xs[i], Math.max(SvgPlot.TOP + 10, ys[i] - 13), "middle", "baseline");
            }
            RunSummary previous = i == 0 ? null : runs.get(i - 1);
            boolean changed = previous != null && previous.suiteVersion() != run.suiteVersion();
            if (changed) {
                versionChange(plot, xs[i], run.suiteVersion());
            }
            // a relative link: the page's base is the application's root
            svg.append("<a class=\"point-link\" href=\"runs/").append(run.id()).append("\">");
            svg.append("<circle class=\"point").append(run.baseline() ? " baseline" : "")
                    .append(changed ? " version-change" : "")
                    .append("\" data-run=\"").append(run.id()).append("\" cx=\"").append(num(xs[i]))
                    .append("\" cy=\"").append(num(ys[i])).append("\" r=\"5\"><title>")
                    .append(escape(tooltip(run, changed ? previous : null))).append("</title></circle></a>");
            if (i % every == 0 || i == n - 1) {
                plot.xLabel(xs[i], "#" + run.id());
            }
        }
    }

    /** A dashed line at a run whose suite version is not its predecessor's, with the new version beside it. */
    private static void versionChange(SvgPlot plot, double x, int version) {
        plot.upright("version-line", x);
        // at the foot of the line: pass rates near 100% are common, so the top would hide it behind points
        plot.text("version-label", x + 4, plot.bottom() - 4, null, "v" + version);
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

    private static String num(double value) {
        return SvgPlot.num(value);
    }

    private static String escape(String text) {
        return SvgPlot.escape(text);
    }
}
