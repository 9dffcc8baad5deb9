package dev.promptsmith.model.secret;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Named secrets in the database, encrypted; only this class sees their stored form. */
@Repository
public class SecretStore {

    static final int MAX_NAME_LENGTH = 200;

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    public SecretStore(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Stores {@code value} under {@code name}, replacing what was there. */
    public void put(String name, String value) {
        checkName(name);
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("The secret \"" + name + "\" cannot be empty");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String ciphertext = cipher.encrypt(name, value);
        int updated = jdbc.sql("update secret set ciphertext = :ciphertext, updated_at = :now where name = :name")
                .param("ciphertext", ciphertext)
                .param("now", now)
                .param("name", name)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into secret (name, ciphertext, created_at, updated_at) values (:name, :ciphertext, :now, :now)")
                    .param("name", name)
                    .param("ciphertext", ciphertext)
                    .param("now", now)
                    .update();
        }
    }

    /**
     * The clear value of a secret, or empty when there is none by that name.
     *
     * @throws UnreadableSecretException when it is stored but cannot be decrypted
     */
    public Optional<String> get(String name) {
        return jdbc.sql("select ciphertext from secret where name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .map(stored -> cipher.decrypt(name, stored));
    }

    /** Removes a secret; returns whether there was one by that name. */
    public boolean delete(String name) {
        return jdbc.sql("delete from secret where name = :name").param("name", name).update() > 0;
    }

    /** The names of all stored secrets, sorted. */
    public List<String> names() {
        return jdbc.sql("select name from secret order by name").query(String.class).list();
    }

    /** A secret as it may be shown, see {@link Masking#mask}. */
    public Optional<String> masked(String name) {
        return get(name).map(Masking::mask);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A secret's name has 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }
}
