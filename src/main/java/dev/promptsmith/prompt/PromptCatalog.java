package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What the screens ask about prompts: the list, one prompt's versions, a version's messages and preview. */
@Service
public class PromptCatalog {

    private final PromptStore store;
    private final PromptyParser parser = new PromptyParser();
    private final PromptRenderer renderer = new PromptRenderer();

    public PromptCatalog(PromptStore store) {
        this.store = store;
    }

    public List<PromptSummary> find(String filter, int offset, int limit) {
        return store.summaries(filter, offset, limit);
    }

    public int count(String filter) {
        return store.count(filter);
    }

    public Optional<PromptSummary> find(String name) {
        return store.summary(name);
    }

    /** Newest first. */
    public List<PromptVersion> versions(long promptId) {
        return store.versions(promptId);
    }

    /** Reads a stored version back into messages, variables and sample values. */
    public PromptDocument document(String promptName, PromptVersion version) throws InvalidFileException {
        return parser.parse(promptName + PromptyParser.EXTENSION + " v" + version.number(), promptName,
                version.content());
    }

    /** The latest version of a prompt, read back. */
    public Optional<PromptDocument> latest(String promptName) {
        return store.summary(promptName).flatMap(summary -> store.latestVersion(summary.id())).flatMap(version -> {
            try {
                return Optional.of(document(promptName, version));
            } catch (InvalidFileException e) {
                return Optional.empty();
            }
        });
    }

    /** A prompt typed in the playground: one user message, checked like a file. */
    public PromptDocument adHoc(String template) throws InvalidFileException {
        return parser.parseInline("ad-hoc prompt", 1, "ad-hoc", template);
    }

    public List<RenderedMessage> render(PromptDocument document, Map<String, ?> values) throws RenderException {
        return renderer.render(document, values);
    }
}
