package dev.promptsmith.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code status.txt}: per config one line, {@code NAME matches}, {@code NAME refused FILE:LINE: MESSAGE START}
 * (what our {@code run} must say, exiting 2) or {@code NAME diverges REASON} (we run it but differ from
 * promptfoo: skipped by the test, with the reason). {@code #} starts a comment.
 */
record Manifest(Map<String, Entry> entries) {

    static final Path FILE = ConformanceFolders.ROOT.resolve("status.txt");

    enum Status { MATCHES, REFUSED, DIVERGES }

    record Entry(Status status, String detail, int line) {
    }

    static Manifest read() {
        try {
            Map<String, Entry> entries = new LinkedHashMap<>();
            int number = 0;
            for (String line : Files.readAllLines(FILE)) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 3);
                Status status;
                try {
                    status = Status.valueOf(parts.length < 2 ? "" : parts[1].toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(FILE.getFileName() + ":" + number
                            + ": a line is NAME matches, NAME refused FILE:LINE: MESSAGE or NAME diverges REASON");
                }
                String detail = parts.length > 2 ? parts[2].strip() : "";
                if (status != Status.MATCHES && detail.isEmpty()) {
                    throw new IllegalStateException(FILE.getFileName() + ":" + number + ": '" + parts[1]
                            + "' needs the message or the reason after it");
                }
                if (entries.put(parts[0], new Entry(status, detail, number)) != null) {
                    throw new IllegalStateException(FILE.getFileName() + ":" + number + ": " + parts[0] + " twice");
                }
            }
            return new Manifest(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
