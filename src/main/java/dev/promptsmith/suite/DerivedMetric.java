package dev.promptsmith.suite;

/** One of a suite's {@code derivedMetrics}: a named formula over its named metrics, worked out per prompt and model. */
public record DerivedMetric(String name, MetricFormula formula) {
}
