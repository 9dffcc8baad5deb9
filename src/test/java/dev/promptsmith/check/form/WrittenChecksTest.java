package dev.promptsmith.check.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks of the shipped suites and of the promptfoo conformance configs are all valid in the forms, but for the
 * configs written to hold Java's regex syntax against JavaScript's, whose Java-isms the form names.
 */
class WrittenChecksTest {

    private static final Predicate<WrittenChecks.Written> JAVA_FLAVOURED = w ->
            w.file().toString().contains("64-regex-javascript") || w.file().toString().contains("65-regex-inline-flag");

    @Test
    void everyCheckOfTheShippedSuitesAndConformanceConfigsHasNothingWrong() {
        // given
        List<WrittenChecks.Written> written = WrittenChecks.all();

        // when
        Map<Boolean, List<String>> found = written.stream().collect(Collectors.partitioningBy(JAVA_FLAVOURED,
                Collectors.flatMapping(w -> CheckForms.standard().problems(w.check()).stream().map(p -> w + ": " + p),
                        Collectors.toList())));

        // then
        assertThat(written).hasSizeGreaterThan(200);
        assertThat(found.get(false)).isEmpty();
        assertThat(found.get(true)).hasSize(4).allSatisfy(problem -> assertThat(problem)
                .containsAnyOf("is Java: in JavaScript it is the letter", "is not valid JavaScript"));
    }
}
