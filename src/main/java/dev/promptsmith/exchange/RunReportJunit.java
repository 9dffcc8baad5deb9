package dev.promptsmith.exchange;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.run.CellResult;
import dev.promptsmith.run.RunReport;
import dev.promptsmith.shared.XmlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A run's report as JUnit XML, for CI servers (run --junit, an outputPath ending in .xml). */
public final class RunReportJunit {

    private RunReportJunit() {
    }

    /** JUnit XML as Maven Surefire writes it: one testcase per cell, a failure per failed check, an error per failed call. */
    public static void write(RunReport report, Path file) throws IOException {
        String suite = report.suite();
        List<CellResult> results = report.results();
        long passed = report.passed();
        long errors = report.errors();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"").append(escape(suite)).append("\" tests=\"").append(results.size())
                .append("\" failures=\"").append(results.size() - passed - errors)
                .append("\" errors=\"").append(errors).append("\" skipped=\"0\" time=\"")
                .append(seconds(report.duration().toMillis())).append("\">\n");
        for (CellResult result : results) {
            xml.append("  <testcase classname=\"").append(escape(suite + "." + promptLabel(result)))
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
                        .append(escape(reasons + "\n\nOutput:\n" + result.output()
                                + (result.transformed() ? "\n\nModel's answer:\n" + result.answer() : "")))
                        .append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        xml.append("</testsuite>\n");
        Files.writeString(file, xml);
    }

    /** What the suite calls the cell's prompt (else its key), on one line: CI servers show it as the test's class. */
    private static String promptLabel(CellResult result) {
        String label = result.cell().promptLabel();
        return (label == null || label.isBlank() ? result.cell().prompt().name() : label).strip()
                .replaceAll("\\s+", " ");
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
