package dev.promptsmith.benchmark;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.simulator.SentChunk;
import dev.promptsmith.support.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a streamed token takes from the simulator writing it to the socket until it is in
 * the page in Chromium, at 20 and at 200 tokens per second. Not part of the test suite (the
 * surefire configuration leaves out *Benchmark classes); run it with
 * {@code ./mvnw test -Dtest=StreamingLatencyBenchmark}. Results go to the console and to
 * {@code target/benchmarks/streaming-latency.md}.
 */
class StreamingLatencyBenchmark extends BrowserTest {

    private static final Pattern TOKEN = Pattern.compile("t(\\d{4}) ");

    @Autowired
    ModelTargetStore targets;

    @Test
    void tokenToBrowserDelay() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| rate | tokens | p50 ms | p95 ms | max ms | mean ms |");
        lines.add("|---|---|---|---|---|---|");
        lines.add(measure(20, 100));
        lines.add(measure(200, 600));
        String table = String.join("\n", lines);
        System.out.println("\nToken to browser delay (simulator write -> text node in Chromium)\n" + table + "\n");
        Path out = Path.of("target", "benchmarks", "streaming-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n");
    }

    private String measure(int tokensPerSecond, int count) {
        String model = "bench-" + tokensPerSecond;
        String text = String.join("", IntStream.range(0, count).mapToObj(i -> "t%04d ".formatted(i)).toList());
        simulator().replyFor(model, Reply.text(text).tokenDelay(Duration.ofNanos(1_000_000_000L / tokensPerSecond)));
        String name = "Bench " + tokensPerSecond + "/s";
        if (targets.all().stream().noneMatch(t -> t.name().equals(name))) {
            targets.save(new ModelTarget(null, name, ProviderKind.OPENAI, model, simulator().openAiBaseUrl(), null,
                    Map.of("max_tokens", count + 10)));
        }
        open("/playground?prompt=ticket-classification");
        screens().chooseModels(name);
        page.evaluate("""
                () => {
                  window.arrivals = [];
                  new MutationObserver(records => {
                    const now = performance.timeOrigin + performance.now();
                    for (const record of records) {
                      for (const node of record.addedNodes) {
                        if (node.nodeType === Node.TEXT_NODE) window.arrivals.push([node.textContent, now]);
                      }
                    }
                  }).observe(document.querySelector('#answers'), {childList: true, subtree: true});
                }""");
        page.locator("#run").click();
        assertThat(page.locator(".answer .answer-stats")).containsText("finish: stop",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(120_000));

        Map<Integer, Double> arrived = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<List<Object>> arrivals = (List<List<Object>>) page.evaluate("() => window.arrivals");
        for (List<Object> arrival : arrivals) {
            Matcher matcher = TOKEN.matcher(String.valueOf(arrival.get(0)));
            double at = ((Number) arrival.get(1)).doubleValue();
            while (matcher.find()) {
                arrived.putIfAbsent(Integer.parseInt(matcher.group(1)), at);
            }
        }
        List<Double> delays = new ArrayList<>();
        for (SentChunk chunk : simulator().sentChunks()) {
            Double at = chunk.model().equals(model) ? arrived.get(chunk.index()) : null;
            if (at != null) {
                double sentMillis = chunk.sentAt().toEpochMilli() + chunk.sentAt().getNano() % 1_000_000 / 1e6;
                delays.add(at - sentMillis);
            }
        }
        delays.sort(Double::compare);
        double mean = delays.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        return "| %d tokens/s | %d of %d | %.1f | %.1f | %.1f | %.1f |".formatted(tokensPerSecond, delays.size(), count,
                percentile(delays, 0.50), percentile(delays, 0.95), delays.isEmpty() ? Double.NaN : delays.getLast(),
                mean);
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
}
