package dev.promptsmith.exchange;

import dev.promptsmith.prompt.PromptLifecycle;
import dev.promptsmith.prompt.PromptsFolder;
import dev.promptsmith.prompt.RenameResult;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.suite.SuitesFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Renames a prompt together with the suite files that name its file. A suite's reference is rewritten
 * only where it is plainly {@code file://prompts/OLD.prompty} (or {@code file://../prompts/OLD.prompty}): then
 * the new text is exactly what a person would type, and the suite keeps testing the same prompt. Any other
 * mention of the file (a test's {@code prompts} filter, a label, a comment) could mean something a text
 * replacement gets wrong, so the rename is refused with that mention's {@code file:line}, before anything
 * changed. A glob such as {@code file://prompts/*.prompty} names no file and follows the rename by itself.
 * Imports wait while a rename runs, so the watcher never sees the new file before the database knows it.
 */
@Service
public class PromptRename {

    private final PromptLifecycle lifecycle;
    private final WorkspaceImporter importer;
    private final Path workspace;

    PromptRename(PromptLifecycle lifecycle, WorkspaceImporter importer,
                 @Value("${promptsmith.workspace}") String workspace) {
        this.lifecycle = lifecycle;
        this.importer = importer;
        this.workspace = Path.of(workspace).toAbsolutePath().normalize();
    }

    public RenameResult rename(String name, String newName) {
        return importer.exclusive(() -> renameNow(name, newName));
    }

    private RenameResult renameNow(String name, String newName) {
        Map<Path, String> suites = new LinkedHashMap<>();
        try {
            for (Path file : SuitesFolder.files(workspace)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String refusal = refusal(text, name, WorkspaceReader.display(workspace, file));
                if (refusal != null) {
                    return RenameResult.refused(refusal);
                }
                if (references(name).matcher(text).find()) {
                    suites.put(file, text);
                }
            }
        } catch (IOException e) {
            return RenameResult.refused("the suite files cannot be checked for the prompt: " + e.getMessage());
        }
        RenameResult renamed = lifecycle.rename(name, newName);
        if (!renamed.renamed()) {
            return renamed;
        }
        List<String> problems = new ArrayList<>(renamed.problems());
        List<String> notes = new ArrayList<>(renamed.notes());
        suites.forEach((file, text) -> {
            String shown = WorkspaceReader.display(workspace, file);
            String rewritten = references(name).matcher(text)
                    .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + file(newName)));
            try {
                Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
                Files.writeString(temporary, rewritten, StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                notes.add(shown + " now names " + file(newName));
            } catch (IOException e) {
                problems.add(shown + " still names " + file(name) + ": it could not be written (" + e.getMessage()
                        + "); change it by hand");
            }
        });
        return new RenameResult(true, problems, notes);
    }

    /** The first mention of the prompt's file that is not a plain reference, as {@code file:line: why}; or null. */
    static String refusal(String text, String name, String shown) {
        Matcher mention = mentions(name).matcher(text);
        Matcher reference = references(name).matcher(text);
        while (mention.find()) {
            int at = mention.start();
            boolean plain = false;
            reference.reset();
            while (reference.find()) {
                plain |= reference.start(2) == at;
            }
            if (!plain) {
                int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                return shown + ":" + line + ": names " + file(name) + " other than as a file:// reference of its "
                        + "prompts; rename it there by hand, or change that line first";
            }
        }
        return null;
    }

    private static String file(String name) {
        return PromptsFolder.NAME + "/" + name + PromptyParser.EXTENSION;
    }

    private static Pattern mentions(String name) {
        return Pattern.compile("(?<![A-Za-z0-9_.-])" + Pattern.quote(file(name)) + "(?![A-Za-z0-9_.-])");
    }

    /** Group 1: {@code file://} with an optional {@code ../}; group 2: the prompt's path. */
    private static Pattern references(String name) {
        return Pattern.compile("(file://(?:\\.\\./|\\./)?)(" + Pattern.quote(file(name)) + ")(?![A-Za-z0-9_.-])");
    }
}
