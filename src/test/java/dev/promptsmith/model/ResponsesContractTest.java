package dev.promptsmith.model;

import dev.promptsmith.simulator.LlmSimulator;

/** openai:responses:MODEL holds to the contract of every provider, on the Responses API's wire. */
class ResponsesContractTest extends ProviderContractTest {

    @Override
    ModelTarget target(String baseUrl) {
        return target(ProviderKind.OPENAI_RESPONSES, baseUrl);
    }

    @Override
    String baseUrl(LlmSimulator simulator) {
        return simulator.openAiBaseUrl();
    }
}
