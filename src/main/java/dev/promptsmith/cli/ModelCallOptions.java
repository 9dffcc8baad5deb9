package dev.promptsmith.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The options of every command that calls models: where the models given by id are served, and how long one call
 * may take. A command that needs another default time-out makes its own instance with it.
 */
final class ModelCallOptions {

    @Option(names = "--provider-base-url", paramLabel = "URL", description = "The base URL of the providers given by "
            + "id (its config.apiBaseUrl); it gets only a key entered for it or named by apiKeyEnvar in a providers file.")
    private String providerBaseUrl;

    // no defaultValue: picocli takes the field's value as the default, so each command can have its own
    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time-out of one model call.")
    private long timeoutSeconds;

    /** With the usual time-out of 120 seconds. */
    ModelCallOptions() {
        this(Duration.ofSeconds(120));
    }

    ModelCallOptions(Duration defaultTimeout) {
        this.timeoutSeconds = defaultTimeout.toSeconds();
    }

    /** {@code --provider-base-url}, or {@code null}. */
    String providerBaseUrl() {
        return providerBaseUrl;
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
