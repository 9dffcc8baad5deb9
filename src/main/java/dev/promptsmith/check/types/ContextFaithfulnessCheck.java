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
 * context-faithfulness: as promptfoo (after RAGAS): the judge breaks the output into its
 * statements and decides for each whether the context ({@code context} variable) supports it;
 * the share supported reaches the threshold (default 0, as in promptfoo). Needs {@code query}.
 */
final class ContextFaithfulnessCheck implements Check {

    static final String SYSTEM = """
            You check an answer against a context. Break the answer into short, self-contained statements. For \
            each, decide whether the context supports it (it can be directly inferred from the context), and say \
            why in a few words. Answer with only a JSON object: {"statements": [{"statement": "<text>", \
            "supported": true or false, "reason": "<why>"}]}.""";

    private final Judge judge;

    ContextFaithfulnessCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "context-faithfulness";
    }

    @Override
    public String description() {
        return "A judge model finds the share of the output's statements the context variable supports; it reaches "
                + "the threshold (default 0).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String query = RagInputs.query(input, type(), false);
        String context = RagInputs.context(input, type(), false);
        String user = "<question>\n" + query + "\n</question>\n<context>\n" + context + "\n</context>\n<answer>\n"
                + input.output() + "\n</answer>";
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, user, spec.config()));
        List<String> unsupported = new ArrayList<>();
        int total = 0;
        for (JsonNode statement : verdict.path("statements")) {
            total++;
            if (!statement.path("supported").asBoolean(false)) {
                unsupported.add(statement.path("statement").asString(""));
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("the judge found no statements: " + Quote.of(verdict));
        }
        double score = (double) (total - unsupported.size()) / total;
        double threshold = spec.threshold(0.0);
        return Verdict.scored(score >= threshold, score, "be faithful to the context (at least " + threshold + ")",
                "%d of %d statements were supported%s".formatted(total - unsupported.size(), total,
                        unsupported.isEmpty() ? "" : "; not: " + unsupported.stream().map(Quote::of).toList()));
    }
}
