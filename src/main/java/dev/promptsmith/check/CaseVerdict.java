package dev.promptsmith.check;

import java.util.List;

/**
 * All checks of one test case on one output, and the weighted score that decides the case.
 *
 * @param error why a check could not judge this output at all (see {@link CellErrorException}), making the
 *              cell an error as in promptfoo; {@code null} normally
 */
public record CaseVerdict(boolean pass, double score, List<CheckResult> checks, String error) {

    public CaseVerdict(boolean pass, double score, List<CheckResult> checks) {
        this(pass, score, checks, null);
    }
}
