package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The token log probabilities an OpenAI-compatible server returns, when the config asks for them
 * as promptfoo does ({@code passthrough: {logprobs: true}}), reach the model response: from the
 * one body and from every event of a stream. The simulator gives each token minus a tenth of its length.
 */
class LogProbsAnswerTest {

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LangChainGateway gateway = new LangChainGateway(new ProviderContractTest.FixedKey("sk-test"),
            new PriceTable(), Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        gateway.close();
        simulator.close();
    }

    private ModelTarget target(Map<String, Object> config) {
        Map<String, Object> all = new java.util.HashMap<>(config);
        all.put("apiBaseUrl", simulator.openAiBaseUrl());
        return ProviderIds.parse("openai:chat:m", null, all, name -> null);
    }

    private static ModelRequest request() {
        return ModelRequest.of(List.of(new ChatMessage(Role.USER, "Answer briefly.")));
    }

    @Test
    void aConfigThatAsksForLogProbsGetsOnePerToken() {
        // given
        simulator.reply(Reply.text("yes indeed"));

        // when
        ModelResponse response = gateway.call(target(Map.of("passthrough", Map.of("logprobs", true))), request());

        // then
        assertThat(simulator.requests().getFirst().body()).contains("\"logprobs\":true");
        assertThat(response.logProbs()).containsExactly(-0.3, -0.6);
    }

    @Test
    void aStreamedAnswerGetsTheLogProbsOfEveryEvent() throws Exception {
        simulator.reply(Reply.text("yes indeed"));

        ModelResponse response = gateway.stream(target(Map.of("passthrough", Map.of("logprobs", true))), request(),
                token -> { }).result().get(10, TimeUnit.SECONDS);

        assertThat(response.logProbs()).containsExactly(-0.3, -0.6);
    }

    @Test
    void withoutAskingThereAreNone() {
        simulator.reply(Reply.text("yes indeed"));

        ModelResponse response = gateway.call(target(Map.of()), request());

        assertThat(response.text()).isEqualTo("yes indeed");
        assertThat(response.logProbs()).isNull();
    }
}
