package dev.promptsmith.run;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.suite.DerivedMetric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named metrics of a run (checks' {@code metric}) per prompt and model, as promptfoo adds them
 * up: each cell scores a metric with the weighted mean of its checks of that name, and the cells'
 * scores are summed ({@code count} says how many there were, so the mean is {@code sum / count}).
 * The suite's derived metrics are then worked out in order over the sums, with {@code __count}
 * the number of cells; a formula that divides by zero has no value.
 *
 * @param sums    each metric's summed score
 * @param counts  how many cells scored each metric
 * @param derived each derived metric's value, {@code NaN} when it has none
 */
public record NamedMetrics(String prompt, String model, int cells, Map<String, Double> sums,
                           Map<String, Integer> counts, Map<String, Double> derived) {

    public static List<NamedMetrics> of(List<CellResult> results, List<DerivedMetric> formulas) {
        Map<String, List<CellResult>> groups = new LinkedHashMap<>();
        for (CellResult result : results) {
            groups.computeIfAbsent(result.cell().prompt().name() + "\u0000" + result.cell().model().name(),
                    key -> new ArrayList<>()).add(result);
        }
        List<NamedMetrics> metrics = new ArrayList<>();
        for (List<CellResult> group : groups.values()) {
            Map<String, Double> sums = new LinkedHashMap<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (CellResult result : group) {
                cellScores(result).forEach((name, score) -> {
                    sums.merge(name, score, Double::sum);
                    counts.merge(name, 1, Integer::sum);
                });
            }
            if (sums.isEmpty() && formulas.isEmpty()) {
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>(sums);
            values.put("__count", (double) group.size());
            Map<String, Double> derived = new LinkedHashMap<>();
            for (DerivedMetric formula : formulas) {
                double value = formula.formula().evaluate(values);
                derived.put(formula.name(), value);
                values.put(formula.name(), value);
            }
            CellResult first = group.getFirst();
            metrics.add(new NamedMetrics(first.cell().prompt().name(), first.cell().model().name(), group.size(),
                    sums, counts, derived));
        }
        return metrics;
    }

    /** A cell's score for each metric its checks name: the weighted mean of those checks (plain mean if all weigh 0). */
    static Map<String, Double> cellScores(CellResult result) {
        Map<String, double[]> totals = new LinkedHashMap<>(); // weighted sum, weights, plain sum, count
        if (result.verdict() == null) {
            return Map.of();
        }
        for (CheckResult check : result.verdict().checks()) {
            if (check.metric() == null || check.metric().isBlank()) {
                continue;
            }
            double[] total = totals.computeIfAbsent(check.metric(), name -> new double[4]);
            total[0] += check.weight() * check.score();
            total[1] += check.weight();
            total[2] += check.score();
            total[3]++;
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        totals.forEach((name, t) -> scores.put(name, t[1] > 0 ? t[0] / t[1] : t[2] / t[3]));
        return scores;
    }

    /** Each metric's mean over the cells that scored it. */
    public Map<String, Double> means() {
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, sum) -> means.put(name, sum / counts.get(name)));
        return means;
    }
}
