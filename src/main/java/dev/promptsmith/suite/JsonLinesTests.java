package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test cases from a JSON Lines file as promptfoo reads them: each line that is not blank is one
 * test, an object as a test is written in YAML. A line that cannot be read, or is not an object,
 * is a problem at its line; the other lines are still read.
 */
final class JsonLinesTests {

    /** One line's test, with the YAML it was read from (its keys' lines) and its line in the file. */
    record Line(Map<?, ?> test, LocatedYaml yaml, int line) {
    }

    private JsonLinesTests() {
    }

    static List<Line> read(String display, String text, Problems.Source source) {
        return read(display, text, source, Integer.MAX_VALUE);
    }

    /** At most {@code limit} tests: with more, the text is a problem as a whole (line 0) and is read no further. */
    static List<Line> read(String display, String text, Problems.Source source, int limit) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = content.split("\n", -1);
        List<Line> tests = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (++read > limit) {
                source.error(0, CsvTests.tooMany(limit));
                break;
            }
            try {
                LocatedYaml yaml = LocatedYaml.read(display, lines[i], i);
                if (yaml.root() instanceof Map<?, ?> test) {
                    tests.add(new Line(test, yaml, i + 1));
                } else {
                    source.error(i + 1, "each line of a JSON Lines file of tests is one test (an object)");
                }
            } catch (InvalidFileException e) {
                e.problems().forEach(source::report);
            }
        }
        return tests;
    }
}
