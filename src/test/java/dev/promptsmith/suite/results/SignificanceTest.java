package dev.promptsmith.suite.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void fishersTestGivesTheTextbookValues() {
        // the lady tasting tea: 3 of 4 against 1 of 4, two-sided p = 34/70
        assertThat(Significance.pValue(3, 4, 1, 4)).isCloseTo(34.0 / 70, offset(1e-9));
        assertThat(Significance.pValue(3, 3, 0, 3)).isCloseTo(0.1, offset(1e-9));
        assertThat(Significance.pValue(5, 5, 0, 5)).isCloseTo(2.0 / 252, offset(1e-9));
        assertThat(Significance.pValue(1, 1, 0, 1)).isCloseTo(1.0, offset(1e-9));
        assertThat(Significance.pValue(0, 0, 3, 3)).as("no sample on one side").isEqualTo(1.0);
    }

    @Test
    void theWordsSayWhatThePSays() {
        assertThat(Significance.words(0.1)).isEqualTo("could be chance (p = 0.10, Fisher's exact test)");
        assertThat(Significance.words(2.0 / 252)).isEqualTo("significant (p = 0.008, Fisher's exact test)");
        assertThat(Significance.words(1e-6)).isEqualTo("significant (p < 0.001, Fisher's exact test)");
        assertThat(Significance.words(0.05)).as("p must be under 0.05").startsWith("could be chance");
    }
}
