package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import tools.jackson.databind.JsonNode;

/** model-graded-closedqa: a judge model decides whether the output meets the criterion in value. */
final class ClosedQaCheck implements Check {

    private static final String SYSTEM = """
            You decide whether a submitted answer meets a criterion. Answer with only a JSON object: \
            {"reason": "<one sentence>", "meets": true or false}.""";

    private final Judge judge;

    ClosedQaCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "model-graded-closedqa";
    }

    @Override
    public String description() {
        return "A judge model decides whether the output meets the criterion in value (yes or no).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.text().isBlank()) {
            throw new IllegalArgumentException("model-graded-closedqa needs the criterion as value");
        }
        String user = "<task>\n" + input.prompt() + "\n</task>\n<submission>\n" + input.output()
                + "\n</submission>\n<criterion>\n" + spec.text() + "\n</criterion>";
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, user, spec.config()));
        JsonNode meets = verdict.path("meets");
        boolean holds = meets.isBoolean() ? meets.asBoolean() : meets.asString("").strip().toUpperCase().startsWith("Y");
        return Verdict.scored(holds, holds ? 1 : 0, "meet the criterion " + Quote.of(spec.text()),
                "the judge said: " + verdict.path("reason").asString("(no reason)"));
    }
}
