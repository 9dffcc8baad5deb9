package dev.promptsmith.exchange;

import dev.promptsmith.suite.results.CaseStats;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.suite.results.JsonRates;
import dev.promptsmith.run.NamedMetrics;
import dev.promptsmith.run.PromptLabels;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.suite.DerivedMetric;
import dev.promptsmith.shared.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run's report as JSON, for scripts and for comparing a later run with (run --json, outputPath). */
public final class RunReportJson {

    private RunReportJson() {
    }

    /** The case statistics of a JSON result file {@link #write} wrote, to compare a run with. */
    @SuppressWarnings("unchecked")
    public static List<CaseStats> readCases(Path file) throws IOException {
        Map<String, Object> json = Json.readObject(Files.readString(file));
        if (!(json.get("cases") instanceof List<?> cases)) {
            throw new IOException(file + " has no \"cases\": it is not a result file of the run command (--json)");
        }
        List<CaseStats> stats = new java.util.ArrayList<>();
        for (Object item : cases) {
            Map<String, Object> c = (Map<String, Object>) item;
            List<Number> interval = (List<Number>) c.get("wilson95");
            stats.add(new CaseStats(String.valueOf(c.get("prompt")), ((Number) c.get("test")).intValue(),
                    String.valueOf(c.get("description")), String.valueOf(c.get("model")),
                    ((Number) c.get("passed")).intValue(), ((Number) c.get("runs")).intValue(),
                    number(c, "errors").intValue(), number(c, "meanScore").doubleValue(),
                    number(c, "meanLatencyMs").longValue(), new BigDecimal(String.valueOf(c.getOrDefault("costUsd", 0))),
                    interval.get(0).doubleValue(), interval.get(1).doubleValue()));
        }
        return stats;
    }

    private static Number number(Map<String, Object> map, String key) {
        return map.get(key) instanceof Number n ? n : 0;
    }

    public static void write(RunReport report, Path file) throws IOException {
        write(report, file, List.of());
    }

    /** @param derived the suite's derived metrics, worked out over the named metrics per prompt and model */
    public static void write(RunReport report, Path file, List<DerivedMetric> derived) throws IOException {
        Files.writeString(file, Json.pretty(document(report, derived)));
    }

    /** The document {@link #write} writes; its {@code results} hold one entry per cell. */
    static Map<String, Object> document(RunReport report, List<DerivedMetric> derived) {
        List<CellResult> results = report.results();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suite", report.suite());
        if (report.runId() != null) {
            json.put("runId", report.runId());
        }
        json.put("cells", results.size());
        json.put("passed", report.passed());
        json.put("errors", report.errors());
        json.put("passRate", report.passRate());
        json.put("costUsd", report.cost());
        json.put("durationMs", report.duration().toMillis());
        PromptLabels labels = PromptLabels.of(results);
        json.put("models", report.models().stream().map(m -> {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("prompt", m.prompt());
            stats.put("promptLabel", labels.of(m.prompt()));
            stats.put("model", m.model());
            stats.put("cells", m.cells());
            stats.put("passed", m.passed());
            stats.put("errors", m.errors());
            stats.put("passRate", m.passRate());
            stats.put("meanScore", m.meanScore());
            stats.put("latencyP50Ms", m.latencyP50Ms());
            stats.put("latencyP95Ms", m.latencyP95Ms());
            stats.put("tokens", m.tokens());
            stats.put("costUsd", m.costUsd());
            stats.put("json", json(m.json()));
            return stats;
        }).toList());
        json.put("metrics", NamedMetrics.of(results, derived).stream().map(m -> {
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("prompt", m.prompt());
            metrics.put("promptLabel", labels.of(m.prompt()));
            metrics.put("model", m.model());
            metrics.put("cells", m.cells());
            metrics.put("namedScores", m.sums());
            metrics.put("namedScoresCount", m.counts());
            metrics.put("means", m.means());
            Map<String, Object> values = new LinkedHashMap<>();
            // JSON has no NaN: a formula that divided by zero is null
            m.derived().forEach((name, value) -> values.put(name, Double.isFinite(value) ? value : null));
            metrics.put("derived", values);
            return metrics;
        }).toList());
        json.put("jsonCounts", JsonRates.COUNTED);
        json.put("cases", report.cases().stream().map(c -> {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("prompt", c.prompt());
            stats.put("promptLabel", labels.of(c.prompt()));
            stats.put("test", c.test());
            stats.put("description", c.description());
            stats.put("model", c.model());
            stats.put("passed", c.passed());
            stats.put("runs", c.runs());
            stats.put("errors", c.errors());
            stats.put("meanScore", c.meanScore());
            stats.put("meanLatencyMs", c.meanLatencyMs());
            stats.put("costUsd", c.costUsd());
            stats.put("passRate", c.passRate());
            stats.put("wilson95", List.of(c.low(), c.high()));
            stats.put("passedAll", c.passedAll());
            stats.put("flaky", c.flaky());
            return stats;
        }).toList());
        json.put("results", results.stream().map(r -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("prompt", r.cell().prompt().name());
            cell.put("promptLabel", r.cell().promptLabel());
            cell.put("test", r.cell().test().position());
            cell.put("description", r.cell().test().description());
            cell.put("model", r.cell().model().name());
            cell.put("providerId", r.cell().model().providerId());
            cell.put("repeat", r.cell().repeat());
            cell.put("pass", r.passed());
            cell.put("score", r.verdict() == null ? 0 : r.verdict().score());
            cell.put("error", r.error());
            cell.put("latencyMs", r.latencyMs());
            cell.put("attempts", r.attempts());
            cell.put("cached", r.cached());
            cell.put("output", r.output());
            if (r.transformed()) {
                cell.put("answer", r.answer());
            }
            if (r.json() != null) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("outcome", r.json().shape().name());
                outcome.put("cutOff", r.json().cutOff());
                outcome.put("counted", r.jsonCounted());
                outcome.put("fixes", r.json().fixes());
                cell.put("json", outcome);
            }
            cell.put("checks", r.verdict() == null ? List.of() : r.verdict().checks());
            return cell;
        }).toList());
        return json;
    }

    /** A model's JSON rates as the JSON report gives them. */
    private static Map<String, Object> json(JsonRates rates) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outputs", rates.outputs());
        json.put("cutOff", rates.cutOff());
        json.put("repaired", rates.repaired());
        json.put("invalid", rates.invalid());
        json.put("cutOffRate", rates.cutOffRate());
        json.put("repairedRate", rates.repairedRate());
        json.put("invalidRate", rates.invalidRate());
        return json;
    }
}
