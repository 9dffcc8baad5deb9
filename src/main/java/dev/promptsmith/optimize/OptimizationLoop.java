package dev.promptsmith.optimize;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suite.SuiteVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntPredicate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The optimization itself. Every step first looks at what the database already holds, so a resumed optimization
 * (after a crash, a stop or a provider failure) goes on where it was: finished candidates are not scored again, an
 * unfinished evaluation run is taken up where it stopped, and every random choice comes from the seed, the round
 * and the slot, so the same choices are made again.
 *
 * <p>Each round: each slot's strategy proposes a candidate from the state at the start of the round (training
 * results only); every new candidate is scored on the training cases; the best few by training (ties: shorter) are
 * scored on the validation cases; the best candidate is the one with the best validation score (ties: training
 * score, then fewer characters). It stops when the budget has no room for the next step, when validation reaches
 * 100%, or after {@code patience} rounds without a better validation score.
 */
final class OptimizationLoop {

    private final long id;
    private final OptimizationStore store;
    private final PromptStore prompts;
    private final RunStore runs;
    private final SuiteVersion suite;
    private final Evaluator evaluator;
    private final Proposer proposer;
    private final TransactionTemplate transactions;
    private final Runnable changed;

    OptimizationLoop(long id, OptimizationStore store, PromptStore prompts, RunStore runs, SuiteVersion suite,
                     Evaluator evaluator, Proposer proposer, TransactionTemplate transactions, Runnable changed) {
        this.id = id;
        this.store = store;
        this.prompts = prompts;
        this.runs = runs;
        this.suite = suite;
        this.evaluator = evaluator;
        this.proposer = proposer;
        this.transactions = transactions;
        this.changed = changed;
    }

    /** Runs to the end; returns why it stopped. */
    String run() {
        OptimizationStore.Stored state = stored();
        OptimizationRequest request = state.request();
        Candidate start = candidates().stream().filter(c -> c.round() == 0).findFirst().orElseThrow();
        train(start);
        validate(start);
        updateBest();
        List<TrajectoryPoint> trajectory = store.trajectory(id);
        if (trajectory.isEmpty()) {
            finishRound(0);
            trajectory = store.trajectory(id);
        }
        while (true) {
            int round = trajectory.get(trajectory.size() - 1).round() + 1;
            double bestValidation = trajectory.get(trajectory.size() - 1).bestValidation();
            if (bestValidation >= 1.0) {
                return "validation reached 100%";
            }
            int stale = staleRounds(trajectory);
            if (stale >= request.patience()) {
                return "no better candidate on validation in " + stale + " round" + (stale == 1 ? "" : "s");
            }
            propose(round, request);
            List<Candidate> fresh = candidates().stream().filter(c -> c.round() == round).toList();
            for (Candidate candidate : fresh) {
                train(candidate);
            }
            List<Candidate> finalists = candidates().stream().filter(c -> c.round() == round)
                    .sorted(Comparator.comparing((Candidate c) -> -c.trainingScore()).thenComparingInt(Candidate::characters)
                            .thenComparingLong(Candidate::id))
                    .limit(request.finalists()).toList();
            for (Candidate finalist : finalists) {
                validate(finalist);
            }
            updateBest();
            finishRound(round);
            trajectory = store.trajectory(id);
        }
    }

    /** Rounds at the end of the trajectory whose best validation score is no better than the round before. */
    static int staleRounds(List<TrajectoryPoint> trajectory) {
        int stale = 0;
        for (int i = trajectory.size() - 1; i > 0; i--) {
            if (trajectory.get(i).bestValidation() > trajectory.get(i - 1).bestValidation()) {
                break;
            }
            stale++;
        }
        return stale;
    }

    private void propose(int round, OptimizationRequest request) {
        List<Strategy> strategies = request.strategies().stream().sorted().toList();
        List<Candidate> before = candidates().stream().filter(c -> c.round() < round && c.trainingPasses() != null)
                .toList();
        List<ProposalContext.Scored> scored = before.stream().map(this::scored).toList();
        ProposalContext context = new ProposalContext(runs, suite);
        for (int slot = 0; slot < request.candidatesPerRound(); slot++) {
            int s = slot;
            if (candidates().stream().anyMatch(c -> c.round() == round && store.slots(id).get(c.id()) == s)) {
                continue;
            }
            Strategy strategy = strategies.get((slot + round - 1) % strategies.size());
            Random random = new Random(request.seed() * 1_000_003L + round * 1_009L + slot);
            ProposalContext.Input input = context.input(strategy, scored, random);
            Proposer.Proposal proposal = proposer.propose(request.proposer(), strategy, input.values());
            Candidate parent = input.parents().get(0);
            PromptVersion parentVersion = prompts.version(parent.versionId()).orElseThrow();
            List<Long> parentIds = input.parents().stream().map(Candidate::id).toList();
            Optional<PromptDocument> document = proposal.body() == null ? Optional.empty()
                    : parse(PromptBody.withBody(parentVersion.content(), proposal.body()));
            transactions.executeWithoutResult(status -> {
                if (document.isPresent()) {
                    PromptVersion version = prompts.recordCandidate(parentVersion.promptId(), document.get(),
                            parentVersion.id(), "optimization " + id + ", round " + round + ", " + strategy, id);
                    store.addCandidate(id, version.id(), round, s, strategy, parentIds, proposal.rationale(),
                            proposal.calls(), PromptBody.body(version.content()).length());
                } else {
                    // an answer that cannot be used still took its slot (and its calls): the parent stands in for it
                    store.addCandidate(id, parentVersion.id(), round, s, strategy, parentIds,
                            "not used: " + (proposal.body() == null ? proposal.rationale()
                                    : "the proposed prompt is not a valid .prompty body"),
                            proposal.calls(), PromptBody.body(parentVersion.content()).length());
                }
            });
            changed.run();
        }
    }

