package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void aLongKeyShowsItsFirstThreeAndLastFourCharacters() {
        assertThat(Masking.mask("sk-proj-0123456789abcdefghijklmnopqrstuvwxyzabcd")).isEqualTo("sk-…abcd");
        assertThat(Masking.mask("sk-ant-api03-abcdefghijkl")).isEqualTo("sk-…ijkl");
    }

    @Test
    void aSecretShorterThanTwelveCharactersShowsNothing() {
        for (String secret : new String[] {"", "a", "hunter2", "password123"}) {
            assertThat(Masking.mask(secret)).as(secret).isEqualTo("••••");
        }
    }

    @Test
    void aSecretOfTwelveToTwentyCharactersShowsLessSoNeverMoreThanAThird() {
        assertThat(Masking.mask("abcdefgh1234")).isEqualTo("…1234");
        assertThat(Masking.mask("abcdefghijk1234")).isEqualTo("a…1234");
        assertThat(Masking.mask("abcdefghijklmn1234")).isEqualTo("ab…1234");
        assertThat(Masking.mask("abcdefghijklmnopq1234")).isEqualTo("abc…1234");
    }

    @Test
    void neverShowsMoreThanAThirdOfAnySecret() {
        StringBuilder secret = new StringBuilder();
        for (int length = 1; length <= 80; length++) {
            secret.append((char) ('a' + length % 26));
            String masked = Masking.mask(secret.toString());
            int shown = masked.equals("••••") ? 0 : masked.length() - 1;
            assertThat(shown).as("length %d: %s", length, masked).isLessThanOrEqualTo(length / 3);
            if (shown > 0) {
                String[] parts = masked.split("…", -1);
                assertThat(secret.toString()).startsWith(parts[0]).endsWith(parts[1]);
            }
        }
    }
}
