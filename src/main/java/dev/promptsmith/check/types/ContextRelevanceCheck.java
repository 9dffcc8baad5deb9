package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * context-relevance: as promptfoo (after RAGAS): the judge picks the parts of the context
 * ({@code context} variable: its chunks, lines or sentences) needed to answer the query; the
 * share picked reaches the threshold (default 0, as in promptfoo). The output is not looked at.
 */
final class ContextRelevanceCheck implements Check {

    static final String SYSTEM = """
            You judge retrieved context for a question. The context comes as numbered parts. Pick the parts that \
            are needed to answer the question; pick none if the context cannot answer it. Answer with only a JSON \
            object: {"relevant": [<part numbers>], "reason": "<one sentence>"}.""";

    private final Judge judge;

    ContextRelevanceCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "context-relevance";
    }

    @Override
    public String description() {
        return "A judge model finds the share of the context variable needed to answer the query variable; it "
                + "reaches the threshold (default 0).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String query = RagInputs.query(input, type(), false);
        List<String> units = RagInputs.units(input, RagInputs.context(input, type(), false));
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            parts.append(i + 1).append(". ").append(units.get(i)).append('\n');
        }
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, "<question>\n" + query + "\n</question>\n<context>\n"
                + parts + "</context>", spec.config()));
        if (!verdict.path("relevant").isArray()) {
            throw new IllegalArgumentException("the judge picked no parts: " + Quote.of(verdict));
        }
        long picked = java.util.stream.StreamSupport.stream(verdict.path("relevant").spliterator(), false)
                .filter(JsonNode::isNumber).mapToInt(JsonNode::asInt).filter(n -> n >= 1 && n <= units.size())
                .distinct().count();
        double score = units.isEmpty() ? 0 : (double) picked / units.size();
        double threshold = spec.threshold(0.0);
        return Verdict.scored(score >= threshold, score, "have context relevant to " + Quote.of(query)
                + " (at least " + threshold + ")", "%d of %d parts were relevant: %s".formatted(picked, units.size(),
                verdict.path("reason").asString("(no reason)")));
    }
}
