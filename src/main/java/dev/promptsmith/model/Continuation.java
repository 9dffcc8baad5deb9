package dev.promptsmith.model;

import dev.promptsmith.shared.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Carries on an answer that hit the token limit: the model gets the conversation with its
 * partial answer and is asked to go on from exactly where it stopped; the parts are stitched
 * together, up to a number of rounds.
 */
@Service
public class Continuation {

    static final String CONTINUE = "Your answer was cut off by the length limit. Continue exactly where it stopped: "
            + "write only the rest, without repeating anything and without any comment.";

    private final ModelGateway gateway;

    public Continuation(ModelGateway gateway) {
        this.gateway = gateway;
    }

    /** The answer stitched from its parts, and how many continuations it took. */
    public record Continued(String text, int rounds, FinishReason finishReason, int tokensOut, Duration latency,
                            List<ModelResponse> parts) {
    }

    /**
     * @param maxRounds how many continuation calls at most
     * @throws ModelException when a continuation call fails
     */
    public Continued carryOn(ModelTarget target, ModelRequest request, ModelResponse cutOff, int maxRounds) {
        List<ModelResponse> parts = new ArrayList<>(List.of(cutOff));
        StringBuilder text = new StringBuilder(cutOff.text());
        ModelResponse last = cutOff;
        int rounds = 0;
        while (last.truncated() && rounds < maxRounds) {
            List<ChatMessage> messages = new ArrayList<>(request.messages());
            messages.add(new ChatMessage(Role.ASSISTANT, text.toString()));
            messages.add(new ChatMessage(Role.USER, CONTINUE));
            last = gateway.call(target, new ModelRequest(messages, request.temperature(), request.topP(),
                    request.maxTokens(), request.stop(), request.seed(), request.json(), request.jsonSchema()));
            text.append(last.text());
            parts.add(last);
            rounds++;
        }
        return new Continued(text.toString(), rounds, last.finishReason(),
                parts.stream().mapToInt(ModelResponse::tokensOut).sum(),
                parts.stream().map(ModelResponse::latency).reduce(Duration.ZERO, Duration::plus), List.copyOf(parts));
    }
}
