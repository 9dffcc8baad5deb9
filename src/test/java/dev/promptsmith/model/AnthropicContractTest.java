package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;

class AnthropicContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return target(ProviderKind.ANTHROPIC, baseUrl);
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.anthropicBaseUrl();
    }
}
