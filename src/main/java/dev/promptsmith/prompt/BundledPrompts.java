package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Promptsmith's own prompts ({@code prompts/promptsmith-*.prompty}, copied into the jar at build time), for a
 * workspace that has none of its own.
 */
public final class BundledPrompts {

    private BundledPrompts() {
    }

    /** The shipped prompt of this name, or empty when the application has none. */
    public static Optional<PromptDocument> read(String name) {
        String resource = "/meta-prompts/" + name + PromptyParser.EXTENSION;
        try (InputStream in = BundledPrompts.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new PromptyParser().parse(name + PromptyParser.EXTENSION, name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            throw new IllegalStateException("the shipped prompt " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@link #read(String)}, failing when the application lacks it. */
    public static PromptDocument require(String name) {
        return read(name).orElseThrow(() -> new IllegalStateException("the meta-prompt " + name
                + " is not in the application (/meta-prompts/" + name + PromptyParser.EXTENSION + ")"));
    }
}
