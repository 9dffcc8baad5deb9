package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * g-eval: G-Eval (Liu et al.), as promptfoo runs it: the judge first writes the steps to assess
 * the criterion, then follows them to score the output from 0 to 10; the score is that over 10.
 * With a list of criteria, the mean counts. Passes at the threshold (default 0.7).
 */
final class GEvalCheck implements Check {

    static final String STEPS = """
            You plan an evaluation. Given a criterion for judging a reply, write 3 to 5 concise steps an assessor \
            should follow to decide how well a reply meets it. Answer with only a JSON object: \
            {"steps": ["<step>", "..."]}.""";
    static final String SCORE = """
            You assess a reply to a task against a criterion, following the given evaluation steps in order. \
            Score from 0 (does not meet the criterion at all) to 10 (meets it fully). Answer with only a JSON \
            object: {"score": <0 to 10>, "reason": "<one or two sentences>"}.""";

    private final Judge judge;

    GEvalCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "g-eval";
    }

    @Override
    public String description() {
        return "A judge model writes evaluation steps for the criterion in value, then scores the output 0-10 by them; "
                + "score/10 reaches the threshold (default 0.7).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        List<String> criteria = spec.value() instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(spec.text());
        if (criteria.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("g-eval needs the criterion as value");
        }
        double sum = 0;
        List<String> reasons = new ArrayList<>();
        for (String criterion : criteria) {
            JsonNode steps = JudgeAnswers.read(judge.ask(STEPS, "<criterion>\n" + criterion + "\n</criterion>",
                    spec.config()));
            String user = "<criterion>\n" + criterion + "\n</criterion>\n<steps>\n" + steps.path("steps")
                    + "\n</steps>\n<task>\n" + input.prompt() + "\n</task>\n<reply>\n" + input.output() + "\n</reply>";
            JsonNode verdict = JudgeAnswers.read(judge.ask(SCORE, user, spec.config()));
            if (!verdict.path("score").isNumber()) {
                throw new IllegalArgumentException("the judge gave no score from 0 to 10: " + Quote.of(verdict));
            }
            sum += Math.max(0, Math.min(10, verdict.path("score").asDouble())) / 10;
            reasons.add(verdict.path("reason").asString(""));
        }
        double score = sum / criteria.size();
        double threshold = spec.threshold(0.7);
        return Verdict.scored(score >= threshold, score, "meet " + Quote.of(String.join(" | ", criteria))
                + " with a G-Eval score of at least " + threshold,
                "it scored %.2f; the judge said: %s".formatted(score, String.join(" ", reasons)));
    }
}
