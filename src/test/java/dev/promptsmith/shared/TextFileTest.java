package dev.promptsmith.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFileTest {

    private static final long LIMIT = 32L * 1024 * 1024;

    @TempDir
    Path temp;

    private Path workspace;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Files.createDirectories(temp.resolve("workspace"));
        Files.createDirectories(workspace.resolve("prompts"));
    }

    @Test
    void readsUtf8TextOfAFileInTheWorkspace() throws Exception {
        Path file = Files.writeString(workspace.resolve("prompts/a.prompty"), "héllo 😀\n");

        assertThat(TextFile.read(workspace, file, "prompts/a.prompty", LIMIT)).isEqualTo("héllo 😀\n");
    }

    @Test
    void aLinkToAFileOutsideTheWorkspaceIsRefusedAndNotRead() throws Exception {
        // given
        Path secret = Files.writeString(temp.resolve("id_rsa"), "PRIVATE KEY");
        Path link = Files.createSymbolicLink(workspace.resolve("prompts/a.prompty"), secret);

        // when / then
        assertThatThrownBy(() -> TextFile.read(workspace, link, "prompts/a.prompty", LIMIT))
                .isInstanceOf(InvalidFileException.class)
                .hasMessage("prompts/a.prompty:1: is a link to " + secret.toRealPath() + ", outside the workspace "
                        + workspace.toRealPath() + "; it is not read (copy the file into the workspace)")
                .hasMessageNotContaining("PRIVATE KEY");
    }

    @Test
    void aFolderLinkedFromOutsideTheWorkspaceIsRefusedToo() throws Exception {
        // given
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.yaml"), "tests: []\n");
        Files.createSymbolicLink(workspace.resolve("testcases"), elsewhere);

        // when / then
        assertThatThrownBy(() -> TextFile.read(workspace, workspace.resolve("testcases/b.yaml"), "testcases/b.yaml", LIMIT))
                .hasMessageStartingWith("testcases/b.yaml:1: is a link to " + elsewhere.toRealPath().resolve("b.yaml"));
    }

    @Test
    void aLinkThatStaysInTheWorkspaceIsFollowed() throws Exception {
        Files.writeString(workspace.resolve("shared.prompty"), "shared text");
        Path link = Files.createSymbolicLink(workspace.resolve("prompts/a.prompty"), Path.of("../shared.prompty"));

        assertThat(TextFile.read(workspace, link, "prompts/a.prompty", LIMIT)).isEqualTo("shared text");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        // given: 100 MB, sparse, so the test writes nothing
        Path big = workspace.resolve("testcases.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        // when / then
        assertThatThrownBy(() -> TextFile.read(workspace, big, "testcases/big.yaml", LIMIT))
                .hasMessage("testcases/big.yaml:1: the file is 100.0 MB, more than the 32.0 MB a file may have "
                        + "(setting promptsmith.max-file-size); it is not read");
        assertThat(threads.getCurrentThreadAllocatedBytes() - allocatedBefore).isLessThan(1024 * 1024);
    }

    @Test
    void textThatIsNotUtf8IsReportedAtTheLineAndColumnOfTheFirstBadByte() throws Exception {
        // given: Latin-1 "é" on line 3, after "caf"
        byte[] bytes = "line one\nline two\ncaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(workspace.resolve("prompts/latin1.prompty"), bytes);

        // when / then
        assertThatThrownBy(() -> TextFile.read(workspace, file, "prompts/latin1.prompty", LIMIT))
                .isInstanceOfSatisfying(InvalidFileException.class, e -> assertThat(e.problems()).containsExactly(
                        new FileProblem("prompts/latin1.prompty", 3, "the file is not UTF-8 text: byte 0xE9 at column 4 "
                                + "(byte 22 of the file) is not UTF-8; save the file as UTF-8")));
    }

    @Test
    void theColumnCountsCharactersNotBytes() {
        byte[] bytes = "ok\n😀é\u0000".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;

        assertThatThrownBy(() -> TextFile.utf8(bytes, "f"))
                .hasMessageStartingWith("f:2: the file is not UTF-8 text: byte 0xFF at column 3 (byte 10 of the file)");
    }
}
