package dev.promptsmith.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output checks see when a model answers with tool calls, as promptfoo gives it: for OpenAI
 * (and the others) the {@code tool_calls} array as JSON, or the whole message when it has text
 * too; for Anthropic the text and each {@code tool_use} block as JSON, a blank line apart.
 */
final class ToolCallOutput {

    private ToolCallOutput() {
    }

    static String text(ProviderKind kind, AiMessage message) {
        String text = message == null || message.text() == null ? "" : message.text();
        if (message == null || !message.hasToolExecutionRequests()) {
            return text;
        }
        List<ToolExecutionRequest> calls = message.toolExecutionRequests();
        if (kind == ProviderKind.ANTHROPIC) {
            List<String> blocks = new ArrayList<>();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
            for (ToolExecutionRequest call : calls) {
                Map<String, Object> block = new LinkedHashMap<>();
                block.put("type", "tool_use");
                block.put("id", call.id());
                block.put("name", call.name());
                block.put("input", arguments(call.arguments()));
                blocks.add(Json.write(block));
            }
            return String.join("\n\n", blocks);
        }
        List<Map<String, Object>> toolCalls = calls.stream().map(ToolCallOutput::openAi).toList();
        if (text.isEmpty()) {
            return Json.write(toolCalls);
        }
        Map<String, Object> whole = new LinkedHashMap<>();
        whole.put("role", "assistant");
        whole.put("content", text);
        whole.put("tool_calls", toolCalls);
        return Json.write(whole);
    }

    private static Map<String, Object> openAi(ToolExecutionRequest call) {
        Map<String, Object> function = new LinkedHashMap<>();
        function.put("name", call.name());
        function.put("arguments", call.arguments());
        Map<String, Object> toolCall = new LinkedHashMap<>();
        toolCall.put("id", call.id());
        toolCall.put("type", "function");
        toolCall.put("function", function);
        return toolCall;
    }

    private static Object arguments(String arguments) {
        if (arguments == null || arguments.isBlank()) {
            return Map.of();
        }
        try {
            return Json.readObject(arguments);
        } catch (RuntimeException e) {
            return arguments;
        }
    }
}
