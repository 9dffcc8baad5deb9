package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Embedder;
import dev.promptsmith.check.Judge;
import dev.promptsmith.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * answer-relevance: as promptfoo (after RAGAS): the judge writes three questions the output
 * answers, and the mean cosine similarity of their embeddings (the local embedder's) to the
 * user's question ({@code query}, else the prompt) reaches the threshold (default 0.7).
 */
final class AnswerRelevanceCheck implements Check {

    static final String SYSTEM = """
            You read an answer and write the question it answers. Write three different questions, each one a \
            question this answer would be a good reply to. Answer with only a JSON object: \
            {"questions": ["<question>", "<question>", "<question>"]}.""";

    private final Judge judge;
    private final Embedder embedder;

    AnswerRelevanceCheck(Judge judge, Embedder embedder) {
        this.judge = judge;
        this.embedder = embedder;
    }

    @Override
    public String type() {
        return "answer-relevance";
    }

    @Override
    public String description() {
        return "The questions a judge model says the output answers are close to the user's query (mean embedding "
                + "similarity at least the threshold, default 0.7).";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        String query = RagInputs.query(input, type(), true);
        JsonNode answer = JudgeAnswers.read(judge.ask(SYSTEM, "<answer>\n" + input.output() + "\n</answer>",
                spec.config()));
        List<String> questions = new ArrayList<>();
        answer.path("questions").forEach(q -> questions.add(q.asString("")));
        questions.removeIf(String::isBlank);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("the judge wrote no questions: " + Quote.of(answer));
        }
        float[] asked = embedder.embed(query);
        double similarity = questions.stream().mapToDouble(q -> SimilarCheck.cosine(asked, embedder.embed(q)))
                .average().orElse(0);
        double threshold = spec.threshold(0.7);
        return Verdict.scored(similarity >= threshold, similarity, "answer " + Quote.of(query)
                + " (relevance at least " + threshold + ")", "its relevance was %.2f; it answers %s"
                .formatted(similarity, questions.stream().map(Quote::of).toList()));
    }
}
