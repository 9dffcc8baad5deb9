package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;

class OllamaContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return target(ProviderKind.OLLAMA, baseUrl);
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.ollamaBaseUrl();
    }
}
