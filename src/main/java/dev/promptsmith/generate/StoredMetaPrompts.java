package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDocument;
import org.springframework.stereotype.Component;

/** The meta-prompts at their latest stored version, so a user's edit takes effect at once. */
@Component
class StoredMetaPrompts implements MetaPrompts {

    private final PromptCatalog prompts;

    StoredMetaPrompts(PromptCatalog prompts) {
        this.prompts = prompts;
    }

    @Override
    public PromptDocument latest(String name) {
        return prompts.latest(name).orElseGet(() -> dev.promptsmith.prompt.BundledPrompts.require(name));
    }
}
