package dev.promptsmith.library;

/** How one model did in the latest run of a task's suite that used it: cells with a result, and passed. */
public record ModelPassRate(String model, long runId, int passed, int cells) {

    public double rate() {
        return cells == 0 ? 0 : (double) passed / cells;
    }
}
