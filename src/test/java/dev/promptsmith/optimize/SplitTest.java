package dev.promptsmith.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptsmith.suite.SuiteVersion.StoredCase;
import dev.promptsmith.suite.TestCaseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    private static List<StoredCase> cases(int count, long firstId) {
        return IntStream.range(0, count).mapToObj(i -> new StoredCase(firstId + i,
                new TestCaseDefinition(i, "case " + i, Map.of(), List.of(), Map.of(), List.of(), 1))).toList();
    }

    private static List<Integer> positions(List<Long> ids, long firstId) {
        return ids.stream().map(id -> (int) (id - firstId)).toList();
    }

    @Test
    void theSameSuiteAndSeedGiveTheSameSplitWhateverTheDatabaseIds() {
        Split here = Split.of("s", cases(20, 1), 0.3, 9);
        Split there = Split.of("s", cases(20, 500), 0.3, 9);

        assertThat(here.validation()).hasSize(6);
        assertThat(here.training()).hasSize(14);
        assertThat(positions(there.validation(), 500)).isEqualTo(positions(here.validation(), 1));
        List<Long> all = new ArrayList<>(here.training());
        all.addAll(here.validation());
        assertThat(all).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void anotherSeedGivesAnotherSplit() {
        assertThat(Split.of("s", cases(20, 1), 0.3, 1).validation())
                .isNotEqualTo(Split.of("s", cases(20, 1), 0.3, 2).validation());
    }

    @Test
    void aSuiteTooSmallIsRefusedSayingHowManyCasesItHasAndNeeds() {
        assertThatThrownBy(() -> Split.of("tiny", cases(4, 1), 0.3, 1))
                .isInstanceOf(OptimizationRefusedException.class)
                .hasMessage("suite tiny has 4 cases, too few to split: with 30% held out for validation an "
                        + "optimization needs at least 7 cases (at least 3 for training and 2 for validation)");
    }
}
