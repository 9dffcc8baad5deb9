package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CaseStatsTest {

    @Test
    void wilsonIntervalsMatchTheTextbook() {
        double[] half = CaseStats.wilson(5, 10);
        double[] all = CaseStats.wilson(10, 10);
        double[] none = CaseStats.wilson(0, 4);

        assertThat(half[0]).isCloseTo(0.2366, within(1e-4));
        assertThat(half[1]).isCloseTo(0.7634, within(1e-4));
        assertThat(all[0]).isCloseTo(0.7225, within(1e-4));
        assertThat(all[1]).isEqualTo(1.0);
        assertThat(none[0]).isEqualTo(0.0);
        assertThat(none[1]).isCloseTo(0.4899, within(1e-4));
    }
}
