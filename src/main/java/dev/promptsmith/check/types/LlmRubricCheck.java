package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import tools.jackson.databind.JsonNode;

/** llm-rubric: a judge model grades the output against a rubric; passes on its verdict, or on its score with a threshold. */
final class LlmRubricCheck implements Check {

    static final String SYSTEM = """
            You grade an output against a rubric. Read the output and the rubric, then answer with only a JSON \
            object: {"reason": "<one or two sentences>", "pass": true or false, "score": <number from 0 to 1>}.""";

    private final Judge judge;

    LlmRubricCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "llm-rubric";
    }

    @Override
    public String description() {
        return "A judge model grades the output against the rubric in value (pass, score and reason).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.text().isBlank()) {
            throw new IllegalArgumentException("llm-rubric needs the rubric as value");
        }
        String user = "<output>\n" + input.output() + "\n</output>\n<rubric>\n" + spec.text() + "\n</rubric>";
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, user, spec.config()));
        boolean judged = verdict.path("pass").asBoolean(false);
        double score = verdict.path("score").isNumber() ? verdict.path("score").asDouble() : judged ? 1 : 0;
        boolean holds = spec.threshold() == null ? judged : score >= spec.threshold();
        return Verdict.scored(holds, score, "satisfy the rubric " + Quote.of(spec.text()),
                "the judge said: " + verdict.path("reason").asString("(no reason)"));
    }
}
