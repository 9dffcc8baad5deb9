package dev.promptsmith.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, as 64 lower-case hex digits. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * Hashes text after normalising line endings, so a checkout with CRLF line endings
     * hashes the same as one with LF and does not look like a change.
     */
    public static String of(String text) {
        String normalised = text.replace("\r\n", "\n");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
