package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * webhook: POSTs {@code {output, context: {prompt, vars}}} as JSON to the URL in value and takes
 * the verdict from the answer, {@code {pass, score?, reason?}}, as promptfoo does: {@code pass}
 * must be a JSON boolean and a score a number from 0 to 1, else the check cannot run. The call has
 * a time limit (the check's {@code timeout} in milliseconds, default 30 s).
 */
final class WebhookCheck implements Check {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_ANSWER = 1 << 20;

    /** Built on the first webhook: every run builds the checks, few suites have a webhook. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public String description() {
        return "A web service at the URL in value judges the output: it answers {pass, score, reason} to a POST.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        URI url = url(spec.text());
        Duration timeout = spec.config().get("timeout") instanceof Number n ? Duration.ofMillis(n.longValue())
                : DEFAULT_TIMEOUT;
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("prompt", input.prompt());
        context.put("vars", input.vars());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("output", input.output());
        body.put("context", context);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonTree.JSON.writeValueAsString(body))).build();
        HttpResponse<java.io.InputStream> response;
        String text;
        try {
            response = Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // read no more than the limit: a web service named in a suite is not trusted to answer briefly
            try (java.io.InputStream answer = response.body()) {
                byte[] bytes = answer.readNBytes(MAX_ANSWER + 1);
                if (bytes.length > MAX_ANSWER) {
                    throw new IllegalArgumentException("webhook " + url + " answered more than " + MAX_ANSWER + " bytes");
                }
                text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (HttpTimeoutException e) {
            throw new IllegalArgumentException("webhook " + url + " did not answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw new IllegalArgumentException("webhook " + url + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("webhook " + url + ": interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalArgumentException("webhook " + url + " answered HTTP " + response.statusCode());
        }
        JsonNode answer = JsonTree.parse(text).filter(JsonNode::isObject).orElseThrow(() ->
                new IllegalArgumentException("webhook " + url + " did not answer with a JSON object: " + Quote.of(text)));
        if (!answer.path("pass").isBoolean()) {
            throw new IllegalArgumentException("webhook " + url + " answered without a boolean 'pass': " + Quote.of(text));
        }
        boolean pass = answer.path("pass").asBoolean();
        JsonNode score = answer.path("score");
        if (!score.isMissingNode() && (!score.isNumber() || score.asDouble() < 0 || score.asDouble() > 1)) {
            throw new IllegalArgumentException("webhook " + url + " answered a score that is not from 0 to 1: " + score);
        }
        String reason = answer.path("reason").asString("");
        return new Verdict(pass, score.isNumber() ? score.asDouble() : pass ? 1 : 0,
                "satisfy the webhook " + url, reason.isEmpty() ? "the webhook said no" : "the webhook said: " + reason);
    }

    private static URI url(String text) {
        try {
            URI url = URI.create(text.strip());
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException("webhook needs an http(s) URL as value, not " + Quote.of(text));
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook needs an http(s) URL as value, not " + Quote.of(text));
        }
    }
}
