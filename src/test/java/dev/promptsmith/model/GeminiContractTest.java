package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;

class GeminiContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return target(ProviderKind.GOOGLE, baseUrl);
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.geminiBaseUrl();
    }
}
