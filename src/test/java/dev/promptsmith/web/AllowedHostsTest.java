package dev.promptsmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedHostsTest {

    private final AllowedHosts byDefault = new AllowedHosts("", InetAddress.getLoopbackAddress());

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8080", "127.0.0.1:1", "[::1]", "[::1]:8080",
            "[0:0:0:0:0:0:0:1]:8080", "LocalHost:8080"})
    void answersToThisMachinesNamesOnAnyPort(String host) {
        assertThat(byDefault.permits(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "localhost.evil.example", "127.0.0.1.nip.io",
            "192.168.1.20:8080", "[fe80::1]", "", " "})
    void refusesEveryOtherName(String host) {
        assertThat(byDefault.permits(host)).isFalse();
    }

    @Test
    void refusesARequestWithoutHost() {
        assertThat(byDefault.permits(null)).isFalse();
    }

    @Test
    void answersToTheNamesTheOperatorListedAndToTheAddressItIsBoundTo() throws Exception {
        // given
        AllowedHosts hosts = new AllowedHosts(" promptsmith.team.example , 10.0.0.7,fe80::1, llm.lan:8080 ",
                InetAddress.getByName("192.168.1.20"));

        // then
        assertThat(hosts.permits("promptsmith.team.example:8443")).isTrue();
        assertThat(hosts.permits("PROMPTSMITH.team.example")).isTrue();
        assertThat(hosts.permits("10.0.0.7:8080")).isTrue();
        assertThat(hosts.permits("[fe80:0:0:0:0:0:0:1]:8080")).isTrue();
        assertThat(hosts.permits("192.168.1.20:8080")).isTrue();
        assertThat(hosts.permits("localhost:8080")).isTrue();
        assertThat(hosts.permits("llm.lan:9090")).as("a listed name's port is ignored").isTrue();
        assertThat(hosts.permits("other.team.example")).isFalse();
    }

    @Test
    void aStarAnswersToAnyName() {
        assertThat(new AllowedHosts("*", null).permits("anything.example")).isTrue();
    }
}
