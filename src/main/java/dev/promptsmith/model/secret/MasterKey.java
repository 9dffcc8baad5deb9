package dev.promptsmith.model.secret;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES-256 key that encrypts stored secrets. It comes from the environment variable
 * {@value #VARIABLE} (base64 of 32 bytes) when that is set, else from the file {@value #FILE_NAME}
 * in the data folder, which is created on first use with 32 random bytes, readable by its owner
 * only. Losing the key makes the stored secrets unreadable: they then have to be entered again.
 */
public class MasterKey {

    public static final String VARIABLE = "PROMPTSMITH_SECRET_KEY";
    public static final String FILE_NAME = "secret.key";
    static final int BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Function<String, String> environment;
    private final SecureRandom random;
    private SecretKey key;

    /**
     * @param dataDir     the data folder ({@code promptsmith.data-dir}) that holds the key file
     * @param environment reads an environment variable, {@code System::getenv} outside tests
     */
    public MasterKey(Path dataDir, Function<String, String> environment) {
        this(dataDir, environment, new SecureRandom());
    }

    MasterKey(Path dataDir, Function<String, String> environment, SecureRandom random) {
        this.file = dataDir.toAbsolutePath().normalize().resolve(FILE_NAME);
        this.environment = environment;
        this.random = random;
    }

    /**
     * The key, read or created on first use and kept afterwards.
     *
     * @throws SecretKeyException when the variable or the key file does not hold a usable key
     */
    public synchronized SecretKey get() {
        if (key == null) {
            key = load();
        }
        return key;
    }

    /**
     * Checks the key in {@value #VARIABLE}, when it is set, without touching any file: the start of
     * the app stops at once on a key that is no key.
     *
     * @throws SecretKeyException when the variable is set but holds no AES-256 key
     */
    public static void checkVariable(Function<String, String> environment) {
        String value = environment.apply(VARIABLE);
        if (value != null && !value.isBlank()) {
            decodeVariable(value.strip());
        }
    }

    /** Where the key comes from, to show people; never the key itself. */
    public String source() {
        return fromVariable() ? "environment variable " + VARIABLE : "key file " + file;
    }

    Path file() {
        return file;
    }

    private boolean fromVariable() {
        String value = environment.apply(VARIABLE);
        return value != null && !value.isBlank();
    }

    private SecretKey load() {
        if (fromVariable()) {
            return decodeVariable(environment.apply(VARIABLE).strip());
        }
        try {
            return Files.exists(file) ? readFile() : createFile();
        } catch (IOException e) {
            throw new SecretKeyException("Cannot read or create the key file " + file + ": " + e, e);
        }
    }

    // No cause is attached: a decoder's message quotes the offending character of the key.
    private static SecretKey decodeVariable(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException notStandard) {
            try {
                bytes = Base64.getUrlDecoder().decode(text);
            } catch (IllegalArgumentException notUrlSafe) {
                throw new SecretKeyException(VARIABLE + " is not valid base64. " + howToMakeOne());
            }
        }
        if (bytes.length != BYTES) {
            int length = bytes.length;
            Arrays.fill(bytes, (byte) 0);
            throw new SecretKeyException(VARIABLE + " decodes to " + length + " bytes, but an AES-256 key has "
                    + BYTES + ". " + howToMakeOne());
        }
        return aesKey(bytes);
    }

    private static String howToMakeOne() {
        return "Set it to the base64 of " + BYTES + " random bytes, for example the output of "
                + "`openssl rand -base64 " + BYTES + "`, or unset it to use the key file in the data folder.";
    }

    private SecretKey readFile() throws IOException {
        if (posix(file.getParent())) {
            tightenPermissions();
        }
        long size = Files.size(file);
        if (size != BYTES) {
            throw new SecretKeyException("The key file " + file + " holds " + size + " bytes, not " + BYTES
                    + ": it is not a Promptsmith key. Put the original file back; if it is lost, delete it "
                    + "and enter the secrets again.");
        }
        return aesKey(Files.readAllBytes(file));
    }

    private void tightenPermissions() {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (OWNER_ONLY.containsAll(permissions)) {
                return;
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            log.warn("The key file {} was open to other users ({}); it is now readable by its owner only",
                    file, PosixFilePermissions.toString(permissions));
        } catch (IOException e) {
            log.warn("The key file {} is open to other users and could not be restricted to its owner: {}", file, e);
        }
    }

    private SecretKey createFile() throws IOException {
        Path folder = file.getParent();
        Files.createDirectories(folder);
        boolean posix = posix(folder);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        // CREATE_NEW, so a key another process has just written is never replaced by ours.
        try (FileChannel channel = FileChannel.open(file,
                EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            Arrays.fill(bytes, (byte) 0);
            return readFile();
        } catch (IOException e) {
            Arrays.fill(bytes, (byte) 0);
            Files.deleteIfExists(file);
            throw e;
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        log.info("Created the key file {} that encrypts stored secrets; keep it with the database, "
                + "without it the stored secrets cannot be read", file);
        return aesKey(bytes);
    }

    private static boolean posix(Path folder) throws IOException {
        return Files.getFileStore(folder).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static SecretKey aesKey(byte[] bytes) {
        SecretKey key = new SecretKeySpec(bytes, "AES");
        Arrays.fill(bytes, (byte) 0);
        return key;
    }
}
