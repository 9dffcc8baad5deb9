package dev.promptsmith.model;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The LangChain4j models of the targets, built once per target and key: building one looks up
 * LangChain4j's service providers on the class path, which costs more than a local call. The
 * key is held by the model only; the map knows it by its hash.
 */
final class ChatModels {

    private static final int MAX_ENTRIES = 256;

    private record Key(ModelTarget target, String keyHash) {
    }

    private final HttpClientBuilder http;
    private final Duration timeout;
    private final Map<Key, ChatModel> blocking = new ConcurrentHashMap<>();
    private final Map<Key, StreamingChatModel> streaming = new ConcurrentHashMap<>();

    ChatModels(HttpClientBuilder http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    ChatModel blocking(ModelTarget target, String key) {
        if (blocking.size() > MAX_ENTRIES) {
            blocking.clear();
        }
        return blocking.computeIfAbsent(new Key(target, hash(key)),
                k -> ProviderModels.blocking(target, key, http, timeout));
    }

    StreamingChatModel streaming(ModelTarget target, String key) {
        if (streaming.size() > MAX_ENTRIES) {
            streaming.clear();
        }
        return streaming.computeIfAbsent(new Key(target, hash(key)),
                k -> ProviderModels.streaming(target, key, http, timeout));
    }

    private static String hash(String key) {
        if (key == null) {
            return "";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
