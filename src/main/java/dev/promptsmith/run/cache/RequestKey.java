package dev.promptsmith.run.cache;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.shared.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cache key of a model call: SHA-256 over the canonical request — endpoint, model, the
 * target's parameters and the request's (sorted), the rendered messages. Keys are never part of
 * it: a target holds none, and the name of a key's variable does not change the answer.
 */
public final class RequestKey {

    private RequestKey() {
    }

    public static String of(ModelTarget target, ModelRequest request) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("kind", target.kind().name());
        canonical.put("endpoint", target.effectiveBaseUrl());
        canonical.put("model", target.modelName());
        canonical.put("parameters", new TreeMap<>(target.parameters()));
        Map<String, Object> asked = new TreeMap<>();
        asked.put("temperature", request.temperature());
        asked.put("topP", request.topP());
        asked.put("maxTokens", request.maxTokens());
        asked.put("stop", request.stop());
        asked.put("seed", request.seed());
        asked.put("json", request.json());
        asked.put("jsonSchema", request.jsonSchema());
        canonical.put("request", asked);
        List<List<String>> messages = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            messages.add(List.of(message.role().name(), message.text()));
        }
        canonical.put("messages", messages);
        return sha256(Json.write(canonical));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
