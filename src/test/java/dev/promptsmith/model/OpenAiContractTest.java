package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;

class OpenAiContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return target(ProviderKind.OPENAI, baseUrl);
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.openAiBaseUrl();
    }
}
