package dev.promptsmith.check;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import java.util.List;
import java.util.Map;

/**
 * The model that gave the output, as the function- and tool-call checks need it: who it is, and
 * the functions and tools its provider's config offered it (promptfoo's {@code config.functions} and
 * {@code config.tools}, as written).
 *
 * @param name      the model as reasons name it, e.g. {@code gpt (openai:chat:gpt-4o-mini)}
 * @param tools     {@code null} when the config offers none
 * @param functions {@code null} when the config offers none
 */
public record AnsweringModel(String name, ProviderKind kind, List<?> tools, List<?> functions) {

    /** For outputs whose model is not known (a check tried on a text): checks that need it cannot run. */
    public static final AnsweringModel UNKNOWN = new AnsweringModel("the model", null, null, null);

    /** Whether the model that answered is known, with its config. */
    public boolean known() {
        return kind != null;
    }

    public static AnsweringModel of(ModelTarget target) {
        Map<String, Object> config = target.parameters();
        String name = target.name() == null || target.name().equals(target.providerId()) ? target.providerId()
                : target.name() + " (" + target.providerId() + ")";
        return new AnsweringModel(name, target.kind(), config.get("tools") instanceof List<?> tools ? tools : null,
                config.get("functions") instanceof List<?> functions ? functions : null);
    }
}
