package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Responses API answer says, read as promptfoo's {@code ResponsesProcessor} reads it: the
 * output is each item of {@code output[]} in turn, a line apart — a message's {@code output_text},
 * a function call as its JSON (no callbacks run), a reasoning summary as {@code Reasoning: ...}, a
 * hosted tool's call as one line; a refusal is the output on its own. An {@code incomplete}
 * answer cut at {@code max_output_tokens} finished by length.
 *
 * @param text      the output the checks see
 * @param tokensIn  {@code null} when the answer has no usage
 * @param tokensOut {@code null} when the answer has no usage
 */
record ResponsesAnswer(String text, FinishReason finishReason, Integer tokensIn, Integer tokensOut, String id) {

    /**
     * @param answer          the response object
     * @param quietReasoning  leave out reasoning summaries, as promptfoo does for a config that streams
     * @throws IllegalStateException with the provider's message when the answer is an error or has no output
     */
    static ResponsesAnswer of(Map<String, Object> answer, boolean quietReasoning) {
        if (answer.get("error") instanceof Map<?, ?> error && error.get("message") != null) {
            throw new IllegalStateException(String.valueOf(error.get("message")));
        }
        if (!(answer.get("output") instanceof List<?> output) || output.isEmpty()) {
            throw new IllegalStateException("the answer has no output items: " + abbreviated(Json.write(answer)));
        }
        List<String> parts = new ArrayList<>();
        String refusal = null;
        boolean toolCall = false;
        for (Object element : output) {
            if (!(element instanceof Map<?, ?> item)) {
                continue;
            }
            toolCall |= "function_call".equals(item.get("type"));
            if ("message".equals(item.get("type")) && refusal(item) != null) {
                refusal = refusal(item);
                continue;
            }
            String content = content(item, quietReasoning);
            if (content != null && !content.isEmpty()) {
                parts.add(content);
            }
        }
        Map<?, ?> usage = answer.get("usage") instanceof Map<?, ?> u ? u : Map.of();
        Integer in = number(usage.get("input_tokens"), usage.get("prompt_tokens"));
        Integer out = number(usage.get("output_tokens"), usage.get("completion_tokens"));
        return new ResponsesAnswer(refusal != null ? refusal : String.join("\n", parts),
                finishReason(answer, toolCall), in, out, answer.get("id") instanceof String id ? id : null);
    }

    private static String content(Map<?, ?> item, boolean quietReasoning) {
        return switch (String.valueOf(item.get("type"))) {
            case "function_call" -> "{}".equals(item.get("arguments")) && "completed".equals(item.get("status"))
                    ? noArguments(item) : Json.write(item);
            case "message" -> message(item);
            case "tool_result" -> Json.write(item);
            case "reasoning" -> quietReasoning || !(item.get("summary") instanceof List<?> summary) || summary.isEmpty()
                    ? null : "Reasoning: " + String.join("\n", summary.stream()
                    .map(s -> s instanceof Map<?, ?> m ? String.valueOf(m.get("text")) : "undefined").toList());
            case "web_search_call" -> webSearch(item);
            case "code_interpreter_call" -> "Code Interpreter: " + (truthy(item.get("code")) ? item.get("code")
                    : "Running code...") + failed(item);
            case "mcp_call" -> item.get("error") != null && truthy(item.get("error"))
                    ? "MCP Tool Error (" + item.get("name") + "): " + item.get("error")
                    : "MCP Tool Result (" + item.get("name") + "): " + item.get("output");
            case "mcp_approval_request" -> "MCP Approval Required for " + item.get("server_label") + "."
                    + item.get("name") + ": " + item.get("arguments");
            default -> null;
        };
    }

    private static String message(Map<?, ?> item) {
        if (!"assistant".equals(item.get("role")) || !(item.get("content") instanceof List<?> content)) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Object element : content) {
            if (element instanceof Map<?, ?> part) {
                if ("output_text".equals(part.get("type"))) {
                    text.append(part.get("text"));
                } else if ("tool_use".equals(part.get("type")) || "function_call".equals(part.get("type"))) {
                    text.setLength(0);
                    text.append(Json.write(part));
                }
            }
        }
        return text.toString();
    }

    /** The refusal of a message, or {@code null} when it has none. */
    private static String refusal(Map<?, ?> item) {
        if (!"assistant".equals(item.get("role"))) {
            return null;
        }
        if (item.get("content") instanceof List<?> content) {
            String refusal = null;
            for (Object element : content) {
                if (element instanceof Map<?, ?> part && "refusal".equals(part.get("type"))) {
                    refusal = part.get("refusal") == null ? "" : String.valueOf(part.get("refusal"));
                }
            }
            return refusal;
        }
        return truthy(item.get("refusal")) ? String.valueOf(item.get("refusal")) : null;
    }

    private static String noArguments(Map<?, ?> item) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("type", "function_call");
        note.put("name", item.get("name"));
        note.put("status", "no_arguments_provided");
        note.put("note", "Function called but no arguments were extracted. Consider using the correct Responses API "
                + "tool format.");
        return Json.write(note);
    }

    private static String webSearch(Map<?, ?> item) {
        String content;
        if (item.get("action") instanceof Map<?, ?> action) {
            content = switch (String.valueOf(action.get("type"))) {
                case "search" -> "Web Search: \"" + action.get("query") + "\"";
                case "open_page" -> "Opening page: " + action.get("url");
                case "find_in_page" -> "Finding in page: \"" + action.get("query") + "\"";
                default -> "Web action: " + action.get("type");
            };
        } else {
            content = "Web Search Call (status: " + (truthy(item.get("status")) ? item.get("status") : "unknown") + ")";
        }
        return content + failed(item);
    }

    private static String failed(Map<?, ?> item) {
        return "failed".equals(item.get("status")) && truthy(item.get("error")) ? " (Error: " + item.get("error") + ")"
                : "";
    }

    private static FinishReason finishReason(Map<String, Object> answer, boolean toolCall) {
        if ("incomplete".equals(answer.get("status"))) {
            Object reason = answer.get("incomplete_details") instanceof Map<?, ?> details ? details.get("reason") : null;
            return "max_output_tokens".equals(reason) ? FinishReason.LENGTH
                    : "content_filter".equals(reason) ? FinishReason.CONTENT_FILTER : FinishReason.OTHER;
        }
        return toolCall ? FinishReason.TOOL : FinishReason.STOP;
    }

    private static Integer number(Object first, Object second) {
        Object value = first instanceof Number && ((Number) first).intValue() != 0 ? first : second;
        if (value instanceof Number n) {
            return n.intValue();
        }
        return first instanceof Number n ? n.intValue() : null;
    }

    private static boolean truthy(Object value) {
        return ResponsesBody.truthy(value);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
