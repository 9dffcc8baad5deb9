package dev.promptsmith.prompt;

import dev.promptsmith.shared.Role;
import java.util.List;
import java.util.Map;

/**
 * A prompt as the editor holds it before it is saved: the parts a user edits, and the rest of the
 * file's front matter ({@code header}) kept as it was, so saving changes only what was edited.
 *
 * @param name   the prompt's key (its file name without {@code .prompty})
 * @param sample sample values by variable; text, or the numbers, lists and mappings a file held
 * @param header the front matter the draft was read from (keys the editor does not show are written back)
 * @param frontMatter the front matter's YAML text, so a save keeps its comments and key order; blank for a new prompt
 */
public record PromptDraft(String name, String title, String description, List<Message> messages,
                          Parameters parameters, Map<String, Object> sample, Map<String, Object> header,
                          String frontMatter) {

    public PromptDraft {
        frontMatter = frontMatter == null ? "" : frontMatter;
        messages = List.copyOf(messages);
        sample = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sample));
        header = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
    }

    /** A draft not read from a file. */
    public PromptDraft(String name, String title, String description, List<Message> messages,
                       Parameters parameters, Map<String, Object> sample, Map<String, Object> header) {
        this(name, title, description, messages, parameters, sample, header, "");
    }

    /** One message turn, its text a Jinja2 template. */
    public record Message(Role role, String text) {
    }

    /**
     * The model parameters a prompt asks for ({@code model.parameters} in the file).
     *
     * @param temperature {@code null} when the prompt does not say
     * @param maxTokens   {@code null} when the prompt does not say
     * @param jsonSchema  the schema as JSON text, used when the format is {@link ResponseFormat#JSON_SCHEMA}
     */
    public record Parameters(Double temperature, Integer maxTokens, ResponseFormat format, String jsonSchema) {

        public static final Parameters NONE = new Parameters(null, null, ResponseFormat.TEXT, "");
    }

    /** What the model is asked to answer with, as OpenAI's {@code response_format} names it. */
    public enum ResponseFormat {
        TEXT("text"), JSON("json_object"), JSON_SCHEMA("json_schema");

        private final String wireName;

        ResponseFormat(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static ResponseFormat fromWireName(Object name) {
            for (ResponseFormat format : values()) {
                if (format.wireName.equals(name) || format == JSON && "json".equals(name)) {
                    return format;
                }
            }
            return TEXT;
        }
    }

    public PromptDraft withName(String newName, String newTitle) {
        return new PromptDraft(newName, newTitle, description, messages, parameters, sample, header, frontMatter);
    }
}
