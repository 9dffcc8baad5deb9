package dev.promptsmith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LocatedYamlTest {

    private static final String FILE = "testcases/s.yaml";

    /** What promptfoo 0.123.1 (js-yaml 5, YAML 1.2 core schema) reads each plain scalar as. */
    static Stream<Arguments> scalarsAsPromptfooReadsThem() {
        return Stream.of(
                Arguments.of("Yes", "Yes"),
                Arguments.of("No", "No"),
                Arguments.of("on", "on"),
                Arguments.of("off", "off"),
                Arguments.of("y", "y"),
                Arguments.of("n", "n"),
                Arguments.of("true", true),
                Arguments.of("false", false),
                Arguments.of("True", true),
                Arguments.of("FALSE", false),
                Arguments.of("012", 12),
                Arguments.of("09", 9),
                Arguments.of("0x1F", 31),
                Arguments.of("0o17", 15),
                Arguments.of("0b101", "0b101"),
                Arguments.of("-0x1F", "-0x1F"),
                Arguments.of("1_000", "1_000"),
                Arguments.of("1:20", "1:20"),
                Arguments.of("2026-01-01", "2026-01-01"),
                Arguments.of("~", null),
                Arguments.of("null", null),
                Arguments.of("1.5", 1.5),
                Arguments.of("1e3", 1000.0),
                Arguments.of(".inf", Double.POSITIVE_INFINITY),
                Arguments.of("${HOME}", "${HOME}"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("scalarsAsPromptfooReadsThem")
    void plainScalarsAreReadAsYaml12LikePromptfooReadsThem(String scalar, Object expected) throws Exception {
        // given
        String text = "value: " + scalar + "\n";

        // when
        Map<?, ?> root = (Map<?, ?>) LocatedYaml.read(FILE, text, 0).root();

        // then
        Map<String, Object> expectedRoot = new HashMap<>();
        expectedRoot.put("value", expected);
        assertThat(root).isEqualTo(expectedRoot);
    }

    @Test
    void linesOfContainersKeysAndItemsCountTheLinesBeforeTheText() throws Exception {
        // given a front matter that starts on line 2 of its file
        String text = "name: x\nsample:\n  a: 1\n  list:\n    - one\n    - two\n";

        // when
        LocatedYaml yaml = LocatedYaml.read(FILE, text, 1);

        // then
        Map<?, ?> root = (Map<?, ?>) yaml.root();
        Map<?, ?> sample = (Map<?, ?>) root.get("sample");
        List<?> list = (List<?>) sample.get("list");
        assertThat(yaml.lineOf(root, "sample")).isEqualTo(3);
        assertThat(yaml.lineOf(sample)).isEqualTo(4);
        assertThat(yaml.lineOf(sample, "list")).isEqualTo(5);
        assertThat(yaml.lineOf(sample, "absent")).isEqualTo(4);
        assertThat(yaml.lineOf(list, 1)).isEqualTo(7);
        assertThat(yaml.lineOf("not a container")).isEqualTo(2);
    }

    @Test
    void mergeKeysApplyAndKeepTheKeysInTheOrderPromptfooGives() throws Exception {
        // given
        String text = """
                base: &base {tone: warm, name: Ada}
                test:
                  language: French
                  <<: *base
                  name: Bob
                """;

        // when
        Map<?, ?> test = (Map<?, ?>) ((Map<?, ?>) LocatedYaml.read(FILE, text, 0).root()).get("test");

        // then
        assertThat(List.<Object>copyOf(test.keySet())).containsExactly("language", "tone", "name");
        assertThat(test).isEqualTo(Map.of("language", "French", "tone", "warm", "name", "Bob"));
    }

    @Test
    void aDuplicateKeyIsAnErrorAtItsLine() {
        assertProblem("a:\n  b: 1\n  c: 2\n  b: 3\n",
                new FileProblem(FILE, 4, "YAML syntax: while constructing a mapping, found duplicate key b"));
    }

    @Test
    void anUndefinedAliasIsAnErrorAtItsLine() {
        assertProblem("a: &x [1]\nb: *y\n", new FileProblem(FILE, 2, "YAML syntax: found undefined alias y"));
    }

    @Test
    void tagsOfOtherTypesAreRefused() {
        assertProblem("a: !!java.io.File /etc/passwd\n", new FileProblem(FILE, 1,
                "YAML syntax: could not determine a constructor for the tag tag:yaml.org,2002:java.io.File"));
        assertProblem("a: !!java.util.UUID 123e4567-e89b-12d3-a456-426614174000\n", new FileProblem(FILE, 1,
                "YAML syntax: could not determine a constructor for the tag tag:yaml.org,2002:java.util.UUID"));
    }

    @Test
    void aliasesThatMultiplyCollectionsAreRefused() {
        StringBuilder text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char name = 'b'; name <= 'e'; name++) {
            String previous = "*" + (char) (name - 1);
            text.append(name).append(": &").append(name).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }

        assertThatThrownBy(() -> LocatedYaml.read(FILE, text.toString(), 0))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems().getFirst().message())
                        .contains("Number of aliases for non-scalar nodes exceeds the specified max=20"));
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        char[] indents = new char[LocatedYaml.MAX_NESTING + 5];
        Arrays.fill(indents, ' ');
        StringBuilder block = new StringBuilder();
        for (int i = 0; i < indents.length; i++) {
            block.append(new String(indents, 0, i)).append("k:\n");
        }

        assertProblem(deep, new FileProblem(FILE, 1,
                "YAML syntax: mappings and lists nest more than 50 levels deep"));
        assertProblem(block.toString(), new FileProblem(FILE, 51,
                "YAML syntax: mappings and lists nest more than 50 levels deep"));
    }

    @Test
    void nestingUpToTheLimitIsRead() throws Exception {
        int depth = LocatedYaml.MAX_NESTING - 1;
        String text = "a: " + "[".repeat(depth) + "x" + "]".repeat(depth) + "\n";

        assertThat(LocatedYaml.read(FILE, text, 0).root()).isInstanceOf(Map.class);
    }

    private static void assertProblem(String text, FileProblem expected) {
        assertThatThrownBy(() -> LocatedYaml.read(FILE, text, 0))
                .isInstanceOfSatisfying(InvalidFileException.class, e ->
                        assertThat(e.problems()).containsExactly(expected));
    }
}
