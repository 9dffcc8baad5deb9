package dev.promptsmith.suite;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test cases from a CSV file as promptfoo reads them: a column per variable, checks in
 * {@code __expected} columns ({@code __expected1}, {@code __expected2} ...), and
 * {@code __description}, {@code __threshold}, {@code __metric}, {@code __prefix},
 * {@code __suffix}, {@code __metadata:NAME}, {@code __config:__expectedN:threshold}.
 * A test without a description is "Row #N".
 */
final class CsvTests {

    /** A row read as a test written in YAML would be, with the line it starts on. */
    record Row(Map<String, Object> test, int line) {
    }

    private CsvTests() {
    }

    static List<Row> read(String text, Problems.Source source) {
        return read(text, source, Integer.MAX_VALUE);
    }

    /** At most {@code limit} rows: with more, the text is a problem as a whole (line 0) and is read no further. */
    static List<Row> read(String text, Problems.Source source, int limit) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Row> rows = new ArrayList<>();
        Lines lines = new Lines(content);
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            List<String> header = parser.getHeaderNames();
            linesRead = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > limit) {
                    source.error(0, tooMany(limit));
                    break;
                }
                int line = lines.recordAfter(linesRead);
                if (record.size() != header.size()) {
                    source.error(line, "row " + record.getRecordNumber() + " has " + record.size()
                            + " values for " + header.size() + " columns");
                } else {
                    Map<String, Object> test = test(header, record, line, source);
                    test.putIfAbsent("description", "Row #" + record.getRecordNumber());
                    rows.add(new Row(test, line));
                }
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // the row that could not be read starts after the last one read
            int line = linesRead == 0 ? 1 : lines.recordAfter(linesRead);
            source.error(line, "not a CSV file promptfoo reads: " + reason(e));
        }
        return rows;
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        return message.contains("EOF reached before encapsulated token finished")
                ? "a quoted value is not closed (a \" opens it and no \" closes it)"
                : message;
    }

    static String tooMany(int limit) {
        return String.format(java.util.Locale.ROOT, "more than %,d test cases; bring them in parts", limit);
    }

    /** Where records start: after the lines read so far and the empty lines the parser skips. */
    private static final class Lines {

        private final String text;
        private int position;
        private long line;

        Lines(String text) {
            this.text = text;
        }

        /** The 1-based line of the first line that is not empty after the first {@code linesRead} lines. */
        int recordAfter(long linesRead) {
            while (line < linesRead && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return (int) line + 1;
        }
    }

    private static Map<String, Object> test(List<String> header, CSVRecord record, int line, Problems.Source source) {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<Map<String, Object>> checks = new ArrayList<>();
        Map<Integer, Double> thresholds = new LinkedHashMap<>();
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, Object> metadata = new LinkedHashMap<>();
        Map<String, Object> test = new LinkedHashMap<>();
        String metric = null;
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).strip();
            String value = record.get(i);
            if (key.startsWith("__expected")) {
                if (!value.strip().isEmpty()) {
                    try {
                        checks.add(ExpectedValue.check(value.strip()));
                    } catch (IllegalArgumentException e) {
                        source.error(line, "column " + key + ": " + e.getMessage());
                    }
                }
            } else if (key.equals("__prefix") || key.equals("__suffix")) {
                options.put(key.substring(2), value);
            } else if (key.equals("__description")) {
                if (!value.isEmpty()) {
                    test.put("description", value);
                }
            } else if (key.equals("__metric")) {
                metric = value.isEmpty() ? null : value;
            } else if (key.equals("__threshold")) {
                number(value, key, line, source, n -> test.put("threshold", n));
            } else if (key.startsWith("__metadata:")) {
                metadata(key.substring("__metadata:".length()), value, metadata);
            } else if (key.startsWith("__config:")) {
                config(key, value, line, source, thresholds);
            } else if (key.startsWith("__")) {
                source.error(line, "column " + key + " is not one promptfoo reads (or not supported by Promptsmith "
                        + "yet): __expected, __description, __threshold, __metric, __prefix, __suffix, __metadata:NAME, "
                        + "__config:__expectedN:threshold");
            } else {
                vars.put(key, value);
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            if (metric != null) {
                checks.get(i).put("metric", metric);
            }
            if (thresholds.containsKey(i)) {
                checks.get(i).put("threshold", thresholds.get(i));
                metadata.put("threshold", thresholds.get(i));
            }
        }
        test.put("vars", vars);
        test.put("assert", checks);
        if (!options.isEmpty()) {
            test.put("options", options);
        }
        if (!metadata.isEmpty()) {
            test.put("metadata", metadata);
        }
        return test;
    }

    private static void metadata(String key, String value, Map<String, Object> metadata) {
        if (value.strip().isEmpty()) {
            return;
        }
        if (key.endsWith("[]")) {
            List<String> values = new ArrayList<>();
            for (String part : value.split("(?<!\\\\),")) {
                values.add(part.strip().replace("\\,", ","));
            }
            metadata.put(key.substring(0, key.length() - 2), values);
        } else {
            metadata.put(key, value);
        }
    }

    private static void config(String key, String value, int line, Problems.Source source,
                               Map<Integer, Double> thresholds) {
        String[] parts = key.substring("__config:".length()).split(":");
        java.util.regex.Matcher expected = java.util.regex.Pattern.compile("__expected(\\d*)")
                .matcher(parts.length == 2 ? parts[0] : "");
        if (parts.length != 2 || !expected.matches() || !parts[1].equals("threshold")
                || !expected.group(1).isEmpty() && Integer.parseInt(expected.group(1)) < 1) {
            source.error(line, "column " + key + ": write __config:__expected:threshold or __config:__expectedN:threshold");
            return;
        }
        int index = expected.group(1).isEmpty() ? 0 : Integer.parseInt(expected.group(1)) - 1;
        number(value, key, line, source, n -> thresholds.put(index, n));
    }

    private static void number(String value, String key, int line, Problems.Source source,
                               java.util.function.DoubleConsumer target) {
        if (value.strip().isEmpty()) {
            return;
        }
        try {
            target.accept(Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            source.error(line, "column " + key + ": '" + value + "' is not a number");
        }
    }
}
