package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.check.types.CheckTypes;
import dev.promptsmith.check.types.PromptfooCheckTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry, the documentation (docs/checks.md) and the tests list the same check types. */
class CheckRegistryTest {

    private final CheckRegistry registry = CheckTypes.namesOnly();

    @Test
    void everyTypeIsDocumented() throws IOException {
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z0-9:-]+)` \\|").matcher(Files.readString(Path.of("docs/checks.md")));
        Set<String> documented = new LinkedHashSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(registry.types());
    }

    @Test
    void everyTypePromptfooDocumentsIsRunOrRefusedWithAReason() {
        Set<String> runOrRefused = new LinkedHashSet<>(registry.types());
        runOrRefused.addAll(registry.refused().keySet());

        assertThat(runOrRefused).containsAll(PromptfooCheckTypes.DOCUMENTED);
        assertThat(PromptfooCheckTypes.DOCUMENTED).containsAll(registry.refused().keySet()).doesNotHaveDuplicates();
        assertThat(registry.refused().keySet()).doesNotContainAnyElementsOf(registry.types());
        assertThat(registry.refused().values()).allSatisfy(reason -> assertThat(reason).contains("which Promptsmith"));
    }

    @Test
    void aRefusedTypeIsNamedWithWhyNotAsAnUnknownOne() {
        assertThatThrownBy(() -> registry.get("not-ruby"))
                .isInstanceOf(RefusedCheckException.class)
                .hasMessage("'ruby' runs Ruby code, which Promptsmith does not do (JavaScript and Python it does), so "
                        + "Promptsmith does not run this promptfoo check");
        assertThat(registry.problems(Map.of("type", "assert-set", "assert", List.of(Map.of("type", "classifier"),
                Map.of("type", "containz"), Map.of("type", "contains")))))
                .containsExactly("'classifier' needs a HuggingFace classification model, which Promptsmith has no "
                        + "provider for, so Promptsmith does not run this promptfoo check",
                        "unknown check type 'containz' (did you mean 'contains'?)");
    }

    @Test
    void everyTypeDescribesItself() {
        assertThat(registry.all()).allSatisfy(check -> assertThat(check.description()).endsWith(".").hasSizeGreaterThan(20));
    }

    @Test
    void everyTypeIsTestedForPassFailAndNegation() {
        Set<String> tested = CheckTypesTest.cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        CheckTypesTest.metadata().map(a -> (String) a.get()[0]).forEach(tested::add);
        tested.addAll(GradedChecksTest.types());

        assertThat(tested).containsAll(registry.types());
    }
}
