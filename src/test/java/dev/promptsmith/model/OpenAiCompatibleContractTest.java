package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;
import java.util.Map;

/** A local OpenAI-compatible server (LM Studio, llama.cpp, vLLM): the OpenAI provider with a base URL and no key. */
class OpenAiCompatibleContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return new ModelTarget(null, "local server", ProviderKind.OPENAI, MODEL, baseUrl, null,
                Map.of("temperature", 0));
    }

    /** No key is configured; key-shaped text in answers is still redacted, as the app's resolver does. */
    @Override
    ApiKeyResolver keys() {
        return new ApiKeyResolver() {
            @Override
            public java.util.Optional<String> apiKey(ModelTarget target) {
                return java.util.Optional.empty();
            }

            @Override
            public String redact(String text) {
                return dev.promptsmith.model.secret.Redactor.shapesOnly().redact(text);
            }
        };
    }

    @org.junit.jupiter.api.Test
    void noKeyIsSentToAServerThatNeedsNone() {
        simulator.replyFor(MODEL, dev.promptsmith.simulator.Reply.text("ok"));

        gateway.call(target(), request());

        org.assertj.core.api.Assertions.assertThat(simulator.requests().getFirst().header("authorization"))
                .isNull();
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.openAiBaseUrl();
    }
}
