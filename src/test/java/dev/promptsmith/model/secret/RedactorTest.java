package dev.promptsmith.model.secret;

import static dev.promptsmith.model.secret.TestKeys.PLAINTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String UNKNOWN = "tok-unknown-to-promptsmith-998877";

    @Test
    void replacesEveryOccurrenceOfAKnownValue() {
        // given
        Redactor redactor = new Redactor(List.of(PLAINTEXT));

        // when
        String redacted = redactor.redact("Incorrect API key provided: " + PLAINTEXT + ". You sent " + PLAINTEXT);

        // then
        assertThat(redacted).isEqualTo("Incorrect API key provided: [REDACTED]. You sent [REDACTED]");
    }

    @Test
    void aKnownValueThatContainsAnotherIsRedactedWhole() {
        // given
        Redactor redactor = new Redactor(List.of("abcdef123", "abcdef123456789"));

        // when
        String redacted = redactor.redact("long abcdef123456789 and short abcdef123!");

        // then
        assertThat(redacted).isEqualTo("long [REDACTED] and short [REDACTED]!");
    }

    @Test
    void ignoresKnownValuesShorterThanSixCharactersAndNulls() {
        // given
        Redactor redactor = new Redactor(Arrays.asList("the", "admin", null, "secret"));

        // when
        String redacted = redactor.redact("the admin keeps the secret");

        // then
        assertThat(redacted).isEqualTo("the admin keeps the [REDACTED]");
    }

    @Test
    void aKnownValueIsAlsoRecognisedUrlEncoded() {
        Redactor redactor = new Redactor(List.of("abc/def+ghi=="));

        assertThat(redactor.redact("GET /v1/models?key=abc%2Fdef%2Bghi%3D%3D&alt=json and abc/def+ghi=="))
                .isEqualTo("GET /v1/models?key=[REDACTED]&alt=json and [REDACTED]");
    }

    @Test
    void redactsAnUnknownBearerToken() {
        String request = """
                POST https://api.openai.com/v1/chat/completions
                Authorization: Bearer %s
                Content-Type: application/json
                """.formatted(UNKNOWN);

        String redacted = Redactor.shapesOnly().redact(request);

        assertThat(redacted).isEqualTo("""
                POST https://api.openai.com/v1/chat/completions
                Authorization: Bearer [REDACTED]
                Content-Type: application/json
                """);
    }

    @Test
    void redactsApiKeyHeadersWhateverTheirCase() {
        String headers = "x-api-key: %s\nX-Goog-Api-Key: %s\napi-key: %s\nanthropic-version: 2023-06-01"
                .formatted(UNKNOWN, UNKNOWN, UNKNOWN);

        String redacted = Redactor.shapesOnly().redact(headers);

        assertThat(redacted).isEqualTo(
                "x-api-key: [REDACTED]\nX-Goog-Api-Key: [REDACTED]\napi-key: [REDACTED]\nanthropic-version: 2023-06-01");
    }

    @Test
    void redactsTheKeyQueryParameterOfAUrl() {
        String url = "https://generativelanguage.googleapis.com/v1beta/models/gemini:generateContent?key=%s&alt=sse"
                .formatted(UNKNOWN);

        assertThat(Redactor.shapesOnly().redact(url)).isEqualTo(
                "https://generativelanguage.googleapis.com/v1beta/models/gemini:generateContent?key=[REDACTED]&alt=sse");
    }

    @Test
    void redactsApiKeyFieldsInJson() {
        String json = """
                {"api_key": "%s", "apiKey":"%s", "apiKeyEnvar": "OPENAI_API_KEY", "model": "gpt-4o"}"""
                .formatted(UNKNOWN, UNKNOWN);

        assertThat(Redactor.shapesOnly().redact(json)).isEqualTo("""
                {"api_key": "[REDACTED]", "apiKey":"[REDACTED]", "apiKeyEnvar": "OPENAI_API_KEY", "model": "gpt-4o"}""");
    }

    @Test
    void redactsHeadersPrintedAsJsonOrAsAJavaMap() {
        String json = "{\"Authorization\": \"Bearer %s\", \"x-api-key\": [\"%s\"]}".formatted(UNKNOWN, UNKNOWN);
        String map = "{Authorization=[Bearer %s], x-goog-api-key=[%s]}".formatted(UNKNOWN, UNKNOWN);

        assertThat(Redactor.shapesOnly().redact(json))
                .isEqualTo("{\"Authorization\": \"Bearer [REDACTED]\", \"x-api-key\": [\"[REDACTED]\"]}");
        assertThat(Redactor.shapesOnly().redact(map))
                .isEqualTo("{Authorization=[Bearer [REDACTED]], x-goog-api-key=[[REDACTED]]}");
    }

    @Test
    void redactsKeysShapedLikeTheUsualProvidersKeysAnywhere() {
        String text = "tried sk-proj-AbCdEf0123456789AbCdEf0123 and AIzaSyA1234567890abcdefghijklmnopqrstu";

        assertThat(Redactor.shapesOnly().redact(text)).isEqualTo("tried [REDACTED] and [REDACTED]");
    }

    @Test
    void aKnownValueInACredentialPlaceIsRedactedOnce() {
        Redactor redactor = new Redactor(List.of(PLAINTEXT));
        String text = "Authorization: Bearer %s\nx-api-key: %s\nhttps://x.test/v1?key=%s"
                .formatted(PLAINTEXT, PLAINTEXT, PLAINTEXT);

        String redacted = redactor.redact(text);

        assertThat(redacted).isEqualTo("Authorization: Bearer [REDACTED]\nx-api-key: [REDACTED]\nhttps://x.test/v1?key=[REDACTED]");
        assertThat(redactor.redact(redacted)).isEqualTo(redacted);
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = """
                The bearer of good news said the key points are: tokens, a key=value list and an api key.
                {"max_tokens": 100, "apiKeyEnvar": "OPENAI_API_KEY", "apiKey": null}
                https://example.test/search?q=keys&page=2""";

        assertThat(new Redactor(List.of("key", "news")).redact(text)).isEqualTo(text);
    }

    @Test
    void nullAndEmptyTextStayAsTheyAre() {
        assertThat(Redactor.shapesOnly().redact(null)).isNull();
        assertThat(Redactor.shapesOnly().redact("")).isEmpty();
    }
}
