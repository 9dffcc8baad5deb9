package dev.promptsmith.ui.optimize;

import java.util.Locale;

/**
 * What the form says before an optimization starts: how the suite's cases would split and roughly how many calls a
 * round takes. The sizes follow the optimizer's split (validation share rounded, at least 3 for training and 2 for
 * validation); the optimizer itself refuses a suite too small, with its own words, when it starts.
 */
record SplitPreview(int cases, int training, int validation) {

    static final int MIN_TRAINING = 3;
    static final int MIN_VALIDATION = 2;

    static SplitPreview of(int cases, double validationShare) {
        int validation = (int) Math.round(cases * validationShare);
        return new SplitPreview(cases, cases - validation, validation);
    }

    boolean enough() {
        return training >= MIN_TRAINING && validation >= MIN_VALIDATION;
    }

    /** Calls to score the start on every case, and then per round: proposals, training, the finalists' validation. */
    String describe(int targets, int candidates, int finalists, int budgetCalls) {
        if (!enough()) {
            return String.format(Locale.ROOT, "%d cases: too few to split (%d for training, %d for validation); an "
                    + "optimization needs at least %d for training and %d for validation.", cases, training,
                    validation, MIN_TRAINING, MIN_VALIDATION);
        }
        int start = cases * targets;
        int round = candidates * (1 + training * targets) + Math.min(finalists, candidates) * validation * targets;
        int rounds = Math.max(0, (budgetCalls - start) / Math.max(1, round));
        return String.format(Locale.ROOT, "%d cases: %d for training, %d held out for validation. Scoring the start "
                + "takes %d calls, each round about %d; %d calls allow about %d round%s.", cases, training, validation,
                start, round, budgetCalls, rounds, rounds == 1 ? "" : "s");
    }
}
