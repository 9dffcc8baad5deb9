package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.KEY_A;
import static dev.promptsmith.model.secret.TestKeys.KEY_B;
import static dev.promptsmith.model.secret.TestKeys.PLAINTEXT;
import static dev.promptsmith.model.secret.TestKeys.assertLeaksNothing;
import static dev.promptsmith.model.secret.TestKeys.withMasterKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCipherTest {

    private static final String NAME = "provider:openai";

    @TempDir
    Path temp;

    @Test
    void decryptsWhatItEncrypted() {
        // given
        SecretCipher cipher = cipher(KEY_A);

        // when
        String stored = cipher.encrypt(NAME, PLAINTEXT);

        // then
        assertThat(cipher.decrypt(NAME, stored)).isEqualTo(PLAINTEXT);
    }

    @Test
    void theStoredFormIsVersionedBase64OfIvCiphertextAndTag() {
        // when
        String stored = cipher(KEY_A).encrypt(NAME, PLAINTEXT);

        // then
        assertThat(stored).startsWith("v1:").doesNotContain(PLAINTEXT);
        byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
        assertThat(bytes).hasSize(12 + PLAINTEXT.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        // given
        SecretCipher cipher = cipher(KEY_A);

        // when
        String first = cipher.encrypt(NAME, PLAINTEXT);
        String second = cipher.encrypt(NAME, PLAINTEXT);

        // then
        assertThat(first).isNotEqualTo(second);
        assertThat(first.substring(0, 19)).isNotEqualTo(second.substring(0, 19));
    }

    @Test
    void aValueMovedToAnotherNameCannotBeDecrypted() {
        // given
        SecretCipher cipher = cipher(KEY_A);
        String stored = cipher.encrypt(NAME, PLAINTEXT);

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> cipher.decrypt("provider:anthropic", stored));

        // then
        assertThat(thrown).hasMessage("The secret \"provider:anthropic\" cannot be read: it was encrypted with "
                + "another key or under another name, or was changed. Enter it again.");
        assertThat(thrown.name()).isEqualTo("provider:anthropic");
        assertLeaksNothing(thrown, PLAINTEXT, KEY_A);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        // given
        String stored = cipher(KEY_A).encrypt(NAME, PLAINTEXT);

        // when
        UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                () -> cipher(KEY_B).decrypt(NAME, stored));

        // then
        assertThat(thrown).hasMessageContaining("\"provider:openai\"").hasMessageContaining("another key");
        assertLeaksNothing(thrown, PLAINTEXT, KEY_A, KEY_B);
    }

    @Test
    void aChangeToAnyPartOfTheStoredValueIsDetected() {
        // given
        SecretCipher cipher = cipher(KEY_A);
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(NAME, PLAINTEXT).substring(3));

        for (int position : new int[] {0, 11, 12, 20, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[position] ^= 1;
            String tampered = "v1:" + Base64.getEncoder().encodeToString(changed);

            // when
            UnreadableSecretException thrown = catchThrowableOfType(UnreadableSecretException.class,
                    () -> cipher.decrypt(NAME, tampered));

            // then
            assertThat(thrown).as("byte %d changed", position).hasMessageContaining("was changed");
            assertLeaksNothing(thrown, PLAINTEXT, KEY_A);
        }
    }

    @Test
    void valuesNotInTheStoredFormAreClearErrors() {
        SecretCipher cipher = cipher(KEY_A);
        String valid = cipher.encrypt(NAME, PLAINTEXT);

        assertThat(catchThrowableOfType(UnreadableSecretException.class, () -> cipher.decrypt(NAME, PLAINTEXT)))
                .hasMessageContaining("not stored in a form this version of Promptsmith reads")
                .satisfies(thrown -> assertLeaksNothing(thrown, PLAINTEXT));
        assertThat(catchThrowableOfType(UnreadableSecretException.class, () -> cipher.decrypt(NAME, "v1:%%%")))
                .hasMessageContaining("not valid base64");
        assertThat(catchThrowableOfType(UnreadableSecretException.class,
                () -> cipher.decrypt(NAME, valid.substring(0, 27))))
                .hasMessageContaining("too short");
        assertThat(catchThrowableOfType(UnreadableSecretException.class,
                () -> cipher.decrypt(NAME, "v2:" + valid.substring(3))))
                .hasMessageContaining("not stored in a form");
    }

    private SecretCipher cipher(String base64Key) {
        return new SecretCipher(new MasterKey(temp, withMasterKey(base64Key)), new SecureRandom());
    }
}
