package dev.promptsmith.conformance;

import dev.promptsmith.simulator.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * How the simulator answers every conformance request, the same for promptfoo and for us: the text after
 * the last {@code ANSWER:} in the last user message, or else that whole message (an echo). So a config
 * scripts its own answers in its prompts, and an echo shows exactly what was sent. Each line
 * {@code ANSWER-TOOL: NAME ARGUMENTS} makes the answer call the tool NAME with ARGUMENTS (the rest of
 * the line, as JSON text: invalid JSON stays as written); the answer then has no text unless an
 * {@code ANSWER:} gives one (the rest of its line). A request with {@code logprobs: true} gets each token's log probability
 * (minus a tenth of its length).
 */
final class ConformanceAnswers {

    static final String MARKER = "ANSWER:";
    static final String TOOL_MARKER = "ANSWER-TOOL:";

    private ConformanceAnswers() {
    }

    static Reply reply() {
        return Reply.fromRequest(request -> {
            String userText = request.userText();
            List<Reply.ToolCall> calls = toolCalls(userText);
            if (calls.isEmpty()) {
                return Reply.json(answer(userText));
            }
            int at = userText.lastIndexOf(MARKER);
            String text = at < 0 ? "" : userText.substring(at + MARKER.length()).lines().findFirst().orElse("").strip();
            return (text.isEmpty() ? Reply.text("") : Reply.json(text)).toolCalls(calls);
        });
    }

    static List<Reply.ToolCall> toolCalls(String userText) {
        List<Reply.ToolCall> calls = new ArrayList<>();
        for (String line : userText.lines().toList()) {
            int at = line.indexOf(TOOL_MARKER);
            if (at >= 0) {
                String call = line.substring(at + TOOL_MARKER.length()).strip();
                int space = call.indexOf(' ');
                calls.add(space < 0 ? new Reply.ToolCall(call, "{}")
                        : new Reply.ToolCall(call.substring(0, space), call.substring(space + 1).strip()));
            }
        }
        return calls;
    }

    static String answer(String userText) {
        int at = userText.lastIndexOf(MARKER);
        String answer = at < 0 ? userText : userText.substring(at + MARKER.length()).strip();
        return answer.isEmpty() ? "(nothing)" : answer;
    }
}
