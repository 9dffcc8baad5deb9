package dev.promptsmith.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSummaryTest {

    private static CheckResult check(String type, boolean pass) {
        return new CheckResult(type, null, 1, pass, pass ? 1 : 0, type + (pass ? " passed" : " failed"));
    }

    @Test
    void theFailedChecksComeFirstEachGroupInTheSuitesOrder() {
        List<CheckResult> checks = List.of(check("contains", true), check("cost", false), check("latency", true),
                check("is-json", false));

        assertThat(CheckSummary.failedFirst(checks)).extracting(CheckResult::type)
                .containsExactly("cost", "is-json", "contains", "latency");
    }

    @Test
    void theLineNamesTheFailedChecksOrSaysAllPassed() {
        assertThat(CheckSummary.line(List.of(check("contains", true), check("cost", false), check("is-json", false))))
                .isEqualTo("failed: cost, is-json");
        assertThat(CheckSummary.line(List.of(check("contains", false), check("cost", true), check("contains", false))))
                .isEqualTo("failed: contains ×2");
        assertThat(CheckSummary.line(List.of(check("contains", true), check("cost", true), check("is-json", true))))
                .isEqualTo("all 3 passed");
        assertThat(CheckSummary.line(List.of(check("contains", true)))).isEqualTo("the one check passed");
        assertThat(CheckSummary.line(List.of())).isEmpty();
    }
}
