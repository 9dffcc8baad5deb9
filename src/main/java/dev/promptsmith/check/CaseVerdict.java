package dev.promptsmith.check;

import java.util.List;

/** All checks of one test case on one output, and the weighted score that decides the case. */
public record CaseVerdict(boolean pass, double score, List<CheckResult> checks) {
}
