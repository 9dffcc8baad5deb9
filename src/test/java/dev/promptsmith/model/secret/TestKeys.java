package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import java.util.function.Function;

/** Fixed master keys and environments for tests, and the check that a failure leaks nothing. */
final class TestKeys {

    static final String KEY_A = base64Of(1);
    static final String KEY_B = base64Of(2);
    /** A value distinctive enough that finding it anywhere means it leaked. */
    static final String PLAINTEXT = "sk-test-THIS-MUST-NEVER-APPEAR-1234567890";

    private TestKeys() {
    }

    static Function<String, String> environment(Map<String, String> variables) {
        return variables::get;
    }

    static Function<String, String> withMasterKey(String base64) {
        return environment(Map.of(MasterKey.VARIABLE, base64));
    }

    static Function<String, String> noEnvironment() {
        return environment(Map.of());
    }

    /** Neither the message nor the text of the exception, nor of its causes, contains any of {@code secrets}. */
    static void assertLeaksNothing(Throwable thrown, String... secrets) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (String secret : secrets) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
                assertThat(t.toString()).doesNotContain(secret);
            }
        }
    }

    private static String base64Of(int seed) {
        byte[] bytes = new byte[MasterKey.BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
