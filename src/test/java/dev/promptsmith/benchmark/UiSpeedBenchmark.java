package dev.promptsmith.benchmark;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.StoredRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Speed a user feels, in Chromium: how long a run of 20,000 results takes to show its first matrix page in a
 * fresh browser context, and how long the prompt editor's preview takes to follow a keystroke. Both are measured
 * in the browser, on its own clock: the first from the start of the navigation until a MutationObserver sees the
 * first matrix cell, the second from the key event's time stamp until the preview's text holds the key. Not part
 * of the test suite; run it with {@code ./mvnw test -Dtest=UiSpeedBenchmark}. By default it measures the test's own
 * app (Vaadin's development mode, whose scripts are much larger than a jar's); {@code
 * -Dbench.jar=before=/path/a.jar,after=target/promptsmith.jar} instead starts each jar on a copy of the test's
 * database (H2's {@code BACKUP}) and measures them round by round, interleaved. Options: {@code -Dbench.rounds}
 * (page openings, 7), {@code -Dbench.keys} (keystrokes each way, 30), {@code -Dbench.debug=true} (each opening's
 * resource timings). Results go to the console and to
 * {@code target/benchmarks/ui-speed.md}.
 */
class UiSpeedBenchmark extends BrowserTest {

    /** Records, on the page's clock, when the first matrix cell is in the document. */
    private static final String FIRST_CELL = """
            window.__firstCell = null;
            new MutationObserver((records, observer) => {
              if (document.querySelector('#run-matrix .matrix-cell')) {
                window.__firstCell = performance.now();
                observer.disconnect();
              }
            }).observe(document, {childList: true, subtree: true});
            """;

    /** Records each printable key's event time, and each change of the preview with how many 'q's follow "ZZ". */
    private static final String KEYS = """
            () => {
              window.__keys = [];
              window.__seen = [];
              document.addEventListener('keydown', e => { if (e.key === 'q') window.__keys.push(e.timeStamp); }, true);
              const preview = document.querySelector('#preview-messages');
              const count = () => { const m = /ZZ(q*)/.exec(preview.textContent); return m ? m[1].length : -1; };
              new MutationObserver(() => {
                const now = performance.now();
                const n = count();
                const last = window.__seen.length ? window.__seen[window.__seen.length - 1][0] : -2;
                if (n !== last) window.__seen.push([n, now]);
              }).observe(preview, {childList: true, subtree: true, characterData: true});
            }""";

    @Autowired
    ApplicationContext app;
    @Autowired
    JdbcClient jdbc;

    /** An app to measure: the test's own (development mode), or a jar started here (production mode). */
    private record Target(String label, String baseUrl) {
    }

    @Test
    void runPageAndEditorPreview() throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 7);
        int keys = Integer.getInteger("bench.keys", 30);

        StoredRuns runs = new StoredRuns(app);
        long runId = runs.finishedRun(runs.suite("generated-speed", 1000), 4, 5);
        List<JarServer> servers = new ArrayList<>();
        try {
            List<Target> targets = new ArrayList<>();
            String jars = System.getProperty("bench.jar", "").strip();
            if (jars.isEmpty()) {
                open("/");
                targets.add(new Target("test JVM", page.url().replaceAll("^(https?://[^/]+).*$", "$1")));
            } else {
                Path backup = Path.of("target", "benchmarks", "ui-speed", "data.zip").toAbsolutePath();
                Files.createDirectories(backup.getParent());
                Files.deleteIfExists(backup);
                jdbc.sql("backup to '" + backup + "'").update();
                for (String entry : jars.split(",")) {
                    int equals = entry.indexOf('=');
                    String label = equals < 0 ? entry.strip() : entry.substring(0, equals).strip();
                    Path jar = Path.of(entry.substring(equals + 1).strip()).toAbsolutePath();
                    JarServer server = JarServer.start(label, jar, backup, workspaceRoot());
                    servers.add(server);
                    targets.add(new Target(label, server.baseUrl()));
                }
            }
            Map<String, List<double[]>> opened = new LinkedHashMap<>();
            for (Target target : targets) {
                openRunInFreshContext(target, runId); // the server's first look at the page and its code
                opened.put(target.label(), new ArrayList<>());
            }
            for (int i = 0; i < rounds; i++) {
                for (Target target : targets) {
                    opened.get(target.label()).add(openRunInFreshContext(target, runId));
                }
            }
            List<String> lines = new ArrayList<>();
            lines.add("Run of 20,000 results (1,000 cases x 4 models x 5 repeats), " + rounds
                    + " fresh browser contexts each, interleaved, ms");
            lines.add("");
            lines.add("| app | measure | median | min | max | rounds |");
            lines.add("|---|---|---|---|---|---|");
            for (Target target : targets) {
                List<double[]> times = opened.get(target.label());
                lines.add(row(target.label(), "first matrix cell in the page (navigation start -> MutationObserver)",
                        times.stream().map(t -> t[0]).toList()));
                lines.add(row(target.label(), "first matrix cell visible (Playwright, wall clock)",
                        times.stream().map(t -> t[1]).toList()));
                lines.add(row(target.label(), "per-model statistics visible (Playwright, wall clock)",
                        times.stream().map(t -> t[2]).toList()));
            }
            lines.add("");
            lines.add("Editor preview (ticket-classification, the last message), keystroke -> preview shows it, ms");
            lines.add("");
            lines.add("| app | typing | median | p90 | min | max | keys |");
            lines.add("|---|---|---|---|---|---|---|");
            for (Target target : targets) {
                List<List<Double>> typed = typeInEditor(target, keys);
                lines.add(keyRow(target.label(), "one key, then a pause of 200 ms", typed.get(0)));
                lines.add(keyRow(target.label(), "a key every 80 ms", typed.get(1)));
            }

            String table = String.join("\n", lines);
            System.out.println("\nUI speed\n" + table + "\n");
            Path out = Path.of("target", "benchmarks", "ui-speed.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, table + "\n");
        } finally {
            for (JarServer server : servers) {
                server.close();
            }
        }
    }

    /** Keystrokes one at a time, then a burst; the delays of each. */
    private List<List<Double>> typeInEditor(Target target, int keys) {
        page.navigate(target.baseUrl() + "/prompts/ticket-classification/edit");
        Locator template = page.locator(".message-editor textarea").last();
        template.click();
        page.keyboard().press("Control+End");
        page.keyboard().type("ZZ");
        assertThat(page.locator("#preview-messages")).containsText("ZZ");
        page.evaluate(KEYS);
        List<Double> alone = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            page.keyboard().press("q");
            page.waitForFunction("n => window.__seen.some(s => s[0] >= n)", i);
            alone.add(delay(i - 1, i));
            page.waitForTimeout(200);
        }
        page.evaluate("() => { window.__keys = []; window.__seen = []; }");
        page.keyboard().type("q".repeat(keys), new Keyboard.TypeOptions().setDelay(80));
        page.waitForFunction("n => window.__seen.some(s => s[0] >= n)", 2 * keys);
        List<Double> burst = new ArrayList<>();
        for (int i = 1; i <= keys; i++) {
            burst.add(delay(i - 1, keys + i));
        }
        // leave without the question about unsaved changes
        page.evaluate("() => { window.onbeforeunload = null; }");
        return List.of(alone, burst);
    }

    /** Navigation start to first cell (browser clock); the same seen from here; and until the statistics show. */
    private double[] openRunInFreshContext(Target target, long runId) {
        Browser browser = page.context().browser();
        BrowserContext fresh = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        try {
            fresh.setDefaultTimeout(60_000);
            fresh.addInitScript(FIRST_CELL);
            Page tab = fresh.newPage();
            String url = target.baseUrl() + "/runs/" + runId;
            long start = System.nanoTime();
            tab.navigate(url, new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
            tab.locator("#run-matrix .matrix-cell").first().waitFor();
            double wall = (System.nanoTime() - start) / 1e6;
            tab.locator("#run-model-stats vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("78.0% (3900/5000)")).first().waitFor();
            double stats = (System.nanoTime() - start) / 1e6;
            tab.waitForFunction("() => window.__firstCell !== null");
            double inPage = ((Number) tab.evaluate("() => window.__firstCell")).doubleValue();
            if (Boolean.getBoolean("bench.debug")) {
                System.out.println("RESOURCES " + tab.evaluate("() => JSON.stringify(performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).map(e => [e.name.substring(0, 120), Math.round(e.startTime), Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize, e.decodedBodySize]))"));
            }
            return new double[] {inPage, wall, stats};
        } finally {
            fresh.close();
        }
    }

    /** From the key at {@code keyIndex} to the first change of the preview that shows {@code count} keys or more. */
    @SuppressWarnings("unchecked")
    private double delay(int keyIndex, int count) {
        List<Number> keyTimes = (List<Number>) page.evaluate("() => window.__keys");
        List<List<Number>> seen = (List<List<Number>>) page.evaluate("() => window.__seen");
        double key = keyTimes.get(keyIndex).doubleValue();
        for (List<Number> change : seen) {
            if (change.get(0).intValue() >= count) {
                return change.get(1).doubleValue() - key;
            }
        }
        throw new IllegalStateException("the preview never showed " + count + " keys");
    }

    private static String row(String app, String label, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return "| %s | %s | %.0f | %.0f | %.0f | %d |".formatted(app, label, median(sorted), sorted.getFirst(), sorted.getLast(),
                sorted.size());
    }

    private static String keyRow(String app, String label, List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return "| %s | %s | %.0f | %.0f | %.0f | %.0f | %d |".formatted(app, label, median(sorted),
                sorted.get((int) Math.min(sorted.size() - 1, Math.floor(0.9 * sorted.size()))), sorted.getFirst(),
                sorted.getLast(), sorted.size());
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
