package dev.promptsmith.conformance;

import dev.promptsmith.simulator.Reply;

/**
 * How the simulator answers every conformance request, the same for promptfoo and for us: the text after
 * the last {@code ANSWER:} in the last user message, or else that whole message (an echo). So a config
 * scripts its own answers in its prompts, and an echo shows exactly what was sent.
 */
final class ConformanceAnswers {

    static final String MARKER = "ANSWER:";

    private ConformanceAnswers() {
    }

    static Reply reply() {
        return Reply.fromRequest(request -> {
            String text = answer(request.userText());
            return Reply.json(text);
        });
    }

    static String answer(String userText) {
        int at = userText.lastIndexOf(MARKER);
        String answer = at < 0 ? userText : userText.substring(at + MARKER.length()).strip();
        return answer.isEmpty() ? "(nothing)" : answer;
    }
}
