package dev.promptsmith.suite;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.TextFile;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files a suite file references (prompt files, test files, variable files), read relative
 * to the suite file's folder as promptfoo reads them, only inside the workspace and within the
 * size limit. Every file read is remembered, so the suite's version changes when one of them does.
 */
final class SuiteFiles {

    static final String FILE_PREFIX = "file://";
    private static final int MAX_GLOB_DEPTH = 16;
    private static final int MAX_GLOB_MATCHES = 10_000;

    private final Path workspace;
    private final Path folder;
    private final long maxFileSize;
    private final Map<String, String> read;

    /**
     * @param workspace the folder files must stay in
     * @param suiteFile the suite file; references are relative to its folder
     */
    SuiteFiles(Path workspace, Path suiteFile, long maxFileSize) {
        this(workspace.toAbsolutePath().normalize(), suiteFile.toAbsolutePath().normalize().getParent(), maxFileSize,
                new LinkedHashMap<>());
    }

    private SuiteFiles(Path workspace, Path folder, long maxFileSize, Map<String, String> read) {
        this.workspace = workspace;
        this.folder = folder;
        this.maxFileSize = maxFileSize;
        this.read = read;
    }

    /** The same files, with references relative to the folder of {@code file} (a test file's own references). */
    SuiteFiles besides(Path file) {
        return new SuiteFiles(workspace, file.toAbsolutePath().normalize().getParent(), maxFileSize, read);
    }

    /** For a suite read from text alone: any reference to a file is a problem. */
    static SuiteFiles none() {
        return new SuiteFiles(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath().resolve("suite"), 0);
    }

    boolean available() {
        return maxFileSize > 0;
    }

    Path workspace() {
        return workspace;
    }

    /** A reference as written ({@code file://a/b.txt} or {@code a/b.txt}), resolved against the suite's folder. */
    Path resolve(String written) {
        return folder.resolve(strip(written)).normalize();
    }

    static String strip(String written) {
        return written.startsWith(FILE_PREFIX) ? written.substring(FILE_PREFIX.length()) : written;
    }

    static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('[') >= 0 || path.indexOf('{') >= 0;
    }

    /** The files a reference names: itself, or what its glob matches, sorted by path. */
    List<Path> expand(String written) throws IOException {
        String path = strip(written);
        if (!isGlob(path)) {
            return List.of(resolve(path));
        }
        String pattern = folder.resolve(path).normalize().toString().replace('\\', '/');
        int wildcard = firstWildcard(pattern);
        Path root = Path.of(pattern.substring(0, pattern.lastIndexOf('/', wildcard) + 1));
        if (!Files.isDirectory(root) || !root.normalize().startsWith(workspace)) {
            return List.of();
        }
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) {
            return List.of(); // not a pattern a file could match, e.g. a template's {{ }}
        }
        try (Stream<Path> files = Files.walk(root, MAX_GLOB_DEPTH)) {
            return files.filter(Files::isRegularFile).filter(matcher::matches).sorted().limit(MAX_GLOB_MATCHES).toList();
        }
    }

    private static int firstWildcard(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("*?[{".indexOf(pattern.charAt(i)) >= 0) {
                return i;
            }
        }
        return pattern.length();
    }

    /** Reads a referenced file, as text; remembered for the suite's content hash. */
    String read(Path file) throws InvalidFileException {
        String text = TextFile.read(workspace, file, display(file), maxFileSize);
        read.put(display(file), text);
        return text;
    }

    Optional<String> readIfPresent(Path file) throws InvalidFileException {
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The path a person knows a file by: relative to the workspace. */
    String display(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return (normal.startsWith(workspace) ? workspace.relativize(normal) : normal).toString().replace('\\', '/');
    }

    /** A reference as the suite writes it, relative to the suite's folder: what labels show. */
    String written(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return (normal.startsWith(folder) ? folder.relativize(normal) : normal).toString().replace('\\', '/');
    }

    /** Every file read so far: display path to text, in the order read. */
    Map<String, String> filesRead() {
        return java.util.Collections.unmodifiableMap(read);
    }
}
