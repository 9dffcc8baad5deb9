package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDraft;
import dev.promptsmith.prompt.PromptEditor;
import dev.promptsmith.suiteedit.BlockYaml;
import dev.promptsmith.suiteedit.SuiteEditing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A drafted prompt and its cases written into a workspace as {@code prompts/NAME.prompty} and
 * {@code testcases/NAME.yaml}, for the command line, which has no store. Existing files are never overwritten.
 */
public final class GeneratedFiles {

    private final Path workspace;
    private final PromptEditor editor;

    public GeneratedFiles(Path workspace, PromptEditor editor) {
        this.workspace = workspace;
        this.editor = editor;
    }

    public static String promptPath(String name) {
        return "prompts/" + name + ".prompty";
    }

    /** Why the files of this name cannot be written, or empty when they can. */
    public Optional<String> refusal(String name) {
        if (!PromptEditor.NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' cannot name a prompt file: use lower-case letters, digits, '-', '_' "
                    + "and '.', starting with a letter or digit");
        }
        for (String file : List.of(promptPath(name), SuiteEditing.path(name))) {
            if (Files.exists(workspace.resolve(file))) {
                return Optional.of(workspace.resolve(file) + " exists already; choose another --name");
            }
        }
        return Optional.empty();
    }

    /**
     * Writes both files; the suite runs the prompt on {@code providers}, each as a suite file writes it: an id, or
     * {@code {id, config}} for one reached at a base URL of its own.
     */
    public void write(PromptDraft prompt, List<DraftedCase> cases, List<?> providers) throws IOException {
        Map<String, Object> suite = new LinkedHashMap<>();
        suite.put("description", prompt.title() + " (generated)");
        suite.put("prompts", List.of(SuiteEditing.promptReference(prompt.name())));
        suite.put("providers", providers);
        suite.put("tests", cases.stream().map(DraftedCase::asTest).toList());
        Path promptFile = workspace.resolve(promptPath(prompt.name()));
        Path suiteFile = workspace.resolve(SuiteEditing.path(prompt.name()));
        Files.createDirectories(promptFile.getParent());
        Files.createDirectories(suiteFile.getParent());
        Files.writeString(promptFile, editor.text(prompt));
        Files.writeString(suiteFile, BlockYaml.document(suite));
    }
}
