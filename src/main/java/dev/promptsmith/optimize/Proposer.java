package dev.promptsmith.optimize;

import dev.promptsmith.model.JsonSchemaRequest;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.shared.Json;
import java.util.Map;

/**
 * Asks the proposer model for a candidate through one of the meta-prompts and reads its JSON answer
 * ({@code {"prompt": "...message body...", "rationale": "..."}}). A failure that can pass is tried again twice;
 * every attempt is a call the budget pays for.
 */
final class Proposer {

    static final int RETRIES = 2;

    /** What the proposer suggested; {@code body} is {@code null} when its answer could not be used. */
    record Proposal(String body, String rationale, int calls) {
    }

    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final ModelGateway gateway;
    private final MetaPrompts metaPrompts;
    private final Sleeper sleeper;

    Proposer(ModelGateway gateway, MetaPrompts metaPrompts, Sleeper sleeper) {
        this.gateway = gateway;
        this.metaPrompts = metaPrompts;
        this.sleeper = sleeper;
    }

    /**
     * @throws Interrupted when the budget refused the call, or the provider kept failing
     */
    Proposal propose(ModelTarget proposer, Strategy strategy, Map<String, ?> values) {
        JsonSchemaRequest call = metaPrompts.request(strategy, values, proposer);
        int calls = 0;
        for (int attempt = 0; ; attempt++) {
            try {
                calls++;
                String answer = gateway.call(call.target(), call.request()).text();
                return read(answer, calls);
            } catch (ModelException e) {
                if (e.kind() == ModelErrorKind.CANCELLED) {
                    throw new Interrupted(Interrupted.Cause.BUDGET, e.getMessage());
                }
                if (!e.kind().retriable() || attempt >= RETRIES) {
                    throw new Interrupted(Interrupted.Cause.PROVIDER, "the proposer " + proposer.name() + " failed: "
                            + e.getMessage());
                }
                try {
                    sleeper.sleep(200L << attempt);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw new Interrupted(Interrupted.Cause.CANCELLED, "stopped");
                }
            }
        }
    }

    static Proposal read(String answer, int calls) {
        String text = answer == null ? "" : answer.strip();
        if (text.startsWith("```")) {
            text = text.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        try {
            Map<String, Object> json = Json.readObject(text);
            Object prompt = json.get("prompt");
            Object rationale = json.get("rationale");
            String why = rationale instanceof String s ? s.strip() : "";
            return new Proposal(prompt instanceof String s && !s.isBlank() ? s : null, why, calls);
        } catch (RuntimeException e) {
            return new Proposal(null, "the proposer's answer was not the JSON asked for", calls);
        }
    }
}
