package dev.promptsmith.ui.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SplitPreviewTest {

    @Test
    void tenCasesAtThirtyPercentSplitSevenToThreeAndTheBudgetIsCountedInRounds() {
        SplitPreview preview = SplitPreview.of(10, 0.3);

        assertThat(preview).isEqualTo(new SplitPreview(10, 7, 3));
        assertThat(preview.enough()).isTrue();
        // the start: 10 calls; a round: 3 proposals + 3 x 7 training + 2 x 3 validation = 30
        assertThat(preview.describe(1, 3, 2, 100)).isEqualTo("10 cases: 7 for training, 3 held out for validation. "
                + "Scoring the start takes 10 calls, each round about 30; 100 calls allow about 3 rounds.");
    }

    @Test
    void aSuiteTooSmallSaysSo() {
        SplitPreview preview = SplitPreview.of(4, 0.3);

        assertThat(preview.enough()).isFalse();
        assertThat(preview.describe(1, 3, 2, 100)).isEqualTo("4 cases: too few to split (3 for training, 1 for "
                + "validation); an optimization needs at least 3 for training and 2 for validation.");
    }
}
