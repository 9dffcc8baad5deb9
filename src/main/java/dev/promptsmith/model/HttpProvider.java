package dev.promptsmith.model;

import com.jayway.jsonpath.JsonPath;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.promptsmith.shared.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * promptfoo's generic HTTP provider ({@code id: https://...}, or {@code id: http} with
 * {@code config.url}): the {@code body} with {@code {{prompt}}} filled in, sent with the
 * {@code method} and {@code headers}; the output is the answer, or the part of its JSON that
 * {@code transformResponse} names by path ({@code json.choices[0].message.content}). The
 * JavaScript forms of {@code transformResponse} are not run here.
 */
final class HttpProvider {

    static final java.util.Set<String> KEYS = java.util.Set.of("url", "method", "headers", "body",
            "transformResponse");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern PATH = Pattern.compile(
            "json((\\.[A-Za-z_$][\\w$]*)|(\\[\\d+])|(\\['[^']*'])|(\\[\"[^\"]*\"]))*");

    private HttpProvider() {
    }

    /** Why this key of an HTTP provider's config cannot be used, or empty when it can. */
    static Optional<String> refusal(String key, Object value) {
        if (!KEYS.contains(key)) {
            return Optional.of("'" + key + "' is not an option of the http provider Promptsmith runs; it reads url, "
                    + "method, headers, body and transformResponse");
        }
        return switch (key) {
            case "method" -> value != null && List.of("GET", "POST", "DELETE")
                    .contains(value.toString().toUpperCase(Locale.ROOT)) ? Optional.empty()
                    : Optional.of("method '" + value + "' is not supported: use GET, POST or DELETE");
            case "transformResponse" -> value instanceof String path && (path.strip().equals("text")
                    || PATH.matcher(path.strip()).matches()) ? Optional.empty()
                    : Optional.of("transformResponse is a JavaScript function or expression, which Promptsmith does "
                    + "not run; give a path such as json.choices[0].message.content");
            case "headers" -> value instanceof Map<?, ?> ? templates(value)
                    : Optional.of("headers must be a mapping of names to values");
            default -> templates(value);
        };
    }

    private static Optional<String> templates(Object value) {
        Matcher matcher = TEMPLATE.matcher(Json.write(value));
        while (matcher.find()) {
            if (!matcher.group(1).equals("prompt")) {
                return Optional.of("'{{" + matcher.group(1) + "}}' is not filled in: the http provider fills in "
                        + "{{prompt}} only");
            }
        }
        return Optional.empty();
    }

    /** The prompt as promptfoo gives it to the provider: the text of one user message, else the chat as JSON. */
    static String prompt(ModelRequest request) {
        List<ChatMessage> messages = request.messages();
        if (messages.size() == 1 && messages.getFirst().role() == dev.promptsmith.shared.Role.USER) {
            return messages.getFirst().text();
        }
        return Json.write(messages.stream().map(m -> Map.of("role", m.role().name().toLowerCase(Locale.ROOT),
                "content", m.text())).toList());
    }

    /** Sends the request on the recording client; returns the output. */
    static String call(ModelTarget target, ModelRequest request, HttpClient client) {
        Map<String, Object> config = target.parameters();
        String prompt = prompt(request);
        Object body = config.get("body");
        HttpMethod method = HttpMethod.valueOf(String.valueOf(config.getOrDefault("method", "POST"))
                .toUpperCase(Locale.ROOT));
        HttpRequest.Builder builder = HttpRequest.builder().method(method).url(fill(target.baseUrl(), prompt));
        boolean contentType = false;
        if (config.get("headers") instanceof Map<?, ?> headers) {
            for (Map.Entry<?, ?> header : headers.entrySet()) {
                builder.addHeader(String.valueOf(header.getKey()), fill(String.valueOf(header.getValue()), prompt));
                contentType |= String.valueOf(header.getKey()).equalsIgnoreCase("content-type");
            }
        }
        if (body != null && method != HttpMethod.GET) {
            if (body instanceof String text) {
                builder.body(fill(text, prompt));
            } else {
                builder.body(Json.write(filled(body, prompt)));
                if (!contentType) {
                    builder.addHeader("Content-Type", "application/json");
                }
            }
        }
        String answer = client.execute(builder.build()).body();
        return output(config.get("transformResponse"), answer == null ? "" : answer);
    }

    private static String output(Object transform, String answer) {
        if (transform == null || transform.toString().strip().equals("text")) {
            return answer;
        }
        Object value;
        try {
            value = JsonPath.read(answer, "$" + transform.toString().strip().substring("json".length()));
        } catch (RuntimeException e) {
            throw new ModelException(ModelErrorKind.BAD_REQUEST, "transformResponse " + transform
                    + ": the answer has no such part (" + e.getMessage() + ")");
        }
        return value instanceof String text ? text : Json.write(value);
    }

    private static Object filled(Object value, String prompt) {
        if (value instanceof String text) {
            return fill(text, prompt);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((key, item) -> result.put(String.valueOf(key), filled(item, prompt)));
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> filled(item, prompt)).toList();
        }
        return value;
    }

    private static String fill(String text, String prompt) {
        return TEMPLATE.matcher(text).replaceAll(Matcher.quoteReplacement(prompt));
    }
}
