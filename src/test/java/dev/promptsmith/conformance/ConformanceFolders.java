package dev.promptsmith.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The conformance configs in {@code src/test/resources/promptfoo-conformance/}, one folder each, and
 * their copies with the simulator's port filled in (the literal {@code SIMULATOR_PORT}).
 */
final class ConformanceFolders {

    static final Path ROOT = Path.of("src/test/resources/promptfoo-conformance").toAbsolutePath();
    static final String CONFIG = "promptfooconfig.yaml";
    static final String EXPECTED = "expected.json";
    private static final String PORT = "SIMULATOR_PORT";

    private ConformanceFolders() {
    }

    /** The config folders, by name (their number first). */
    static List<Path> all() {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(CONFIG))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder into {@code target} (which must not exist), with the port in place of SIMULATOR_PORT. */
    static Path copy(Path folder, Path target, int port) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(folder.relativize(file).toString());
                String name = file.getFileName().toString();
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!name.equals(EXPECTED)) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(copy, text.replace(PORT, String.valueOf(port)), StandardCharsets.UTF_8);
                }
            }
            return target.resolve(CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
