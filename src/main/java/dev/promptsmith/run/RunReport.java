package dev.promptsmith.run;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.shared.XmlText;
import dev.promptsmith.suite.DerivedMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A finished run's numbers, and its JUnit XML and JSON forms for CI servers and scripts. */
public record RunReport(String suite, Long runId, List<CellResult> results, Duration duration) {

    /** The case statistics of a JSON result file this class wrote, to compare a run with. */
    @SuppressWarnings("unchecked")
    public static List<CaseStats> readCases(Path file) throws IOException {
        Map<String, Object> json = dev.promptsmith.shared.Json.readObject(Files.readString(file));
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

    public long passed() {
        return results.stream().filter(CellResult::passed).count();
    }

    public long errors() {
        return results.stream().filter(r -> r.error() != null).count();
    }

    public double passRate() {
        return results.isEmpty() ? 1 : (double) passed() / results.size();
    }

    public BigDecimal cost() {
        return results.stream().map(CellResult::costUsd).filter(c -> c != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** JUnit XML as Maven Surefire writes it: one testcase per cell, a failure per failed check, an error per failed call. */
    public void writeJunit(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(results.size() - passed() - errors())
                .append("\" errors=\"").append(errors()).append("\" skipped=\"0\" time=\"")
                .append(seconds(duration.toMillis())).append("\">\n");
        for (CellResult result : results) {
            xml.append("  <testcase classname=\"").append(escape(suite + "." + result.cell().prompt().name()))
                    .append("\" name=\"").append(escape(result.cell().name())).append("\" time=\"")
                    .append(seconds(result.latencyMs())).append("\"");
            if (result.passed()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            if (result.error() != null) {
                xml.append("    <error message=\"").append(escape(result.error())).append("\" type=\"")
                        .append(result.errorKind() == null ? "TemplateError" : "ModelError." + result.errorKind().name())
                        .append("\">").append(escape(result.error())).append("</error>\n");
            } else {
                String reasons = String.join("\n", result.verdict().checks().stream().filter(c -> !c.pass())
                        .map(CheckResult::reason).toList());
                xml.append("    <failure message=\"").append(escape(firstLine(reasons))).append("\" type=\"CheckFailed\">")
                        .append(escape(reasons + "\n\nOutput:\n" + result.output())).append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        xml.append("</testsuite>\n");
        Files.writeString(file, xml);
    }

    /** Per prompt and model: pass rate, mean score, latency p50/p95, tokens and cost. */
    public List<ModelStats> models() {
        return ModelStats.of(results.stream().map(CellResult::sample).toList());
    }

    public List<CaseStats> cases() {
        return CaseStats.of(results.stream().map(CellResult::sample).toList());
    }

    public void writeJson(Path file) throws IOException {
        writeJson(file, List.of());
    }

    /** @param derived the suite's derived metrics, worked out over the named metrics per prompt and model */
    public void writeJson(Path file, List<DerivedMetric> derived) throws IOException {
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(document(derived)));
    }

    /** The document {@link #writeJson} writes; its {@code results} hold one entry per cell. */
    Map<String, Object> document(List<DerivedMetric> derived) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suite", suite);
        if (runId != null) {
            json.put("runId", runId);
        }
        json.put("cells", results.size());
        json.put("passed", passed());
        json.put("errors", errors());
        json.put("passRate", passRate());
        json.put("costUsd", cost());
        json.put("durationMs", duration.toMillis());
        json.put("models", models().stream().map(m -> {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("prompt", m.prompt());
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
        json.put("cases", cases().stream().map(c -> {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("prompt", c.prompt());
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

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String escape(String text) {
        return XmlText.escape(text);
    }
}
