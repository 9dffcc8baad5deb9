package dev.promptsmith.simulator;

import java.util.List;

/**
 * The answer to one request, after the token limit was applied: what the wire formats write out.
 *
 * @param functionCall whether the request offered legacy {@code functions} (and no {@code tools}), so that a
 *                     call is a {@code function_call}
 * @param logProbs     whether the request asked for the tokens' log probabilities
 */
record Answer(String id, String model, List<String> chunks, Reply.Finish finish, int inputTokens, int outputTokens,
              List<Reply.ToolCall> toolCalls, boolean functionCall, boolean logProbs) {

    Answer(String id, String model, List<String> chunks, Reply.Finish finish, int inputTokens, int outputTokens) {
        this(id, model, chunks, finish, inputTokens, outputTokens, List.of(), false, false);
    }

    /** The simulator's log probability of a chunk: minus a tenth of its length without whitespace. */
    static double logProb(String chunk) {
        return -chunk.strip().length() / 10.0;
    }

    String text() {
        return String.join("", chunks);
    }
}
