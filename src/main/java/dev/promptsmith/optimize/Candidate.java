package dev.promptsmith.optimize;

import java.util.List;

/**
 * A prompt version an optimization tried, with its scores. The start version is candidate 0 of round 0, with no
 * strategy. Scores are passes over cells (cases x models x repeats); {@code null} while not (yet) evaluated.
 *
 * @param id                 the candidate's id
 * @param versionId          its prompt version (kept out of the prompt's ordinary version list)
 * @param versionNumber      that version's number
 * @param round              0 for the start, then 1, 2 ...
 * @param strategy           how it was proposed; {@code null} for the start
 * @param parentIds          the candidates it was made from (two for a merge)
 * @param rationale          the proposer's one-paragraph reason for it
 * @param trainingRunId      the stored run that scored it on training, or {@code null}
 * @param validationRunId    the stored run that scored it on validation, or {@code null} (not a finalist)
 * @param calls              model calls spent on it: its proposal and its evaluations
 * @param characters         the length of its prompt text, the last tie-breaker (shorter wins)
 */
public record Candidate(long id, long versionId, int versionNumber, int round, Strategy strategy, List<Long> parentIds,
                        String rationale, Long trainingRunId, Long validationRunId, Integer trainingPasses,
                        Integer trainingTotal, Integer validationPasses, Integer validationTotal, int calls,
                        int characters) {

    public Candidate {
        parentIds = List.copyOf(parentIds);
    }

    /** Training pass rate in [0, 1], or {@code null} when not scored. */
    public Double trainingScore() {
        return rate(trainingPasses, trainingTotal);
    }

    /** Validation pass rate in [0, 1], or {@code null} when not scored. */
    public Double validationScore() {
        return rate(validationPasses, validationTotal);
    }

    private static Double rate(Integer passes, Integer total) {
        return passes == null || total == null || total == 0 ? null : passes / (double) total;
    }
}
