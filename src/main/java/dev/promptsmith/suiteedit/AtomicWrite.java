package dev.promptsmith.suiteedit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary file beside it, so the watcher and other readers never see half of it. */
final class AtomicWrite {

    private AtomicWrite() {
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        // a name the suites folder does not list (not .yaml), so the watcher never imports it
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
