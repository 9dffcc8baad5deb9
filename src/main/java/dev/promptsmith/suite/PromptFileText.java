package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.JsJson;
import dev.promptsmith.shared.LocatedYaml;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The prompt text promptfoo makes of a prompt file: JSON and YAML are written back as compact JSON. */
final class PromptFileText {

    /** One row of a prompts CSV file. */
    record Row(String prompt, String ownLabel, int line, int index, int rows) {

        /** promptfoo's label: the row's, else the entry's (with the text when there are several rows), else "Prompt N - text". */
        String label(String entryLabel) {
            if (ownLabel != null && !ownLabel.isEmpty()) {
                return ownLabel;
            }
            if (entryLabel != null) {
                return rows > 1 ? entryLabel + ": " + prompt : entryLabel;
            }
            return "Prompt " + (index + 1) + " - " + prompt;
        }
    }

    private PromptFileText() {
    }

    /** A {@code .json} prompt file: parsed and written compact; text that is not JSON stays as it is. */
    static String json(String text, String display, Problems.Source source, int line) {
        Object parsed;
        try {
            parsed = JsJson.parse(text);
        } catch (IllegalArgumentException e) {
            return text;
        }
        refuseReferences(parsed, display, source, line);
        return JsJson.compact(parsed);
    }

    /** A {@code .yaml} prompt file: parsed and written as compact JSON; text that is not YAML stays as it is. */
    static String yaml(String text, String display, Problems.Source source, int line) {
        Object parsed;
        try {
            parsed = LocatedYaml.read(display, text, 0).root();
        } catch (InvalidFileException e) {
            return text;
        }
        refuseReferences(parsed, display, source, line);
        return JsJson.compact(parsed);
    }

    /** promptfoo loads {@code file://} strings inside JSON and YAML prompt files; Promptsmith does not yet. */
    private static void refuseReferences(Object node, String display, Problems.Source source, int line) {
        if (node instanceof String text && text.startsWith(SuiteFiles.FILE_PREFIX)) {
            source.error(line, "prompt file " + display + " refers to " + text + ": file references inside prompt "
                    + "files are not supported yet");
        } else if (node instanceof List<?> list) {
            list.forEach(item -> refuseReferences(item, display, source, line));
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(item -> refuseReferences(item, display, source, line));
        }
    }

    /**
     * A prompts CSV file: a {@code prompt} column and an optional {@code label} column, values
     * trimmed, empty lines skipped; a file without a comma has one prompt a line (after an optional
     * {@code prompt} header).
     */
    static List<Row> csv(String text, String display, Problems.Source source, int line) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        if (!content.contains(",")) {
            String[] lines = content.split("\r?\n");
            List<int[]> kept = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].strip().isEmpty() && !(kept.isEmpty() && lines[i].strip().equalsIgnoreCase("prompt"))) {
                    kept.add(new int[] {i});
                }
            }
            for (int[] at : kept) {
                rows.add(new Row(lines[at[0]], null, at[0] + 1, rows.size(), kept.size()));
            }
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            if (!parser.getHeaderMap().containsKey("prompt")) {
                source.error(line, "prompt file " + display + ": a CSV of prompts has a 'prompt' column (and may have "
                        + "'label')");
                return List.of();
            }
            records = parser.getRecords().stream().filter(r -> !r.get("prompt").isEmpty()).toList();
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            source.error(line, "prompt file " + display + ": " + e.getMessage());
            return List.of();
        }
        for (CSVRecord record : records) {
            rows.add(new Row(record.get("prompt"), record.isMapped("label") && record.isSet("label")
                    ? record.get("label") : null, (int) record.getRecordNumber() + 1, rows.size(), records.size()));
        }
        return rows;
    }
}
