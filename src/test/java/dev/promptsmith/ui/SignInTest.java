package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.BrowserTest;
import dev.promptsmith.support.RawHttp;
import dev.promptsmith.support.RawHttp.Response;
import dev.promptsmith.support.ServerJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The app as an operator runs it for others: on every interface, with an admin password. It is
 * a process of its own (the shared test app has no password); the browser is the shared one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInTest extends BrowserTest {

    private static final String PASSWORD = "correct-horse-battery-staple";

    private static Path folder;
    private static ServerJvm server;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        folder = Files.createTempDirectory("sign-in");
        server = ServerJvm.start(folder, List.of("--server.address=0.0.0.0"),
                Map.of("PROMPTSMITH_ADMIN_PASSWORD", PASSWORD));
        port = server.port(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            assertThat(server.output()).doesNotContain(PASSWORD);
            server.close();
        }
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheSignInPage() throws Exception {
        // when
        Response screen = RawHttp.get(port, "/models", "localhost:" + port);
        Response styles = RawHttp.get(port, "/styles/promptsmith.css", "localhost:" + port);
        Response svgIcon = RawHttp.get(port, "/favicon.svg", "localhost:" + port);
        Response icoIcon = RawHttp.get(port, "/favicon.ico", "localhost:" + port);

        // then
        assertThat(screen.status()).isEqualTo(302);
        assertThat(screen.firstHeader("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        assertThat(screen.firstHeader("Content-Security-Policy")).isPresent();
        assertThat(styles.status()).isEqualTo(200);
        assertThat(svgIcon.status()).isEqualTo(200);
        assertThat(icoIcon.status()).isEqualTo(200);
    }

    @Test
    void signingInWithTheAdminPasswordOpensTheScreenThatWasAskedFor() {
        // given
        page.navigate("http://localhost:" + port + "/models");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));

        // when
        signIn("admin", PASSWORD);

        // then
        assertThat(page).hasURL(Pattern.compile(".*/models(\\?continue)?$"));
        assertThat(page.locator("#model-new")).isVisible();

        // and signing out closes the way again
        page.locator("#sign-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?logout)?$"));
        page.navigate("http://localhost:" + port + "/models");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOut() {
        // given
        page.navigate("http://localhost:" + port + "/prompts");

        // when
        signIn("admin", PASSWORD + "x");

        // then
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("not right");
        page.navigate("http://localhost:" + port + "/prompts");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void afterFiveWrongPasswordsAnAddressMustWaitAMinuteEvenWithTheRightOne() {
        // given: a correct sign-in (which forgets earlier failures), then five wrong passwords from this address
        page.navigate("http://localhost:" + port + "/prompts");
        signIn("admin", PASSWORD);
        page.locator("#sign-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?logout)?$"));
        for (int i = 0; i < 5; i++) {
            page.navigate("http://localhost:" + port + "/prompts");
            signIn("admin", "guess-" + i + "-not-the-password");
            assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        }

        // when: the right one comes next
        page.navigate("http://localhost:" + port + "/prompts");
        signIn("admin", PASSWORD);

        // then: it is held back, and says for how long
        assertThat(page.locator("body")).containsText("Too many wrong passwords from this address: try again in");
        page.navigate("http://localhost:" + port + "/prompts");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    private void signIn(String user, String password) {
        page.locator("vaadin-login-form vaadin-text-field input").fill(user);
        page.locator("vaadin-login-form vaadin-password-field input").fill(password);
        page.locator("vaadin-login-form vaadin-password-field input").press("Enter");
    }
}
