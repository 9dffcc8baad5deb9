package dev.promptsmith.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.LangChainGateway;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.shared.Json;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.NoKeys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The proposer's requests on the wire: each meta-prompt's own JSON schema, where each provider takes it. */
class ProposerTest {

    private static final Map<String, Object> SCHEMA = Map.of(
            "type", "object",
            "additionalProperties", false,
            "required", List.of("prompt", "rationale"),
            "properties", Map.of(
                    "prompt", Map.of("type", "string", "description",
                            "the whole rewritten message body, each message starting with a line \"system:\" or \"user:\""),
                    "rationale", Map.of("type", "string", "description",
                            "one paragraph - what the rewrite changes")));

    private static final Map<String, ?> VALUES = Map.of("prompt", "system:\nClassify the ticket.\n\nuser:\n{{ ticket }}");

    @TempDir
    Path folder;

    private final LlmSimulator simulator = LlmSimulator.start();
    private H2Database database;
    private LangChainGateway gateway;
    private Proposer proposer;

    @BeforeEach
    void setUp() {
        // no optimizer prompt in the workspace: the copies shipped in the application are asked
        database = new H2Database(folder.resolve("data"));
        gateway = new LangChainGateway(new NoKeys(), new PriceTable(), Duration.ofSeconds(10));
        proposer = new Proposer(gateway, new MetaPrompts(new PromptStore(database.jdbc(), Clock.systemUTC())),
                millis -> { });
        simulator.reply(Reply.text("{\"prompt\": \"system:\\nSort the ticket.\\n\\nuser:\\n{{ ticket }}\", "
                + "\"rationale\": \"shorter\"}"));
    }

    @AfterEach
    void tearDown() {
        gateway.close();
        simulator.close();
        database.shutdown();
    }

    @Test
    void onAnOpenAiCompatibleServerTheProposalAsksForTheMetaPromptsJsonSchemaWithItsOwnParameters() {
        // given
        ModelTarget target = new ModelTarget(null, "proposer", ProviderKind.OPENAI, "proposer",
                simulator.openAiBaseUrl(), null, Map.of("temperature", 0.1));

        // when
        Proposer.Proposal proposal = proposer.propose(target, Strategy.RANDOM_REWRITE, VALUES);

        // then
        assertThat(proposal).isEqualTo(new Proposer.Proposal("system:\nSort the ticket.\n\nuser:\n{{ ticket }}",
                "shorter", 1));
        Map<String, Object> body = Json.readObject(simulator.requests().getFirst().body());
        assertThat(body.get("response_format")).isEqualTo(Map.of("type", "json_schema",
                "json_schema", Map.of("name", "promptsmith-optimize-rewrite", "schema", SCHEMA)));
        assertThat(body).containsEntry("temperature", 1.0).containsEntry("max_tokens", 3000);
    }

    @Test
    void onOllamaTheProposalGivesTheMetaPromptsSchemaAsTheFormat() {
        // given
        ModelTarget target = new ModelTarget(null, "proposer", ProviderKind.OLLAMA, "proposer",
                simulator.ollamaBaseUrl(), null, Map.of());

        // when
        Proposer.Proposal proposal = proposer.propose(target, Strategy.RANDOM_REWRITE, VALUES);

        // then
        assertThat(proposal.rationale()).isEqualTo("shorter");
        Map<String, Object> body = Json.readObject(simulator.requests().getFirst().body());
        assertThat(body.get("format")).isEqualTo(SCHEMA);
        assertThat(Json.readObject(Json.write(body.get("options")))).containsEntry("temperature", 1.0).containsEntry("num_predict", 3000);
    }
}
