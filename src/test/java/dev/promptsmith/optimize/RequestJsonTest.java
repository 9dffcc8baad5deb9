package dev.promptsmith.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import dev.promptsmith.shared.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestJsonTest {

    /** A request as the optimizer wrote it before its models were written by the run store's code. */
    private static final String WRITTEN_BEFORE = """
            {"prompt":"invoice-to-json","startVersionId":12,"suite":"invoices",\
            "targets":[{"id":4,"name":"mini","kind":"OPENAI","model":"gpt-4o-mini","baseUrl":"http://localhost:9/v1",\
            "apiKeyEnvar":"MY_KEY","parameters":{"temperature":0.2}},\
            {"id":null,"name":"llama","kind":"OLLAMA","model":"llama3","baseUrl":null,"apiKeyEnvar":null,\
            "parameters":{}}],\
            "proposer":{"id":null,"name":"claude","kind":"ANTHROPIC","model":"claude-3-5-haiku","baseUrl":null,\
            "apiKeyEnvar":null,"parameters":{"max_tokens":2000}},\
            "maxCalls":80,"maxCostUsd":"1.50","maxTimeMs":600000,"validationShare":0.25,"seed":7,\
            "candidatesPerRound":2,"strategies":["OPRO_HISTORY","REFLECTIVE_PARETO"],"validationRepeats":1,\
            "finalists":2,"patience":3}""";

    private static final OptimizationRequest REQUEST = new OptimizationRequest("invoice-to-json", 12, "invoices",
            List.of(new ModelTarget(4L, "mini", ProviderKind.OPENAI, "gpt-4o-mini", "http://localhost:9/v1", "MY_KEY",
                            Map.of("temperature", 0.2)),
                    new ModelTarget(null, "llama", ProviderKind.OLLAMA, "llama3", null, null, Map.of())),
            new ModelTarget(null, "claude", ProviderKind.ANTHROPIC, "claude-3-5-haiku", null, null,
                    Map.of("max_tokens", 2000)),
            new Budget(80, new BigDecimal("1.50"), Duration.ofMinutes(10)), 0.25, 7, 2,
            EnumSet.of(Strategy.OPRO_HISTORY, Strategy.REFLECTIVE_PARETO), 1, 2, 3);

    @Test
    void aRequestStoredByEarlierVersionsReadsBackWhole() {
        // when
        OptimizationRequest read = RequestJson.read(WRITTEN_BEFORE);

        // then
        assertThat(read).isEqualTo(REQUEST);
    }

    @Test
    void aRequestIsWrittenInTheShapeEarlierVersionsWrote() {
        // when
        String written = RequestJson.write(REQUEST);

        // then
        assertThat(Json.readObject(written)).isEqualTo(Json.readObject(WRITTEN_BEFORE));
    }
}
