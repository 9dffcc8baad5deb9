package dev.promptsmith.check;

/** The result of one check on one output: pass, a score in 0..1, and a reason for a person. */
public record CheckResult(String type, String metric, double weight, boolean pass, double score, String reason) {
}
