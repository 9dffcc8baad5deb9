package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import dev.promptsmith.support.NoKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EchoModelTest {

    private final LangChainGateway gateway = new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(5));
    private final ModelRequest request = ModelRequest.of(List.of(
            new ChatMessage(Role.SYSTEM, "Be brief."), new ChatMessage(Role.USER, "Say hello to Ada.")));

    @Test
    void answersWithTheRenderedPrompt() {
        ModelResponse response = gateway.call(ModelCatalog.ECHO, request);

        assertThat(response.text()).isEqualTo("Be brief.\n\nSay hello to Ada.");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.tokensOut()).isEqualTo(6);
        assertThat(response.costUsd()).isZero();
    }

    @Test
    void aTokenLimitCutsTheAnswerOffLikeARealModel() {
        ModelResponse response = gateway.call(ModelCatalog.ECHO, request.withMaxTokens(3));

        assertThat(response.text()).isEqualTo("Be brief.\n\nSay ");
        assertThat(response.truncated()).isTrue();
    }

    @Test
    void streamsTokenByToken() throws Exception {
        List<String> tokens = new ArrayList<>();

        ModelResponse response = gateway.stream(ModelCatalog.ECHO, request, tokens::add).result().get();

        assertThat(tokens).containsExactly("Be ", "brief.\n\n", "Say ", "hello ", "to ", "Ada.");
        assertThat(String.join("", tokens)).isEqualTo(response.text());
        assertThat(response.timeToFirstToken()).isNotNull();
    }
}
