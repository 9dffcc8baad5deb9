package dev.promptsmith.simulator;

import java.util.List;

/** The answer to one request, after the token limit was applied: what the wire formats write out. */
record Answer(String id, String model, List<String> chunks, Reply.Finish finish, int inputTokens, int outputTokens) {

    String text() {
        return String.join("", chunks);
    }
}
