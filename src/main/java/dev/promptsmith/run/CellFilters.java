package dev.promptsmith.run;

import dev.promptsmith.model.ModelTarget;
import java.util.List;

/**
 * promptfoo's rules for which cells run: a provider's {@code prompts}, and a test's (or
 * defaultTest's) {@code prompts} and {@code providers}. A reference matches a prompt's label or
 * id, or a provider's label or id, exactly, as {@code prefix*}, or as the part before a
 * {@code :}; an empty list allows nothing.
 */
final class CellFilters {

    private CellFilters() {
    }

    static boolean promptAllowed(List<?> refs, RunSpec.PlannedPrompt prompt) {
        return refs.stream().map(String::valueOf).anyMatch(ref -> matches(ref, prompt.label())
                || matches(ref, prompt.document().name()));
    }

    static boolean providerAllowed(List<?> refs, ModelTarget model) {
        return refs.stream().map(String::valueOf).anyMatch(ref -> matches(ref, model.name())
                || matches(ref, model.providerId()));
    }

    private static boolean matches(String ref, String name) {
        return name != null && (name.equals(ref) || name.startsWith(ref + ":")
                || ref.endsWith("*") && name.startsWith(ref.substring(0, ref.length() - 1)));
    }
}
