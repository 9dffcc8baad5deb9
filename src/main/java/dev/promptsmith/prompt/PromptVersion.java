package dev.promptsmith.prompt;

import java.time.Instant;
import java.util.List;

/**
 * An immutable version of a prompt: the whole file content, its hash and where it came from.
 *
 * @param number   1, 2, 3 ... per prompt
 * @param parentId the version this one was made from, or {@code null} for the first
 * @param labels   names such as {@code production} that point at this version
 * @param author   who saved it in the browser, {@code null} for a version imported from a file
 */
public record PromptVersion(long id, long promptId, int number, Long parentId, String contentHash,
                            String content, String note, Instant createdAt, List<String> labels,
                            String author) {

    public String shortHash() {
        return contentHash.substring(0, 8);
    }
}
