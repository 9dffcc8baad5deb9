package dev.promptsmith.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder holds the database (every prompt, output and run) and the key file: it is
 * made readable by its owner only ({@code 0700}, its files {@code 0600}), whatever the umask,
 * so other users of the machine cannot read it. Files the database creates later inherit the
 * folder's protection. Where the file system has no POSIX permissions, nothing is changed.
 */
public final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataFolder() {
    }

    /** Creates the folder for its owner only, or narrows an existing one to its owner. */
    public static void secure(Path folder) {
        try {
            Path absolute = folder.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                Files.createDirectories(absolute);
            }
            if (!posix(absolute)) {
                return;
            }
            narrow(absolute, FOLDER);
            try (Stream<Path> files = Files.list(absolute)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    narrow(file, FILE);
                }
            }
        } catch (IOException e) {
            log.warn("The data folder {} could not be made readable by its owner only: {}", folder, e.toString());
        }
    }

    private static void narrow(Path path, Set<PosixFilePermission> wanted) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
        if (!now.equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static boolean posix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
