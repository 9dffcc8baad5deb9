package dev.promptsmith.optimize;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.suite.SuiteVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a strategy shows the proposer, built only from training runs (no validation case ever reaches it): the
 * Pareto front and failing cases for the reflective rewrite, the scored history for OPRO.
 */
final class ProposalContext {

    static final int MAX_FAILURES = 4;
    static final int MAX_HISTORY = 8;
    static final double MERGE_CHANCE = 0.3;
    private static final int MAX_OUTPUT = 1500;

    /** A candidate with its prompt text and its training results per case. */
    record Scored(Candidate candidate, String content, Map<Long, Double> caseScores, long trainingRunId) {
    }

    /** The values of one meta-prompt, and the candidates it was made from. */
    record Input(Map<String, Object> values, List<Candidate> parents) {
    }

    private final RunStore runs;
    private final SuiteVersion suite;

    ProposalContext(RunStore runs, SuiteVersion suite) {
        this.runs = runs;
        this.suite = suite;
    }

    Input input(Strategy strategy, List<Scored> scored, Random random) {
        return switch (strategy) {
            case REFLECTIVE_PARETO -> reflective(scored, random);
            case OPRO_HISTORY -> history(scored);
            case RANDOM_REWRITE -> rewrite(scored, random);
        };
    }

    /**
     * GEPA's choice: a member of the Pareto front (best on at least one training case), more likely the more cases
     * it is best on; sometimes a second member to merge with.
     */
    private Input reflective(List<Scored> scored, Random random) {
        List<Scored> front = front(scored);
        Scored parent = weighted(front, scored, random);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", PromptBody.body(parent.content()));
        List<Candidate> parents = new ArrayList<>(List.of(parent.candidate()));
        List<Scored> others = front.stream().filter(s -> !s.content().equals(parent.content())).toList();
        if (!others.isEmpty() && random.nextDouble() < MERGE_CHANCE) {
            Scored other = others.get(random.nextInt(others.size()));
            values.put("other_prompt", PromptBody.body(other.content()));
            parents.add(other.candidate());
        } else {
            values.put("other_prompt", "");
        }
        values.put("failures", failures(parent, random));
        return new Input(values, parents);
    }

    /** OPRO's meta-prompt: the distinct prompts scored so far, ascending, so the best comes last. */
    private Input history(List<Scored> scored) {
        Map<String, Scored> distinct = new LinkedHashMap<>();
        for (Scored s : scored) {
            Scored seen = distinct.get(s.content());
            if (seen == null || score(s) > score(seen)) {
                distinct.put(s.content(), s);
            }
        }
        List<Scored> sorted = new ArrayList<>(distinct.values());
        sorted.sort(Comparator.comparingDouble(ProposalContext::score)
                .thenComparing(s -> -s.candidate().characters()));
        List<Scored> shown = sorted.subList(Math.max(0, sorted.size() - MAX_HISTORY), sorted.size());
        String history = shown.stream()
                .map(s -> "<candidate score=\"" + String.format(java.util.Locale.ROOT, "%.2f", score(s)) + "\">\n"
                        + PromptBody.body(s.content()) + "\n</candidate>")
                .collect(Collectors.joining("\n"));
        return new Input(Map.of("history", history), List.of(shown.get(shown.size() - 1).candidate()));
    }

    /** The baseline: the best prompt so far by training, no feedback. */
    private Input rewrite(List<Scored> scored, Random random) {
        Scored best = scored.stream().max(Comparator.comparingDouble(ProposalContext::score)).orElseThrow();
        return new Input(Map.of("prompt", PromptBody.body(best.content())), List.of(best.candidate()));
    }

    static List<Scored> front(List<Scored> scored) {
        Map<Long, Double> best = new LinkedHashMap<>();
        for (Scored s : scored) {
            s.caseScores().forEach((test, score) -> best.merge(test, score, Math::max));
        }
        List<Scored> front = new ArrayList<>();
        Set<String> contents = new HashSet<>();
        for (Scored s : scored) {
            boolean bestSomewhere = s.caseScores().entrySet().stream()
                    .anyMatch(e -> e.getValue() > 0 && e.getValue() >= best.get(e.getKey()));
            if (bestSomewhere && contents.add(s.content())) {
                front.add(s);
            }
        }
        return front;
    }

    private static Scored weighted(List<Scored> front, List<Scored> all, Random random) {
        if (front.isEmpty()) {
            return all.stream().max(Comparator.comparingDouble(ProposalContext::score)).orElseThrow();
        }
        Map<Long, Double> best = new LinkedHashMap<>();
        for (Scored s : all) {
            s.caseScores().forEach((test, score) -> best.merge(test, score, Math::max));
        }
        int[] weights = new int[front.size()];
        int sum = 0;
        for (int i = 0; i < front.size(); i++) {
            weights[i] = (int) front.get(i).caseScores().entrySet().stream()
                    .filter(e -> e.getValue() > 0 && e.getValue() >= best.get(e.getKey())).count();
            sum += weights[i];
        }
        int pick = random.nextInt(sum);
        for (int i = 0; i < front.size(); i++) {
            pick -= weights[i];
            if (pick < 0) {
                return front.get(i);
            }
        }
        return front.get(front.size() - 1);
    }

    /** Up to {@link #MAX_FAILURES} failing training cells of {@code parent}: vars, output, failed checks' reasons. */
    private String failures(Scored parent, Random random) {
        List<StoredResult> failed = new ArrayList<>(runs.results(parent.trainingRunId()).stream()
                .filter(r -> !r.passed()).toList());
        java.util.Collections.shuffle(failed, random);
        StringBuilder text = new StringBuilder();
        for (StoredResult brief : failed.subList(0, Math.min(MAX_FAILURES, failed.size()))) {
            StoredResult result = runs.result(brief.id()).orElse(brief);
            text.append("<failure case=\"").append(result.test() + 1).append("\">\n<vars>")
                    .append(vars(result.testCaseId())).append("</vars>\n<output>")
                    .append(cut(result.error() != null ? "(no output: " + result.error() + ")" : result.modelAnswer()))
                    .append("</output>\n");
            for (CheckResult check : result.checks()) {
                if (!check.pass()) {
                    text.append("<reason>").append(check.reason()).append("</reason>\n");
                }
            }
            text.append("</failure>\n");
        }
        return text.isEmpty() ? "(none: every training case passed)" : text.toString();
    }

    private String vars(long testCaseId) {
        return suite.tests().stream().filter(t -> t.id() == testCaseId).findFirst()
                .map(t -> t.definition().vars() == null ? "" : t.definition().vars().entrySet().stream()
                        .map(e -> e.getKey() + ": " + cut(String.valueOf(e.getValue())))
                        .collect(Collectors.joining("\n")))
                .orElse("");
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() <= MAX_OUTPUT ? text : text.substring(0, MAX_OUTPUT) + " [...]";
    }

    static double score(Scored s) {
        Double score = s.candidate().trainingScore();
        return score == null ? 0 : score;
    }
}
