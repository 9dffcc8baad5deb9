package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every prompt Promptsmith sends of its own is in the application, as in {@code prompts/}. */
class BundledPromptsTest {

    @Test
    void everyShippedMetaPromptIsInTheApplicationAsInTheFolder() throws IOException {
        int found = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("prompts"), "promptsmith-*.prompty")) {
            for (Path file : files) {
                String name = file.getFileName().toString().replace(PromptyParser.EXTENSION, "");
                assertThat(BundledPrompts.read(name)).get()
                        .extracting(PromptDocument::content).isEqualTo(Files.readString(file));
                found++;
            }
        }
        assertThat(found).as("meta-prompts in prompts/").isGreaterThanOrEqualTo(7);
    }

    @Test
    void anUnknownNameIsEmptyAndRequiringItSaysWhich() {
        assertThat(BundledPrompts.read("promptsmith-nothing")).isEmpty();
        assertThatThrownBy(() -> BundledPrompts.require("promptsmith-nothing"))
                .hasMessageContaining("promptsmith-nothing");
    }
}
