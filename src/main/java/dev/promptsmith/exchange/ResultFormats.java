package dev.promptsmith.exchange;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.run.Cell;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.XmlText;
import dev.promptsmith.suite.DerivedMetric;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * A finished run's results in the formats promptfoo's {@code outputPath} names by extension:
 * the JSON document of {@code --json} (also as YAML, and one line per cell as JSON Lines), a CSV
 * and an HTML table of one row per cell, and the JUnit XML of {@code --junit}.
 */
public final class ResultFormats {

    private static final List<String> COLUMNS = List.of("prompt", "provider", "description", "vars", "output", "pass",
            "score", "reason", "latencyMs", "costUsd");

    private ResultFormats() {
    }

    /**
     * Writes the results to the file, creating its folders, as promptfoo does.
     *
     * @param extension json, jsonl, csv, yaml, yml, html or xml
     */
    public static void write(RunReport report, List<DerivedMetric> derived, Path file, String extension)
            throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        switch (extension) {
            case "json" -> RunReportJson.write(report, file, derived);
            case "xml" -> RunReportJunit.write(report, file);
            case "yaml", "yml" -> Files.writeString(file, yaml(plain(report, derived)));
            case "jsonl" -> Files.writeString(file, jsonLines(plain(report, derived)));
            case "csv" -> Files.writeString(file, csv(report));
            case "html" -> Files.writeString(file, html(report));
            default -> throw new IllegalArgumentException("no result format ." + extension);
        }
    }

    /** The JSON document as maps, lists, text and numbers only, as YAML and JSON Lines take it. */
    private static Map<String, Object> plain(RunReport report, List<DerivedMetric> derived) {
        return Json.readObject(Json.write(RunReportJson.document(report, derived)));
    }

    private static String yaml(Map<String, Object> document) {
        return new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(document);
    }

    private static String jsonLines(Map<String, Object> document) {
        return ((List<?>) document.get("results")).stream().map(Json::write).map(line -> line + "\n")
                .collect(Collectors.joining());
    }

    private static String csv(RunReport report) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (CellResult result : report.results()) {
                printer.printRecord(row(result));
            }
        }
        return text.toString();
    }

    private static String html(RunReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>").append(XmlText.escape(report.suite())).append("</title>\n<style>table{border-collapse:"
                + "collapse}td,th{border:1px solid #ccc;padding:4px;vertical-align:top;white-space:pre-wrap}</style>\n"
                + "</head>\n<body>\n<h1>").append(XmlText.escape(report.suite())).append("</h1>\n<p>")
                .append(report.passed()).append('/').append(report.results().size()).append(" passed</p>\n<table>\n<tr>");
        COLUMNS.forEach(column -> html.append("<th>").append(column).append("</th>"));
        html.append("</tr>\n");
        for (CellResult result : report.results()) {
            html.append("<tr>");
            row(result).forEach(value -> html.append("<td>").append(XmlText.escape(String.valueOf(value)))
                    .append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    /** One cell in the order of {@link #COLUMNS}; a missing value is empty. */
    private static List<Object> row(CellResult result) {
        Cell cell = result.cell();
        return List.of(cell.promptLabel(), cell.model().providerId(), cell.testLabel(),
                Json.write(cell.test().vars()), orEmpty(result.output()), result.passed(), result.score(),
                reason(result), result.latencyMs(), result.costUsd() == null ? "" : result.costUsd().toPlainString());
    }

    private static String reason(CellResult result) {
        if (result.error() != null) {
            return result.error();
        }
        return result.verdict() == null ? "" : result.verdict().checks().stream().filter(c -> !c.pass())
                .map(CheckResult::reason).collect(Collectors.joining("; "));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
