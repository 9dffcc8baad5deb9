package dev.promptsmith.optimize;

/**
 * One validation case, with the start and the best candidate: passed when most of its cells (models x repeats)
 * passed.
 *
 * @param position the case's position in its suite (0-based)
 * @param label    its description, or "test N"
 */
public record CaseFlip(long testCaseId, int position, String label, boolean startPassed, boolean bestPassed) {

    public boolean fixed() {
        return !startPassed && bestPassed;
    }

    public boolean broken() {
        return startPassed && !bestPassed;
    }
}
