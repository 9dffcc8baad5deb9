package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.shared.Role;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.NoKeys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ContinuationTest {

    private final LlmSimulator simulator = LlmSimulator.start();
    private final LangChainGateway gateway = new LangChainGateway(new NoKeys(), new PriceTable(),
            Duration.ofSeconds(5));
    private final ModelTarget target = new ModelTarget(null, "sim", ProviderKind.OPENAI, "m", simulator.openAiBaseUrl(),
            null, Map.of("max_tokens", 3));
    private final ModelRequest request = ModelRequest.of(List.of(new ChatMessage(Role.USER, "Count to six.")));

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aCutOffAnswerIsCarriedOnAndStitchedUntilTheModelStops() {
        // given
        simulator.replyFor("m", Reply.text("one two three four five six"));
        ModelResponse cut = gateway.call(target, request);
        simulator.enqueue("m", Reply.text("four five six"));
        simulator.enqueue("m", Reply.text("seven"));

        // when
        Continuation.Continued continued = new Continuation(gateway).carryOn(target, request, cut, 3);

        // then
        assertThat(cut.truncated()).isTrue();
        assertThat(continued.text()).isEqualTo("one two three four five six");
        assertThat(continued.rounds()).isEqualTo(1);
        assertThat(continued.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(simulator.requests().get(1).body().replaceAll("\\s", ""))
                .contains("\"role\":\"assistant\",\"content\":\"onetwothree\"")
                .contains("Continueexactlywhereitstopped");
    }

    @Test
    void itStopsAfterTheGivenNumberOfRounds() {
        simulator.replyFor("m", Reply.text("a b c d e f g h i j k l"));
        ModelResponse cut = gateway.call(target, request);

        Continuation.Continued continued = new Continuation(gateway).carryOn(target, request, cut, 2);

        assertThat(continued.rounds()).isEqualTo(2);
        assertThat(continued.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(continued.parts()).hasSize(3);
    }
}