    private Optional<PromptDocument> parse(String content) {
        OptimizationStore.Stored state = stored();
        try {
            return Optional.of(new PromptyParser().parse(state.request().promptName() + PromptyParser.EXTENSION,
                    state.request().promptName(), content));
        } catch (InvalidFileException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private ProposalContext.Scored scored(Candidate candidate) {
        return new ProposalContext.Scored(candidate, prompts.version(candidate.versionId()).orElseThrow().content(),
                new Evaluation(candidate.trainingRunId(), runs.results(candidate.trainingRunId())).caseScores(),
                candidate.trainingRunId());
    }

    private void train(Candidate candidate) {
        if (candidate.trainingPasses() != null) {
            return;
        }
        Optional<Candidate> twin = twin(candidate, c -> c.trainingPasses() != null);
        if (twin.isPresent()) {
            store.trainingRun(candidate.id(), twin.get().trainingRunId());
            store.trainingScore(candidate.id(), twin.get().trainingPasses(), twin.get().trainingTotal(), 0);
            changed.run();
            return;
        }
        OptimizationStore.Stored state = stored();
        int callsBefore = state.callsSpent();
        Evaluation evaluation = evaluator.evaluate(candidate.trainingRunId(), suite, candidate.versionId(),
                state.split().training(), state.request().targets(), 1, fits(), runId -> {
                    store.trainingRun(candidate.id(), runId);
                    changed.run();
                });
        store.trainingScore(candidate.id(), evaluation.passes(), evaluation.total(), stored().callsSpent() - callsBefore);
        changed.run();
    }

    private void validate(Candidate candidate) {
        Candidate current = candidates().stream().filter(c -> c.id() == candidate.id()).findFirst().orElseThrow();
        if (current.validationPasses() != null) {
            return;
        }
        Optional<Candidate> twin = twin(current, c -> c.validationPasses() != null);
        if (twin.isPresent()) {
            store.validationRun(current.id(), twin.get().validationRunId());
            store.validationScore(current.id(), twin.get().validationPasses(), twin.get().validationTotal(), 0);
            changed.run();
            return;
        }
        OptimizationStore.Stored state = stored();
        int callsBefore = state.callsSpent();
        Evaluation evaluation = evaluator.evaluate(current.validationRunId(), suite, current.versionId(),
                state.split().validation(), state.request().targets(), state.request().validationRepeats(), fits(),
                runId -> {
                    store.validationRun(current.id(), runId);
                    changed.run();
                });
        store.validationScore(current.id(), evaluation.passes(), evaluation.total(),
                stored().callsSpent() - callsBefore);
        changed.run();
    }

    /** An earlier candidate with the same prompt text that is already scored: its scores are reused, no calls. */
    private Optional<Candidate> twin(Candidate candidate, java.util.function.Predicate<Candidate> scored) {
        String hash = prompts.version(candidate.versionId()).orElseThrow().contentHash();
        return candidates().stream().filter(c -> c.id() != candidate.id()).filter(scored)
                .filter(c -> prompts.version(c.versionId()).orElseThrow().contentHash().equals(hash))
                .findFirst();
    }

    private IntPredicate fits() {
        return calls -> {
            OptimizationStore.Stored state = stored();
            return state.callsSpent() + calls <= state.request().budget().maxCalls();
        };
    }

    private void updateBest() {
        best(candidates()).ifPresent(best -> {
            store.best(id, best.id());
            changed.run();
        });
    }

    /** The best by validation score; ties: training score, then fewer characters, then the earlier. */
    static Optional<Candidate> best(List<Candidate> candidates) {
        return candidates.stream().filter(c -> c.validationScore() != null)
                .min(Comparator.comparing((Candidate c) -> -c.validationScore())
                        .thenComparing(c -> c.trainingScore() == null ? 0 : -c.trainingScore())
                        .thenComparingInt(Candidate::characters)
                        .thenComparingLong(Candidate::id));
    }

    private void finishRound(int round) {
        List<Candidate> all = candidates();
        double training = all.stream().filter(c -> c.trainingScore() != null).mapToDouble(Candidate::trainingScore)
                .max().orElse(0);
        double validation = best(all).map(Candidate::validationScore).orElse(0.0);
        store.finishRound(id, new TrajectoryPoint(round, training, validation, stored().callsSpent()));
        changed.run();
    }

    private List<Candidate> candidates() {
        return store.candidates(id);
    }

    private OptimizationStore.Stored stored() {
        return store.find(id).orElseThrow();
    }
}
