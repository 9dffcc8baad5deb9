package dev.promptsmith.prompt;

import java.time.Instant;

/** A row of the prompts list: a prompt with how many versions it has and when it last changed. */
public record PromptSummary(long id, String name, String title, String description, int versionCount,
                            Instant lastChange) {
}
