package dev.promptsmith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void withoutSettingsTheDefaultsApply() {
        assertThat(InputLimits.from(name -> null))
                .isEqualTo(new InputLimits(Duration.ofSeconds(2), 1_000_000, 32L * 1024 * 1024));
    }

    @Test
    void settingsAreReadInTheUnitsPeopleWrite() {
        // given
        Map<String, String> settings = Map.of("promptsmith.render.timeout", "500ms",
                "promptsmith.render.max-output", "2_000_000", "promptsmith.max-file-size", "64MB");

        // when
        InputLimits limits = InputLimits.from(settings::get);

        // then
        assertThat(limits).isEqualTo(new InputLimits(Duration.ofMillis(500), 2_000_000, 64L * 1024 * 1024));
    }

    @Test
    void aValueThatCannotBeReadNamesTheSettingItsVariableAndAnExample() {
        assertThatThrownBy(() -> InputLimits.from(Map.of("promptsmith.render.timeout", "soon")::get))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("setting promptsmith.render.timeout (PROMPTSMITH_RENDER_TIMEOUT): 'soon' cannot be read; "
                        + "write e.g. 2s or 500ms");
    }

    @Test
    void aLimitOfZeroIsRefused() {
        assertThatThrownBy(() -> InputLimits.from(Map.of("promptsmith.max-file-size", "0")::get))
                .hasMessage("promptsmith.max-file-size must be at least 1 byte, not 0");
    }

    @Test
    void environmentVariablesAreNamedAsSpringNamesThem() {
        assertThat(InputLimits.environmentName(InputLimits.RENDER_MAX_OUTPUT)).isEqualTo("PROMPTSMITH_RENDER_MAX_OUTPUT");
        assertThat(InputLimits.environmentName(InputLimits.MAX_FILE_SIZE)).isEqualTo("PROMPTSMITH_MAX_FILE_SIZE");
    }
}
