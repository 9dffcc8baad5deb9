package dev.promptsmith.optimize;

import dev.promptsmith.check.json.JsonOutcome;
import dev.promptsmith.check.json.JsonRepair;
import dev.promptsmith.check.json.RepairResult;
import dev.promptsmith.model.JsonSchemaRequest;
import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelResponse;
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
                return read(gateway.call(call.target(), call.request()), calls);
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

    /**
     * The proposal in the answer. Fences, trailing commas, quotes and the like are repaired as a check's JSON is; an
     * answer cut off (at the token limit or mid-text) is not used, as its prompt would be cut too.
     */
    static Proposal read(ModelResponse answer, int calls) {
        RepairResult repaired = JsonRepair.repair(answer.text() == null ? "" : answer.text(), answer.truncated());
        if (answer.truncated() || repaired.outcome() == JsonOutcome.TRUNCATED) {
            return new Proposal(null, "the proposer's answer was cut off, so its prompt is not used", calls);
        }
        if (!repaired.usable() || !repaired.structured()
                || !(Json.readList("[" + repaired.json() + "]").getFirst() instanceof Map<?, ?> json)) {
            return new Proposal(null, "the proposer's answer was not the JSON asked for", calls);
        }
        Object prompt = json.get("prompt");
        Object rationale = json.get("rationale");
        String why = rationale instanceof String s ? s.strip() : "";
        return new Proposal(prompt instanceof String s && !s.isBlank() ? s : null, why, calls);
    }
}
