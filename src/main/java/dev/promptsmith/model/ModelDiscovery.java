package dev.promptsmith.model;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds local models: Ollama's {@code /api/tags} and the {@code /models} list of every
 * OpenAI-compatible server among the stored targets. A server that does not answer quickly
 * is skipped; nothing here is needed for the app to work.
 */
@Service
public class ModelDiscovery {

    private static final Logger log = LoggerFactory.getLogger(ModelDiscovery.class);
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ModelTargetStore targets;
    private final ApiKeyResolver keys;
    private final String ollamaUrl;
    private volatile List<DiscoveredModel> last = List.of();

    public ModelDiscovery(ModelTargetStore targets, ApiKeyResolver keys,
                          @Value("${promptsmith.ollama-url:http://localhost:11434}") String ollamaUrl) {
        this.targets = targets;
        this.keys = keys;
        this.ollamaUrl = ollamaUrl;
    }

    /** What the latest discovery found. */
    public List<DiscoveredModel> lastFound() {
        return last;
    }

    /** Asks Ollama and the configured OpenAI-compatible servers which models they have. */
    public List<DiscoveredModel> discover() {
        List<DiscoveredModel> found = new ArrayList<>(ollama(ollamaUrl));
        Set<String> servers = new LinkedHashSet<>();
        for (ModelTarget target : targets.all()) {
            if (target.kind() == ProviderKind.OLLAMA && target.baseUrl() != null && !target.baseUrl().equals(ollamaUrl)) {
                found.addAll(ollama(target.baseUrl()));
            } else if (target.kind() == ProviderKind.OPENAI && target.baseUrl() != null
                    && servers.add(target.baseUrl())) {
                found.addAll(openAiCompatible(target));
            }
        }
        last = List.copyOf(new LinkedHashSet<>(found));
        return last;
    }

    private List<DiscoveredModel> ollama(String baseUrl) {
        List<DiscoveredModel> models = new ArrayList<>();
        get(trim(baseUrl) + "/api/tags", null).ifPresent(json -> json.path("models").forEach(model ->
                models.add(new DiscoveredModel(ProviderKind.OLLAMA, model.path("name").asString(), trim(baseUrl)))));
        return models;
    }

    private List<DiscoveredModel> openAiCompatible(ModelTarget target) {
        List<DiscoveredModel> models = new ArrayList<>();
        String key;
        try {
            key = keys.apiKey(target).orElse(null);
        } catch (RuntimeException e) {
            // a key that cannot be read or a variable that may not be: the list is asked for without one
            key = null;
        }
        get(trim(target.baseUrl()) + "/models", key).ifPresent(json ->
                json.path("data").forEach(model -> models.add(new DiscoveredModel(ProviderKind.OPENAI,
                        model.path("id").asString(), trim(target.baseUrl())))));
        return models;
    }

    private java.util.Optional<JsonNode> get(String url, String key) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.info("Model list at {} answered HTTP {}", url, response.statusCode());
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(JSON.readTree(response.body()));
        } catch (IOException | RuntimeException e) {
            log.debug("No model list at {}: {}", url, e.toString());
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
