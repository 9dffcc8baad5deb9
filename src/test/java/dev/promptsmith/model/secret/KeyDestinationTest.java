package dev.promptsmith.model.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyDestinationTest {

    private static final String PUBLIC = "https://api.openai.com/v1";

    @ParameterizedTest
    @CsvSource({
            "https://api.openai.com/v1, https://API.OpenAI.com:443/v1/",
            "http://localhost:1234/v1, http://localhost:1234/v1//",
            "http://localhost:80/v1, http://localhost/v1",
            "http://localhost:1234/v1, http://localhost:1234/x/../v1"})
    void urlsAServerCannotTellApartAreOneDestination(String one, String other) {
        assertThat(KeyDestination.of("openai", one, PUBLIC)).isEqualTo(KeyDestination.of("openai", other, PUBLIC));
    }

    @ParameterizedTest
    @CsvSource({
            "https://api.openai.com/v1, https://api.openai.com.evil.example/v1",
            "https://api.openai.com/v1, https://api.openai.com@evil.example/v1",
            "https://api.openai.com/v1, http://api.openai.com/v1",
            "https://api.openai.com/v1, https://api.openai.com:8443/v1",
            "https://api.openai.com/v1, https://api.openai.com/v1/../../elsewhere",
            "http://localhost:1234/v1, http://127.0.0.1:1234/v1"})
    void anyOtherHostPortSchemeOrPathIsAnotherDestination(String one, String other) {
        assertThat(KeyDestination.of("openai", one, PUBLIC).secretName())
                .isNotEqualTo(KeyDestination.of("openai", other, PUBLIC).secretName());
    }

    @ParameterizedTest
    @CsvSource({
            "'', true, provider:openai",
            "https://api.openai.com/v1/, true, provider:openai",
            "http://localhost:1234/v1, false, provider:openai@http://localhost:1234/v1"})
    void theProvidersPublicEndpointKeepsTheSecretNameKeysHadBefore(String baseUrl, boolean isPublic, String secret) {
        KeyDestination destination = KeyDestination.of(" OpenAI ", baseUrl, PUBLIC);

        assertThat(destination.publicEndpoint()).isEqualTo(isPublic);
        assertThat(destination.secretName()).isEqualTo(secret);
    }

    @ParameterizedTest
    @CsvSource({
            "provider:openai, openai (public endpoint)",
            "provider:openai@http://localhost:1234/v1, openai at http://localhost:1234/v1"})
    void aSecretsNameReadsAsItsDestination(String name, String reads) {
        assertThat(KeyDestination.describeSecret(name)).isEqualTo(reads);
    }
}
