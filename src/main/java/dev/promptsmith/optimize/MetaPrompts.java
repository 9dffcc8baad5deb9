package dev.promptsmith.optimize;

import dev.promptsmith.model.ChatMessage;
import dev.promptsmith.model.JsonSchemaRequest;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.BundledPrompts;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.prompt.PromptRenderer;
import dev.promptsmith.prompt.PromptStore;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.prompt.PromptyParser;
import dev.promptsmith.prompt.RenderException;
import dev.promptsmith.shared.InvalidFileException;
import java.util.Map;
import java.util.Optional;

/**
 * The optimizer's own prompts, read from the prompt store like any other (their latest versions, imported from
 * {@code prompts/promptsmith-optimize-*.prompty}; the copies in the jar when the workspace has none), rendered into
 * a request that asks for their JSON schema.
 */
final class MetaPrompts {

    static final String REFLECT = "promptsmith-optimize-reflect";
    static final String HISTORY = "promptsmith-optimize-history";
    static final String REWRITE = "promptsmith-optimize-rewrite";

    private final PromptStore prompts;

    MetaPrompts(PromptStore prompts) {
        this.prompts = prompts;
    }

    static String name(Strategy strategy) {
        return switch (strategy) {
            case REFLECTIVE_PARETO -> REFLECT;
            case OPRO_HISTORY -> HISTORY;
            case RANDOM_REWRITE -> REWRITE;
        };
    }

    /**
     * The strategy's prompt at its latest stored version, else the copy shipped in the application.
     *
     * @throws OptimizationRefusedException when neither has it, or the stored one cannot be read
     */
    PromptDocument document(Strategy strategy) {
        String name = name(strategy);
        Optional<PromptVersion> version = prompts.summary(name).flatMap(p -> prompts.latestVersion(p.id()));
        if (version.isEmpty()) {
            return BundledPrompts.read(name).orElseThrow(() -> new OptimizationRefusedException(
                    "the optimizer's prompt " + name + " is not in the workspace: put prompts/" + name
                            + ".prompty back (it ships with Promptsmith)"));
        }
        try {
            return new PromptyParser().parse("prompts/" + name + PromptyParser.EXTENSION, name,
                    version.get().content());
        } catch (InvalidFileException e) {
            throw new OptimizationRefusedException("the optimizer's prompt " + name + " cannot be read: "
                    + e.getMessage());
        }
    }

    /**
     * The strategy's prompt with these values, for the proposer: asking for JSON of its schema with its own
     * parameters, as the generator's meta-prompts ask.
     */
    JsonSchemaRequest request(Strategy strategy, Map<String, ?> values, ModelTarget proposer) {
        PromptDocument document = document(strategy);
        try {
            return JsonSchemaRequest.of(proposer, new PromptRenderer().render(document, values).stream()
                    .map(m -> new ChatMessage(m.role(), m.text())).toList(), document.model().get("parameters"));
        } catch (RenderException e) {
            throw new OptimizationRefusedException("the optimizer's prompt " + document.name() + " cannot be filled in: "
                    + e.getMessage());
        }
    }
}
