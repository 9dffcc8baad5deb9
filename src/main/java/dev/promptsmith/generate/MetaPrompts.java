package dev.promptsmith.generate;

import dev.promptsmith.prompt.PromptDocument;

/** Where the meta-prompts are read from: the prompt store in the app, the workspace's files on the command line. */
public interface MetaPrompts {

    String GENERATE_PROMPT = "promptsmith-generate-prompt";
    String GENERATE_CASES = "promptsmith-generate-cases";
    String SUGGEST_CHECKS = "promptsmith-suggest-checks";
    String IMPROVE_PROMPT = "promptsmith-improve-prompt";

    /** The meta-prompt's latest version, or the one shipped with Promptsmith when there is none. */
    PromptDocument latest(String name);
}
