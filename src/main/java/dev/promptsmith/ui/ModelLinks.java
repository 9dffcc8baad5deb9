package dev.promptsmith.ui;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.ProviderKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a model is named on screens where it matters where its calls go (a model picker, a run's
 * page), and the link that offers to enter a key for a model's base URL on the Models screen.
 */
public final class ModelLinks {

    private ModelLinks() {
    }

    /** Where the model's calls go: its base URL, or that it is built in. */
    public static String where(ModelTarget target) {
        return target.kind() == ProviderKind.ECHO ? "built in"
                : target.kind() == ProviderKind.EXEC ? "local command" : target.keyDestination().url();
    }

    /** {@code name · provider id · base URL}. */
    public static String label(ModelTarget target) {
        return target.name() + " · " + target.providerId() + " · " + where(target);
    }

    /** The Models screen with a new model of these settings filled in, to enter its key and save it. */
    public static String enterKey(ModelTarget target) {
        return "models?new=" + encode(target.name()) + "&kind=" + target.kind().id() + "&model="
                + encode(target.modelName()) + "&baseUrl=" + encode(target.keyDestination().url())
                + (target.apiKeyEnvar() == null ? "" : "&keyVariable=" + encode(target.apiKeyEnvar()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
