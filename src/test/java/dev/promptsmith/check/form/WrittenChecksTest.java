package dev.promptsmith.check.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of the shipped suites and of the promptfoo conformance configs are all valid in the forms. */
class WrittenChecksTest {

    @Test
    void everyCheckOfTheShippedSuitesAndConformanceConfigsHasNothingWrong() {
        // given
        List<WrittenChecks.Written> written = WrittenChecks.all();

        // when
        List<String> found = written.stream()
                .flatMap(w -> CheckForms.standard().problems(w.check()).stream().map(p -> w + ": " + p))
                .toList();

        // then
        assertThat(written).hasSizeGreaterThan(200);
        assertThat(found).isEmpty();
    }
}
