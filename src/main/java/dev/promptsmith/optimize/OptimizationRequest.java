package dev.promptsmith.optimize;

import dev.promptsmith.model.ModelTarget;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to optimize and how.
 *
 * @param promptName          the prompt to improve
 * @param startVersionId      the version the optimization starts from (a stored {@code prompt_version} id)
 * @param suiteName           the suite whose cases are split into training and validation
 * @param targets             the models the prompt is for: every evaluation runs on all of them
 * @param proposer            the model that writes candidates (may be one of the targets)
 * @param budget              calls, cost and time it may spend
 * @param validationShare     the share of cases held out for validation, in (0, 1); default 0.3
 * @param seed                decides the split and every random choice: the same request gives the same choices
 * @param candidatesPerRound  candidates proposed each round; default 3
 * @param strategies          how candidates are proposed, taken in turn within a round
 * @param validationRepeats   how often each validation case is run per candidate; default 1
 * @param finalists           how many of a round's candidates (best on training) are also run on validation;
 *                            default 2
 * @param patience            rounds without a better validation score before it stops; default 3
 */
public record OptimizationRequest(String promptName, long startVersionId, String suiteName, List<ModelTarget> targets,
                                  ModelTarget proposer, Budget budget, double validationShare, long seed,
                                  int candidatesPerRound, Set<Strategy> strategies, int validationRepeats,
                                  int finalists, int patience) {

    public static final double DEFAULT_VALIDATION_SHARE = 0.3;
    public static final int DEFAULT_CANDIDATES = 3;
    public static final int DEFAULT_FINALISTS = 2;
    public static final int DEFAULT_PATIENCE = 3;

    public OptimizationRequest {
        targets = List.copyOf(targets);
        strategies = strategies == null || strategies.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(strategies));
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("an optimization needs at least one target model");
        }
        if (strategies.isEmpty()) {
            throw new IllegalArgumentException("an optimization needs at least one strategy");
        }
        if (!(validationShare > 0 && validationShare < 1)) {
            throw new IllegalArgumentException("the validation share must be between 0 and 1, not " + validationShare);
        }
        if (candidatesPerRound < 1 || validationRepeats < 1 || finalists < 1 || patience < 1) {
            throw new IllegalArgumentException("candidates per round, validation repeats, finalists and patience "
                    + "must each be at least 1");
        }
    }

    /** A request with the defaults: 30% validation, 3 candidates a round with both strategies, 1 repeat. */
    public static OptimizationRequest of(String promptName, long startVersionId, String suiteName,
                                         List<ModelTarget> targets, ModelTarget proposer, Budget budget, long seed) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget,
                DEFAULT_VALIDATION_SHARE, seed, DEFAULT_CANDIDATES,
                EnumSet.of(Strategy.OPRO_HISTORY, Strategy.REFLECTIVE_PARETO), 1, DEFAULT_FINALISTS, DEFAULT_PATIENCE);
    }

    public OptimizationRequest withStrategies(Set<Strategy> value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget,
                validationShare, seed, candidatesPerRound, value, validationRepeats, finalists, patience);
    }

    public OptimizationRequest withValidationShare(double value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget, value, seed,
                candidatesPerRound, strategies, validationRepeats, finalists, patience);
    }

    public OptimizationRequest withCandidatesPerRound(int value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget,
                validationShare, seed, value, strategies, validationRepeats, finalists, patience);
    }

    public OptimizationRequest withValidationRepeats(int value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget,
                validationShare, seed, candidatesPerRound, strategies, value, finalists, patience);
    }

    public OptimizationRequest withBudget(Budget value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, value,
                validationShare, seed, candidatesPerRound, strategies, validationRepeats, finalists, patience);
    }

    public OptimizationRequest withPatience(int value) {
        return new OptimizationRequest(promptName, startVersionId, suiteName, targets, proposer, budget,
                validationShare, seed, candidatesPerRound, strategies, validationRepeats, finalists, value);
    }
}
