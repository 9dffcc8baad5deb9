package dev.promptsmith.check;

import dev.promptsmith.check.json.CutOff;
import dev.promptsmith.check.json.JsonOfOutput;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.check.json.RepairResult;
import dev.promptsmith.model.FinishReason;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a check looks at: the output and what is known about how it was made.
 *
 * @param prompt       the rendered prompt, for judges
 * @param finishReason {@code null} when unknown
 * @param latencyMs    {@code null} when unknown
 * @param costUsd      {@code null} when unknown
 * @param jsonOfOutput the output's JSON, repaired once for all checks of the output (and its stored result)
 * @param model        the model that answered, with the functions and tools its config offered
 * @param logProbs     the token log probabilities of the answer, or {@code null} when the provider returned none
 */
public record CheckInput(String output, Map<String, Object> vars, String prompt, FinishReason finishReason,
                         Long latencyMs, BigDecimal costUsd, JsonOfOutput jsonOfOutput, AnsweringModel model,
                         List<Double> logProbs) {

    public CheckInput {
        output = output == null ? "" : output;
        vars = vars == null ? Map.of() : vars;
        prompt = prompt == null ? "" : prompt;
        jsonOfOutput = jsonOfOutput == null ? new JsonOfOutput(output, finishReason) : jsonOfOutput;
        model = model == null ? AnsweringModel.UNKNOWN : model;
        logProbs = logProbs == null ? null : List.copyOf(logProbs);
    }

    public CheckInput(String output, Map<String, Object> vars, String prompt, FinishReason finishReason,
                      Long latencyMs, BigDecimal costUsd, JsonOfOutput jsonOfOutput) {
        this(output, vars, prompt, finishReason, latencyMs, costUsd, jsonOfOutput, null, null);
    }

    public CheckInput(String output, Map<String, Object> vars, String prompt, FinishReason finishReason,
                      Long latencyMs, BigDecimal costUsd) {
        this(output, vars, prompt, finishReason, latencyMs, costUsd, null);
    }

    public static CheckInput of(String output) {
        return new CheckInput(output, Map.of(), "", null, null, null);
    }

    /** The same output as a transform changed it. */
    public CheckInput withOutput(String changed) {
        return new CheckInput(changed, vars, prompt, finishReason, latencyMs, costUsd, null, model, logProbs);
    }

    /** The same output, known to come from that model with those token log probabilities. */
    public CheckInput answeredBy(AnsweringModel answering, List<Double> answerLogProbs) {
        return new CheckInput(output, vars, prompt, finishReason, latencyMs, costUsd, jsonOfOutput, answering,
                answerLogProbs);
    }

    /**
     * Whether the output holds a JSON object or array, as it is or after repair. Prose alone does
     * not count, even though repair can quote it into a JSON string or a list of them.
     */
    public boolean holdsJson(RepairResult json) {
        return CutOff.holdsJson(output, json);
    }

    /** The output's JSON outcome: valid, repaired, truncated or invalid, with the repaired text. */
    public RepairResult json() {
        return jsonOfOutput.repair();
    }

    /** The output's JSON outcome as stored with its result, cut off or not. */
    public OutputJson outputJson() {
        return jsonOfOutput.outcome();
    }
}
