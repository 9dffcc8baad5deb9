package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.shared.InvalidFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The meta-prompts shipped in the jar (copied from {@code prompts/} at build time), for a workspace without them. */
final class BundledMetaPrompts {

    private BundledMetaPrompts() {
    }

    static PromptDocument read(String name) {
        String resource = "/meta-prompts/" + name + PromptyParser.EXTENSION;
        try (InputStream in = BundledMetaPrompts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the meta-prompt " + name + " is not in the application (" + resource + ")");
            }
            return new PromptyParser().parse(name + PromptyParser.EXTENSION, name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
