package dev.promptsmith.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ProviderKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * is-valid-openai-tools-call, is-valid-openai-function-call and is-valid-function-call validate the
 * output's calls against the functions and tools of the provider's config, as promptfoo does, with
 * reasons that name the function and the schema's complaint.
 */
class ToolCallChecksTest {

    private static final CheckEngine ENGINE = CheckTypesTest.ENGINE;

    private static final Map<String, Object> WEATHER = Map.of("name", "get_weather", "parameters", Map.of(
            "type", "object", "properties", Map.of("city", Map.of("type", "string"), "days",
                    Map.of("type", "integer", "minimum", 1)), "required", List.of("city")));
    private static final AnsweringModel WITH_TOOLS = new AnsweringModel("gpt (openai:chat:gpt)", ProviderKind.OPENAI,
            List.of(Map.of("type", "function", "function", WEATHER)), null);
    private static final AnsweringModel WITH_FUNCTIONS = new AnsweringModel("gpt (openai:chat:gpt)",
            ProviderKind.OPENAI, null, List.of(WEATHER));

    private static String toolCalls(String... calls) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < calls.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"call_").append(i).append("\",\"type\":\"function\",")
                    .append("\"function\":{\"name\":\"").append(calls[i]).append("\",\"arguments\":")
                    .append(quoted(calls[i + 1])).append("}}");
        }
        return json.append("]").toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static CheckResult check(String type, String output, AnsweringModel model) {
        return ENGINE.evaluate(ENGINE.spec(Map.of("type", type)), CheckInput.of(output).answeredBy(model, null));
    }

    @Test
    void toolCallsThatFollowTheirSchemasPass() {
        CheckResult result = check("is-valid-openai-tools-call",
                toolCalls("get_weather", "{\"city\": \"Quito\", \"days\": 2}", "get_weather", "{\"city\": \"Lima\"}"),
                WITH_TOOLS);

        assertThat(result.pass()).as(result.reason()).isTrue();
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void aToolCallThatBreaksItsSchemaFailsNamingTheFunctionAndTheProblem() {
        CheckResult result = check("is-valid-openai-tools-call",
                toolCalls("get_weather", "{\"city\": \"Quito\"}", "get_weather", "{\"days\": 0}"), WITH_TOOLS);

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).startsWith("Expected output to be valid calls of the provider's tools, but Call "
                + "to \"get_weather\" does not match schema: ").contains("city").contains("minimum");
    }

    @Test
    void aCallOfAToolThatIsNotOfferedFails() {
        CheckResult result = check("is-valid-openai-tools-call", toolCalls("get_time", "{}"), WITH_TOOLS);

        assertThat(result.reason()).endsWith("but Called \"get_time\", but there is no function with that name");
    }

    @Test
    void argumentsThatAreNotJsonFail() {
        CheckResult result = check("is-valid-openai-tools-call", toolCalls("get_weather", "city=Quito"), WITH_TOOLS);

        assertThat(result.pass()).isFalse();
        assertThat(result.reason()).endsWith("the arguments of the call to \"get_weather\" are not JSON: \"city=Quito\"");
    }

    @Test
    void theCallsOfAMessageWithTextAreChecked() {
        String message = "{\"role\":\"assistant\",\"content\":\"Let me look.\",\"tool_calls\":"
                + toolCalls("get_weather", "{\"city\": \"Quito\"}") + "}";

        assertThat(check("is-valid-openai-tools-call", message, WITH_TOOLS).pass()).isTrue();
    }

    @Test
    void textIsNoToolCallAndAProviderWithoutToolsHasNoneToCall() {
        CheckResult text = check("is-valid-openai-tools-call", "It is sunny.", WITH_TOOLS);
        CheckResult noTools = check("is-valid-openai-tools-call", toolCalls("get_weather", "{\"city\": \"Quito\"}"),
                WITH_FUNCTIONS);

        assertThat(text.reason()).endsWith("but OpenAI did not return a valid-looking tools response: \"It is sunny.\"");
        assertThat(noTools.reason()).endsWith("but No tools configured in provider, but output contains tool calls");
    }

    @Test
    void aNegatedToolsCallCheckPassesOnText() {
        CheckResult result = ENGINE.evaluate(ENGINE.spec(Map.of("type", "not-is-valid-openai-tools-call")),
                CheckInput.of("It is sunny.").answeredBy(WITH_TOOLS, null));

        assertThat(result.pass()).isTrue();
    }

    @Test
    void aFunctionCallIsCheckedAgainstTheConfigsFunctions() {
        String valid = "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Quito\\\"}\"}";
        String wrong = "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":7}\"}";

        for (String type : List.of("is-valid-openai-function-call", "is-valid-function-call")) {
            assertThat(check(type, valid, WITH_FUNCTIONS).pass()).as(type).isTrue();
            CheckResult failed = check(type, wrong, WITH_FUNCTIONS);
            assertThat(failed.pass()).as(type).isFalse();
            assertThat(failed.reason()).contains("Call to \"get_weather\" does not match schema: ").contains("city");
        }
    }

    @Test
    void aFunctionCallInsideAMessageCountsAndTextDoesNot() {
        String message = "{\"role\":\"assistant\",\"content\":\"Sure.\",\"function_call\":"
                + "{\"name\":\"get_weather\",\"arguments\":\"{\\\"city\\\":\\\"Quito\\\"}\"}}";

        assertThat(check("is-valid-function-call", message, WITH_FUNCTIONS).pass()).isTrue();
        assertThat(check("is-valid-function-call", "Sure.", WITH_FUNCTIONS).reason())
                .endsWith("but OpenAI did not return a valid-looking function call: \"Sure.\"");
    }

    @Test
    void withoutTheAnsweringModelTheCallChecksCannotRun() {
        String call = toolCalls("get_weather", "{\"city\": \"Quito\"}");

        assertThat(ENGINE.evaluate(ENGINE.spec(Map.of("type", "is-valid-openai-tools-call")), CheckInput.of(call))
                .reason()).isEqualTo("Check is-valid-openai-tools-call could not run: is-valid-openai-tools-call needs "
                + "the provider that answered, which is not known here");
        assertThat(ENGINE.evaluate(ENGINE.spec(Map.of("type", "is-valid-function-call")), CheckInput.of(call))
                .reason()).startsWith("Check is-valid-function-call could not run:");
    }

    @Test
    void onlyOpenAiChatProvidersCheckFunctionCallsAsInPromptfoo() {
        AnsweringModel claude = new AnsweringModel("claude", ProviderKind.ANTHROPIC, null, List.of(WEATHER));
        AnsweringModel gemini = new AnsweringModel("gemini", ProviderKind.GOOGLE, null, List.of(WEATHER));
        String call = "{\"name\":\"get_weather\",\"arguments\":\"{}\"}";

        assertThat(check("is-valid-function-call", call, claude).reason())
                .endsWith("but Provider does not have functionality for checking function call.");
        assertThat(check("is-valid-function-call", call, gemini).reason())
                .isEqualTo("Check is-valid-function-call could not run: is-valid-function-call does not read "
                        + "Google's function calls yet");
    }
}
