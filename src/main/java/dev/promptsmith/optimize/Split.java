package dev.promptsmith.optimize;

import dev.promptsmith.shared.ContentHash;
import dev.promptsmith.suite.SuiteVersion.StoredCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Training and validation cases of a suite: stable and seeded. Each case is ranked by a hash of the seed, its
 * position and its description (never a database id, which differs between databases); the lowest ranks are
 * held out for validation. The same suite and seed always give the same split.
 */
record Split(List<Long> training, List<Long> validation) {

    static final int MIN_TRAINING = 3;
    static final int MIN_VALIDATION = 2;

    Split {
        training = List.copyOf(training);
        validation = List.copyOf(validation);
    }

    /** @throws OptimizationRefusedException when the suite has too few cases for both parts */
    static Split of(String suiteName, List<StoredCase> cases, double validationShare, long seed) {
        int validationCount = (int) Math.round(cases.size() * validationShare);
        int trainingCount = cases.size() - validationCount;
        if (validationCount < MIN_VALIDATION || trainingCount < MIN_TRAINING) {
            int needed = Math.max(MIN_TRAINING + MIN_VALIDATION,
                    (int) Math.ceil(Math.max(MIN_VALIDATION / validationShare, MIN_TRAINING / (1 - validationShare))));
            throw new OptimizationRefusedException("suite " + suiteName + " has " + cases.size() + " case"
                    + (cases.size() == 1 ? "" : "s") + ", too few to split: with " + Math.round(validationShare * 100)
                    + "% held out for validation an optimization needs at least " + needed + " cases (at least "
                    + MIN_TRAINING + " for training and " + MIN_VALIDATION + " for validation)");
        }
        List<StoredCase> ranked = new ArrayList<>(cases);
        ranked.sort(Comparator.comparing((StoredCase c) -> rank(seed, c)).thenComparingInt(c -> c.definition().position()));
        List<Long> validation = new ArrayList<>();
        List<Long> training = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            (i < validationCount ? validation : training).add(ranked.get(i).id());
        }
        validation.sort(Comparator.comparingInt(id -> position(cases, id)));
        training.sort(Comparator.comparingInt(id -> position(cases, id)));
        return new Split(training, validation);
    }

    private static int position(List<StoredCase> cases, long id) {
        return cases.stream().filter(c -> c.id() == id).findFirst().orElseThrow().definition().position();
    }

    private static String rank(long seed, StoredCase test) {
        String description = test.definition().description() == null ? "" : test.definition().description();
        return ContentHash.of(seed + "\n" + test.definition().position() + "\n" + description);
    }
}
