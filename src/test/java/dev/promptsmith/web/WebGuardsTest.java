package dev.promptsmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.AppTest;
import dev.promptsmith.support.RawHttp;
import dev.promptsmith.support.RawHttp.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running app, asked over a plain socket: which Host names it answers to and what every answer carries. */
class WebGuardsTest extends AppTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/styles/promptsmith.css", "/models"})
    void everyAnswerCarriesTheSecurityHeaders(String path) throws Exception {
        // when
        Response response = RawHttp.get(port, path, "localhost:" + port);

        // then
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.firstHeader("Content-Security-Policy")).as(String.join("\n", response.headers())).hasValueSatisfying(policy -> assertThat(policy)
                .contains("img-src 'self' data: blob:", "frame-ancestors 'none'", "default-src 'self'"));
        assertThat(response.firstHeader("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.firstHeader("Referrer-Policy")).contains("no-referrer");
        assertThat(response.firstHeader("X-Frame-Options")).contains("DENY");
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndOutOfScripts() throws Exception {
        // when: the first page of a visit starts a session
        Response response = RawHttp.get(port, "/", "localhost:" + port);

        // then
        assertThat(response.header("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().asString().contains("SameSite=Strict", "HttpOnly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST"})
    void answersToThisMachinesNamesOnAnyPort(String name) throws Exception {
        assertThat(RawHttp.get(port, "/", name + ":" + port).status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/", name).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:80", "localhost.evil.example", "127.0.0.1.nip.io"})
    void refusesAHostNameItWasNotGiven(String host) throws Exception {
        // when: a page at a name that now resolves to this machine (DNS rebinding) asks for the app
        Response response = RawHttp.get(port, "/models", host);

        // then
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("does not answer to the host name '" + host + "'",
                "promptsmith.allowed-hosts");
        assertThat(response.header("Set-Cookie")).isEmpty();
    }

    @Test
    void refusesTheStaticFilesToo() throws Exception {
        assertThat(RawHttp.get(port, "/styles/promptsmith.css", "evil.example").status()).isEqualTo(403);
    }
}
