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
 * context-recall: as promptfoo (after RAGAS): the judge decides, sentence by sentence, whether the
 * expected answer in value can be attributed to the context ({@code context} variable, else the
 * prompt); the share attributed reaches the threshold (default 0, as in promptfoo).
 */
final class ContextRecallCheck implements Check {

    static final String SYSTEM = """
            You check whether a context holds the facts of a reference answer. Split the reference answer into \
            sentences. For each, decide whether it can be attributed to the context. Answer with only a JSON \
            object: {"sentences": [{"sentence": "<text>", "attributed": true or false}]}.""";

    private final Judge judge;

    ContextRecallCheck(Judge judge) {
        this.judge = judge;
    }

    @Override
    public String type() {
        return "context-recall";
    }

    @Override
    public String description() {
        return "A judge model finds the share of the expected answer in value that the context variable holds; it "
                + "reaches the threshold (default 0).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        if (spec.text().isBlank()) {
            throw new IllegalArgumentException("context-recall needs the expected answer as value");
        }
        String context = RagInputs.context(input, type(), true);
        String user = "<context>\n" + context + "\n</context>\n<reference>\n" + spec.text() + "\n</reference>";
        JsonNode verdict = JudgeAnswers.read(judge.ask(SYSTEM, user, spec.config()));
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (JsonNode sentence : verdict.path("sentences")) {
            total++;
            if (!sentence.path("attributed").asBoolean(false)) {
                missing.add(sentence.path("sentence").asString(""));
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("the judge classified no sentences: " + Quote.of(verdict));
        }
        double score = (double) (total - missing.size()) / total;
        double threshold = spec.threshold(0.0);
        return Verdict.scored(score >= threshold, score, "have a context that holds " + Quote.of(spec.text())
                + " (recall at least " + threshold + ")", "%d of %d sentences were in the context%s".formatted(
                total - missing.size(), total, missing.isEmpty() ? "" : "; not: " + missing.stream().map(Quote::of).toList()));
    }
}
