package dev.promptsmith.check.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BLEU, GLEU and METEOR give the values their definitions give, worked out by hand below. */
class TextOverlapScoresTest {

    @Test
    void bleuIsTheGeometricMeanOfClippedPrecisionsWithZeroSmoothed() {
        // given "the cat sat on the mat" against "the cat is on the mat": 1-grams 5/6, 2-grams 3/5,
        // 3-grams 1/4, 4-grams 0 (smoothed to 1e-7), equal lengths so no brevity penalty
        double expected = Math.exp((Math.log(5.0 / 6) + Math.log(3.0 / 5) + Math.log(1.0 / 4) + Math.log(1e-7)) / 4);

        // when
        double score = BleuCheck.score("the cat sat on the mat", List.of("the cat is on the mat"));

        // then
        assertThat(score).isCloseTo(expected, within(1e-12)).isCloseTo(0.010574, within(1e-6));
    }

    @Test
    void bleuPenalisesAnOutputShorterThanTheClosestReference() {
        // given "the cat" against a 6-word reference: precisions 1, 1, 0, 0; brevity e^(1 - 6/2)
        double expected = Math.exp(1 - 6.0 / 2) * Math.exp((2 * Math.log(1e-7)) / 4);

        assertThat(BleuCheck.score("The cat", List.of("the cat sat on the mat"))).isCloseTo(expected, within(1e-15));
        assertThat(BleuCheck.score("the cat sat on the mat", List.of("the cat sat on the mat"))).isEqualTo(1.0);
    }

    @Test
    void bleuTakesTheBestClippedCountOverSeveralReferences() {
        assertThat(BleuCheck.score("hello world again friend", List.of("nothing alike here", "hello world again friend")))
                .isEqualTo(1.0);
    }

    @Test
    void gleuIsTheLesserOfPrecisionAndRecallOverAllNGrams() {
        // 9 of the 18 1- to 4-grams match on each side (5 + 3 + 1 + 0)
        assertThat(GleuCheck.score("the cat sat on the mat", List.of("the cat is on the mat"))).isEqualTo(0.5);
        // recall 2 of 18 reference n-grams, precision 2 of 3: the lesser counts
        assertThat(GleuCheck.score("the cat", List.of("the cat is on the mat"))).isCloseTo(3.0 / 18, within(1e-12));
        assertThat(GleuCheck.score("The cat.", List.of("the cat"))).isEqualTo(1.0);
        assertThat(GleuCheck.score("   ", List.of("the cat"))).isZero();
    }

    @Test
    void meteorOfIdenticalTextsKeepsOnlyTheOneChunkPenalty() {
        // P = R = 1, one chunk of 6 matches: 1 - 0.5 * (1/6)^3, as NLTK gives
        assertThat(MeteorCheck.score("the cat sat on the mat", "the cat sat on the mat"))
                .isCloseTo(1 - 0.5 * Math.pow(1.0 / 6, 3), within(1e-12));
    }

    @Test
    void meteorMatchesPorterStemsAfterExactWordsAndCountsChunks() {
        // "the cats sat" against "the cat sat on the mat": "sat" and "the" (the last one, aligned from the
        // end) match exactly, "cats" matches "cat" by stem: 3 matches, P 1, R 1/2, chunks 2 (the|cat sat)
        double fmean = 0.5 / (0.9 * 1 + 0.1 * 0.5);
        double expected = (1 - 0.5 * Math.pow(2.0 / 3, 3)) * fmean;

        assertThat(MeteorCheck.score("the cats sat", "the cat sat on the mat")).isCloseTo(expected, within(1e-12));
        assertThat(MeteorCheck.score("nothing in common", "the cat sat")).isZero();
    }
}
