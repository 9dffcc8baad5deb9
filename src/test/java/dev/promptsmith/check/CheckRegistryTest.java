package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.types.CheckTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
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
        Matcher rows = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(Files.readString(Path.of("docs/checks.md")));
        Set<String> documented = new LinkedHashSet<>();
        while (rows.find()) {
            documented.add(rows.group(1));
        }

        assertThat(documented).containsExactlyInAnyOrderElementsOf(registry.types());
    }

    @Test
    void everyTypeDescribesItself() {
        assertThat(registry.all()).allSatisfy(check -> assertThat(check.description()).endsWith(".").hasSizeGreaterThan(20));
    }

    @Test
    void everyTypeIsTestedForPassFailAndNegation() {
        Set<String> tested = CheckTypesTest.cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        CheckTypesTest.metadata().map(a -> (String) a.get()[0]).forEach(tested::add);

        assertThat(tested).containsAll(registry.types());
    }
}
