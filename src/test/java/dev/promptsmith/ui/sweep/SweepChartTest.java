package dev.promptsmith.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.suite.results.Sample;
import dev.promptsmith.sweep.SweepAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepChartTest {

    @Test
    void aModelWithoutAPriceStandsInItsOwnStripAndNamesAreEscaped() {
        // given
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            samples.add(new Sample("p", i, "case", "<b>priced</b>", true, false, 1, 100, 10, new BigDecimal("0.01")));
            samples.add(new Sample("p", i, "case", "local", i < 2, false, 1, 50, 10, null));
        }

        // when
        String svg = SweepChart.svg(SweepAnalysis.of(samples));

        // then
        assertThat(svg).contains("price unknown").contains("&lt;b&gt;priced&lt;/b&gt;").doesNotContain("<b>");
        assertThat(svg).contains("class=\"point front recommended\" data-model=\"&lt;b&gt;priced&lt;/b&gt;\"");
    }
}
