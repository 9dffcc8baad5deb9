package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private final PriceTable prices = new PriceTable();

    @Test
    void theLongestMatchingModelNameGivesThePrice() {
        ModelTarget mini = new ModelTarget(null, "m", ProviderKind.OPENAI, "gpt-4o-mini-2024-07-18", null, null, Map.of());

        assertThat(prices.cost(mini, 1_000_000, 1_000_000)).isEqualByComparingTo("0.75");
    }

    @Test
    void localModelsCostNothingAndUnknownModelsHaveNoPrice() {
        assertThat(prices.cost(new ModelTarget(null, "o", ProviderKind.OLLAMA, "llama3.2", null, null, Map.of()), 500, 500))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(prices.cost(new ModelTarget(null, "x", ProviderKind.OPENAI, "my-finetune", null, null, Map.of()), 5, 5))
                .isNull();
    }

    @Test
    void anEditedPriceIsUsed() {
        prices.set("my-finetune", new PriceTable.Price(new BigDecimal("1"), new BigDecimal("2")));

        assertThat(prices.cost(new ModelTarget(null, "x", ProviderKind.OPENAI, "my-finetune", null, null, Map.of()),
                1000, 500)).isEqualByComparingTo("0.002");
    }

    @Test
    void aModelOnTheUsersMachineOrNetworkCostsNothingUnlessItIsAHostedModelBehindALocalProxy() {
        // given: llama.cpp, LM Studio and vLLM speak OpenAI's wire on this machine or the network
        ModelTarget lmStudio = openAi("qwen2.5-7b-instruct", "http://localhost:1234/v1");
        ModelTarget vllm = openAi("meta-llama/Llama-3.1-8B-Instruct", "http://192.168.1.20:8000/v1");
        ModelTarget ollamaOnTheLan = new ModelTarget(null, "o", ProviderKind.OLLAMA, "mistral-small:24b",
                "http://gpu-box:11434", null, Map.of());
        ModelTarget litellm = openAi("gpt-4o-mini", "http://127.0.0.1:4000");

        // then: free, also the Ollama model named as a listed hosted one; LiteLLM's gpt-4o-mini is OpenAI's
        assertThat(prices.cost(lmStudio, 1000, 1000)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(prices.cost(vllm, 1000, 1000)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(prices.cost(ollamaOnTheLan, 1000, 1000)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(prices.cost(litellm, 1_000_000, 1_000_000)).isEqualByComparingTo("0.75");
    }

    @Test
    void aHostedWireAtALocalAddressIsAProxyOfAPaidServiceAndAHostedOllamaIsNotFree() {
        ModelTarget anthropicProxy = new ModelTarget(null, "a", ProviderKind.ANTHROPIC, "claude-next",
                "http://localhost:8082/v1", null, Map.of());
        ModelTarget hostedOllama = new ModelTarget(null, "o", ProviderKind.OLLAMA, "gpt-oss:120b",
                "https://ollama.com", null, Map.of());
        ModelTarget hostedServer = openAi("my-finetune", "https://llm.example.com/v1");

        assertThat(prices.cost(anthropicProxy, 5, 5)).isNull();
        assertThat(prices.cost(hostedOllama, 5, 5)).isNull();
        assertThat(prices.cost(hostedServer, 5, 5)).isNull();
    }

    @Test
    void aPriceTheUserSetComesBeforeTheRuleThatLocalModelsCostNothing() {
        // given: the user pays for the machine their Ollama runs on
        prices.set("llama3.2", new PriceTable.Price(new BigDecimal("0.10"), new BigDecimal("0.20")));
        ModelTarget ollama = new ModelTarget(null, "o", ProviderKind.OLLAMA, "llama3.2:3b", null, null, Map.of());

        // then
        assertThat(prices.cost(ollama, 1_000_000, 1_000_000)).isEqualByComparingTo("0.30");
        assertThat(prices.cost(openAi("llama3.2", "http://localhost:8080/v1"), 1_000_000, 0))
                .isEqualByComparingTo("0.10");
    }

    private static ModelTarget openAi(String model, String baseUrl) {
        return new ModelTarget(null, model, ProviderKind.OPENAI, model, baseUrl, null, Map.of());
    }
}
