package dev.promptsmith.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalAddressTest {

    @ParameterizedTest(name = "{0} is local: {1}")
    @CsvSource({
            "http://localhost:11434, true",
            "http://127.0.0.1:1234/v1, true",
            "http://[::1]:8080/v1, true",
            "http://10.0.0.5:8000/v1, true",
            "http://172.20.1.1:8000, true",
            "http://192.168.1.20:11434, true",
            "http://169.254.10.10:11434, true",
            "http://[fd12:3456::1]:11434, true",
            "http://gpu-box:11434, true",
            "http://host.docker.internal:11434, true",
            "http://studio.local:1234/v1, true",
            "http://ollama.localhost, true",
            "https://api.openai.com/v1, false",
            "https://ollama.com, false",
            "http://172.32.0.1:8000, false",
            "http://8.8.8.8/v1, false",
            "http://[2001:db8::1]/v1, false",
            "not a url at all, false",
            "'', false"})
    void anAddressIsLocalWhenItIsThisMachineOrAPrivateNetworkJudgedWithoutLookingItUp(String url, boolean local) {
        assertThat(LocalAddress.isLocal(url)).isEqualTo(local);
    }
}
