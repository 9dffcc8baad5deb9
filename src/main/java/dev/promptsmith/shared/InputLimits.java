package dev.promptsmith.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * How much work a file a person wrote may cause: how long one render of a prompt may take, how
 * many characters it may write, and how big a prompt or suite file may be before it is read.
 * The app and the command line read the same settings from the same places, a Java system
 * property ({@code -Dpromptsmith.render.timeout=5s}) or else an environment variable
 * ({@code PROMPTSMITH_RENDER_TIMEOUT=5s}), so a file that passes {@code check-files} in CI
 * imports in the app.
 *
 * @param renderTimeout   {@value #RENDER_TIMEOUT}: one render (a preview, a file's check, a run's cell)
 * @param renderMaxOutput {@value #RENDER_MAX_OUTPUT}: characters one render may write
 * @param maxFileSize     {@value #MAX_FILE_SIZE}: bytes of a prompt or suite file; larger ones are not read
 */
public record InputLimits(Duration renderTimeout, long renderMaxOutput, long maxFileSize) {

    public static final String RENDER_TIMEOUT = "promptsmith.render.timeout";
    public static final String RENDER_MAX_OUTPUT = "promptsmith.render.max-output";
    public static final String MAX_FILE_SIZE = "promptsmith.max-file-size";

    /**
     * 2 s renders a long prompt many times over, 1,000,000 characters is some 250,000 tokens (more
     * than any model reads), and 32 MB holds a suite of 20,000 cases six times over.
     */
    public static final InputLimits DEFAULTS = new InputLimits(Duration.ofSeconds(2), 1_000_000,
            DataSize.ofMegabytes(32).toBytes());

    public InputLimits {
        if (renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException(RENDER_TIMEOUT + " must be more than zero, not " + renderTimeout);
        }
        if (renderMaxOutput < 1) {
            throw new IllegalArgumentException(RENDER_MAX_OUTPUT + " must be at least 1, not " + renderMaxOutput);
        }
        if (maxFileSize < 1) {
            throw new IllegalArgumentException(MAX_FILE_SIZE + " must be at least 1 byte, not " + maxFileSize);
        }
    }

    /** The limits set for this process: system properties first, then environment variables, else {@link #DEFAULTS}. */
    public static InputLimits configured() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(environmentName(name));
        });
    }

    /**
     * The limits from a lookup of settings by name (e.g. {@code promptsmith.render.timeout}).
     *
     * @throws IllegalArgumentException naming the setting whose value cannot be read
     */
    public static InputLimits from(UnaryOperator<String> settings) {
        return new InputLimits(
                setting(settings, RENDER_TIMEOUT, DEFAULTS.renderTimeout, v -> DurationStyle.detectAndParse(v)),
                setting(settings, RENDER_MAX_OUTPUT, DEFAULTS.renderMaxOutput, v -> Long.parseLong(v.replace("_", ""))),
                setting(settings, MAX_FILE_SIZE, DEFAULTS.maxFileSize, v -> DataSize.parse(v).toBytes()));
    }

    /** {@code promptsmith.render.max-output} is {@code PROMPTSMITH_RENDER_MAX_OUTPUT}, as Spring reads it. */
    public static String environmentName(String setting) {
        return setting.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T setting(UnaryOperator<String> settings, String name, T fallback, Parser<T> parser) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parser.parse(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting " + name + " (" + environmentName(name) + "): '" + value
                    + "' cannot be read; write e.g. " + example(name));
        }
    }

    private static String example(String name) {
        return switch (name) {
            case RENDER_TIMEOUT -> "2s or 500ms";
            case MAX_FILE_SIZE -> "32MB";
            default -> "1000000";
        };
    }
}
