package dev.promptsmith.model.secret;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a secret for storage with AES/GCM: a random 12-byte IV per value, a 128-bit tag, and
 * the secret's name as associated data, so a stored value only decrypts under its own name. The
 * stored form is {@code v1:} followed by the base64 of IV and ciphertext.
 */
public class SecretCipher {

    static final String VERSION = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final MasterKey key;
    private final SecureRandom random;

    public SecretCipher(MasterKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    /** The stored form of {@code plaintext}, bound to {@code name}. */
    public String encrypt(String name, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, name, iv);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot encrypt with " + TRANSFORMATION, e);
        }
    }

    /**
     * The plaintext of a value {@link #encrypt} stored under {@code name}.
     *
     * @throws UnreadableSecretException when the value was encrypted under another key or name,
     *                                   was changed, or is not in a form this version reads
     */
    public String decrypt(String name, String stored) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new UnreadableSecretException(name, "it is not stored in a form this version of Promptsmith reads",
                    null);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException(name, "its stored value is not valid base64", null);
        }
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableSecretException(name, "its stored value is too short", null);
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, name, Arrays.copyOf(bytes, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), UTF_8);
        } catch (AEADBadTagException e) {
            throw new UnreadableSecretException(name,
                    "it was encrypted with another key or under another name, or was changed", e);
        } catch (GeneralSecurityException e) {
            throw new UnreadableSecretException(name, "decryption failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private Cipher cipher(int mode, String name, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.get(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(name.getBytes(UTF_8));
        return cipher;
    }
}
