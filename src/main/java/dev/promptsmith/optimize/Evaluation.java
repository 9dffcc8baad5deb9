package dev.promptsmith.optimize;

import dev.promptsmith.run.store.StoredResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's stored run on some cases: its cells' results and what they add up to.
 *
 * @param results every cell of the run, in plan order
 */
record Evaluation(long runId, List<StoredResult> results) {

    Evaluation {
        results = List.copyOf(results);
    }

    int passes() {
        return (int) results.stream().filter(StoredResult::passed).count();
    }

    int total() {
        return results.size();
    }

    /** Per test case: whether most of its cells passed. */
    Map<Long, Boolean> casePassed() {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (StoredResult result : results) {
            int[] count = counts.computeIfAbsent(result.testCaseId(), id -> new int[2]);
            count[0] += result.passed() ? 1 : 0;
            count[1]++;
        }
        Map<Long, Boolean> passed = new LinkedHashMap<>();
        counts.forEach((id, count) -> passed.put(id, count[0] * 2 > count[1]));
        return passed;
    }

    /** Per test case: the share of its cells that passed. */
    Map<Long, Double> caseScores() {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (StoredResult result : results) {
            int[] count = counts.computeIfAbsent(result.testCaseId(), id -> new int[2]);
            count[0] += result.passed() ? 1 : 0;
            count[1]++;
        }
        Map<Long, Double> scores = new LinkedHashMap<>();
        counts.forEach((id, count) -> scores.put(id, count[0] / (double) count[1]));
        return scores;
    }
}
