package dev.promptsmith.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a prompt or suite file of a workspace as UTF-8 text, refusing before anything is read
 * what a workspace's files must not do: lead out of the workspace through a symbolic link (a
 * file from a pull request could otherwise bring {@code ~/.ssh/id_rsa} into a run's prompt),
 * or be larger than the limit (a 100 MB file would otherwise be read whole before being refused).
 * Text that is not UTF-8 is reported at the line and column of the first byte that is not.
 */
public final class TextFile {

    private TextFile() {
    }

    /**
     * @param workspace the folder the file must stay in, links resolved
     * @param file      the file to read
     * @param shown     the file as problems name it, e.g. {@code prompts/invoice.prompty}
     * @param maxBytes  the largest file read ({@code promptsmith.max-file-size})
     */
    public static String read(Path workspace, Path file, String shown, long maxBytes) throws InvalidFileException {
        try {
            Path real = file.toRealPath();
            Path root = workspace.toRealPath();
            if (!real.startsWith(root)) {
                throw new InvalidFileException(shown, 0, "is a link to " + real
                        + ", outside the workspace " + root + "; it is not read (copy the file into the workspace)");
            }
            long size = Files.size(real);
            if (size > maxBytes) {
                throw tooBig(shown, size, maxBytes);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                // the file may have grown since its size was asked
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                throw tooBig(shown, bytes.length, maxBytes);
            }
            return utf8(bytes, shown);
        } catch (IOException e) {
            throw new InvalidFileException(shown, 0, "cannot read the file: " + e.getMessage());
        }
    }

    /** Decodes UTF-8, or names the line, column and byte of the first bytes that are not UTF-8. */
    public static String utf8(byte[] bytes, String shown) throws InvalidFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the column counts characters, as an editor shows them, not bytes
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            int column = before.codePointCount(0, before.length()) + 1;
            throw new InvalidFileException(shown, line, String.format(Locale.ROOT,
                    "the file is not UTF-8 text: byte 0x%02X at column %d (byte %d of the file) is not UTF-8; "
                            + "save the file as UTF-8", bytes[at] & 0xff, column, at + 1));
        }
        return out.flip().toString();
    }

    /** A file (or text brought in another way, e.g. uploaded) of {@code size} bytes, over the limit. */
    public static InvalidFileException tooBig(String shown, long size, long maxBytes) {
        return new InvalidFileException(shown, 0, "the file is " + megabytes(size) + ", more than the "
                + megabytes(maxBytes) + " a file may have (setting " + InputLimits.MAX_FILE_SIZE + "); it is not read");
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
