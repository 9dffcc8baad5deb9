package dev.promptsmith.run.cache;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.ModelRequest;
import dev.promptsmith.model.ModelTarget;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cache key of a model call: SHA-256 over the canonical request — endpoint, model, the
 * target's parameters and the request's (sorted), the rendered messages, and which key the call
 * carries, as the gateway's hash of it (two keys can get two answers: one a 401). The key itself is
 * never part of it, nor the name of its variable. Each part is written with its length first, so no
 * two requests share a canonical form.
 */
public final class RequestKey {

    private RequestKey() {
    }

    /** @param keyIdentity the gateway's hash of the key the call carries, {@code ""} for none */
    public static String of(ModelTarget target, ModelRequest request, String keyIdentity) {
        StringBuilder canonical = new StringBuilder(256);
        part(canonical, keyIdentity);
        part(canonical, target.kind().name());
        part(canonical, target.effectiveBaseUrl());
        part(canonical, target.modelName());
        part(canonical, String.valueOf(new TreeMap<>(target.parameters())));
        Map<String, Object> asked = new TreeMap<>();
        asked.put("temperature", request.temperature());
        asked.put("topP", request.topP());
        asked.put("maxTokens", request.maxTokens());
        asked.put("stop", request.stop());
        asked.put("seed", request.seed());
        asked.put("json", request.json());
        asked.put("jsonSchema", request.jsonSchema() == null ? null : new TreeMap<>(request.jsonSchema()));
        part(canonical, String.valueOf(asked));
        for (ChatMessage message : request.messages()) {
            part(canonical, message.role().name());
            part(canonical, message.text());
        }
        return sha256(canonical.toString());
    }

    private static void part(StringBuilder canonical, String text) {
        String value = text == null ? "" : text;
        canonical.append(value.length()).append(':').append(value).append(';');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
