package dev.promptsmith.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Which key a call carries, as a hash that cannot be turned back into the key: two calls that
 * differ only in their key may get different answers (one a 401), so caches and shared in-flight
 * calls tell them apart by this, never by the key itself.
 */
final class KeyIdentity {

    private static final byte[] DOMAIN = "promptsmith key identity\0".getBytes(StandardCharsets.UTF_8);

    private KeyIdentity() {
    }

    static String of(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(DOMAIN);
            byte[] hash = digest.digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
