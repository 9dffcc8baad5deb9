package dev.promptsmith.check.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.script.JavaScriptRegex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shortcut that answers without the JavaScript engine never calls a pattern valid that JavaScript refuses. */
class RegexValuesTest {

    private static final List<String> TRICKY = List.of("(?i)abc", "(?m)^- ", "(?i:abc)", "a++", "a*+b", "x{2}+",
            "(?>ab)", "(?<=a)b", "(?<=a)+b", "\\Aabc\\Z", "\\p{L}+", "\\Qa.b\\E", "[^]", "a{", "a{,3}", "\\x{41}",
            "(?<n>a)(?<n>b)", "[a-z&&[^e]]", "\\k<n>(?<n>a)", "(a)\\2", "a]", "}", "[\\w-.]", "\\c", "\\i", "(?#c)",
            "ok$", "\\+\\+", "[*+]", "\\d{2,1}", "(", "a**", "\\");

    @Test
    void aPatternCalledPortableIsValidJavaScript() throws IOException {
        List<String> patterns = new ArrayList<>(TRICKY);
        patterns.addAll(shippedPatterns());
        assertThat(patterns.size()).isGreaterThan(TRICKY.size() + 20);
        for (String pattern : patterns) {
            if (RegexValues.portable(pattern)) {
                assertThat(JavaScriptRegex.syntaxError(pattern)).as(pattern).isEmpty();
            }
        }
    }

    @Test
    void javaOnlySyntaxIsLeftToTheJavaScriptEngine() {
        assertThat(TRICKY.stream().filter(RegexValues::portable)).containsExactlyInAnyOrder("[a-z&&[^e]]", "(a)\\2",
                "a]", "}", "ok$", "\\+\\+", "[\\w-.]");
        assertThat(RegexValues.javaOnly("\\x{41}")).get().asString().startsWith("\\x{..} is Java");
        assertThat(RegexValues.problem("(?i)abc")).get().asString().contains("Invalid group", "no inline flags");
        assertThat(RegexValues.problem("ok$")).isEmpty();
    }

    /** Every single-quoted value of a regex check in the shipped suites. */
    private static List<String> shippedPatterns() throws IOException {
        Pattern value = Pattern.compile("type: (?:not-)?regex[,\\n][^']*?value: '((?:[^']|'')*)'");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testcases"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher matcher = value.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1).replace("''", "'"));
                }
            }
        }
        return found;
    }
}
