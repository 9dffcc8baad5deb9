package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.RenderException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * llm-rubric: a judge model grades the output against a rubric; passes on its verdict, or on its
 * score with a threshold. A {@code rubricPrompt} (the check's, or the test's options') replaces
 * our grading prompt: it is filled with the test's variables, {@code output} and {@code rubric},
 * and may be a JSON list of chat messages, as in promptfoo; it must still ask for the JSON verdict.
 */
final class LlmRubricCheck implements Check {

    static final String SYSTEM = """
            You grade an output against a rubric. Read the output and the rubric, then answer with only a JSON \
            object: {"reason": "<one or two sentences>", "pass": true or false, "score": <number from 0 to 1>}.""";

    private static final PromptRenderer RENDERER = new PromptRenderer();

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
        String answer = spec.config().get("rubricPrompt") == null
                ? judge.ask(SYSTEM, "<output>\n" + input.output() + "\n</output>\n<rubric>\n" + spec.text()
                + "\n</rubric>", spec.config())
                : askWithOwnPrompt(spec, input);
        JsonNode verdict = JudgeAnswers.read(answer);
        boolean judged = verdict.path("pass").asBoolean(false);
        double score = verdict.path("score").isNumber() ? verdict.path("score").asDouble() : judged ? 1 : 0;
        boolean holds = spec.threshold() == null ? judged : score >= spec.threshold();
        return Verdict.scored(holds, score, "satisfy the rubric " + Quote.of(spec.text()),
                "the judge said: " + verdict.path("reason").asString("(no reason)"));
    }

    private String askWithOwnPrompt(CheckSpec spec, CheckInput input) {
        Object written = spec.config().get("rubricPrompt");
        String template = written instanceof String text ? text : JsonTree.JSON.writeValueAsString(written);
        Map<String, Object> values = new HashMap<>(input.vars());
        values.put("output", input.output());
        values.put("rubric", spec.text());
        String prompt;
        try {
            prompt = RENDERER.renderText(template, values, "rubricPrompt");
        } catch (RenderException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<String> system = new ArrayList<>();
        List<String> user = new ArrayList<>();
        JsonTree.parse(prompt).filter(JsonNode::isArray).ifPresentOrElse(messages -> messages.forEach(message ->
                        ("system".equals(message.path("role").asString("")) ? system : user)
                                .add(message.path("content").asString(""))),
                () -> user.add(prompt));
        return judge.ask(String.join("\n\n", system), String.join("\n\n", user), spec.config());
    }
}
