package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * factuality: a judge model compares the output with a reference answer, in promptfoo's (and
 * OpenAI evals') categories: (A) subset, (B) superset, (C) same, (D) disagrees, (E) differs
 * but not in facts. Every category but D passes.
 */
final class FactualityCheck implements Check {

    private static final String SYSTEM = """
            You compare a submitted answer with an expert answer to the same question, for facts only. \
            Choose one category: (A) the submission is a subset of the expert answer and fully consistent with it; \
            (B) it is a superset and fully consistent; (C) it contains the same details; (D) it disagrees with the \
            expert answer; (E) the answers differ, but the differences do not matter for factuality. \
            Answer with only a JSON object: {"category": "A", "reason": "<one sentence>"}.""";

    private final Judge judge;

    FactualityCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "factuality";
    }

    @Override
    public String description() {
        return "A judge model checks that the output agrees in facts with the reference answer in value.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.text().isBlank()) {
            throw new IllegalArgumentException("factuality needs the reference answer as value");
        }
        String user = "<question>\n" + input.prompt() + "\n</question>\n<expert>\n" + spec.text()
                + "\n</expert>\n<submission>\n" + input.output() + "\n</submission>";
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, user, spec.config()));
        String category = verdict.path("category").asString("").strip().toUpperCase(Locale.ROOT).replaceAll("[^A-E]", "");
        if (category.isEmpty()) {
            throw new IllegalArgumentException("the judge gave no category A to E: " + Quote.of(verdict));
        }
        boolean agrees = !category.startsWith("D");
        return Verdict.scored(agrees, agrees ? 1 : 0, "agree in facts with " + Quote.of(spec.text()),
                "the judge chose (" + category.charAt(0) + "): " + verdict.path("reason").asString(""));
    }
}
