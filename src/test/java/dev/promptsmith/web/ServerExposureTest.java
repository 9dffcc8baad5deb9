package dev.promptsmith.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ServerExposureTest {

    private static final WebAccess OPEN = new WebAccess("");
    private static final WebAccess SIGN_IN = new WebAccess("a-long-enough-secret");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.1.1", "::1", "localhost"})
    void listensOnThisMachineWithoutSignIn(String address) throws Exception {
        assertThatCode(() -> ServerExposure.check(InetAddress.getByName(address), OPEN)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.20", "10.0.0.7"})
    void refusesAnyOtherAddressWithoutSignIn(String address) throws Exception {
        assertThatThrownBy(() -> ServerExposure.check(InetAddress.getByName(address), OPEN))
                .isInstanceOf(UnsafeExposureException.class)
                .hasMessageContaining("without sign-in")
                .satisfies(e -> assertThat(((UnsafeExposureException) e).action())
                        .contains("PROMPTSMITH_ADMIN_PASSWORD", "at least 12 characters", "127.0.0.1"));
        assertThatCode(() -> ServerExposure.check(InetAddress.getByName(address), SIGN_IN)).doesNotThrowAnyException();
    }

    @Test
    void noAddressAtAllMeansEveryInterface() {
        assertThatThrownBy(() -> ServerExposure.check(null, OPEN)).hasMessageContaining("every network interface");
    }

    @Test
    void aBlankPasswordIsNoPasswordAndAShortOneIsRefused() {
        assertThat(new WebAccess("   ").signInRequired()).isFalse();
        assertThatThrownBy(() -> new WebAccess("elevenchars"))
                .isInstanceOf(UnsafeExposureException.class)
                .hasMessageContaining("is 11 characters long")
                .hasMessageNotContaining("elevenchars");
    }

    @Test
    void theAccountHoldsOnlyAHashOfThePassword() {
        assertThat(SIGN_IN.adminAccount()).hasValueSatisfying(account -> {
            assertThat(account.getUsername()).isEqualTo("admin");
            assertThat(account.getPassword()).startsWith("{bcrypt}").doesNotContain("a-long-enough-secret");
        });
        assertThat(OPEN.adminAccount()).isEmpty();
        assertThat(SIGN_IN.toString()).doesNotContain("a-long-enough-secret");
    }
}
