package dev.promptsmith.model;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.List;
import java.util.Locale;

/**
 * Counts the tokens of a prompt before it is sent: exactly for OpenAI models (jtokkit, the
 * tokenizer OpenAI publishes), as an estimate elsewhere (about four characters per token).
 */
public final class TokenCounter {

    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();
    private static final int PER_MESSAGE_OVERHEAD = 4;

    /** A count and whether it is exact for this model. */
    public record Count(int tokens, boolean estimated) {

        public String describe() {
            return (estimated ? "~" : "") + tokens + " tokens" + (estimated ? " (estimate)" : "");
        }
    }

    public Count count(ModelTarget target, List<ChatMessage> messages) {
        Encoding encoding = target.kind() == ProviderKind.OPENAI || target.kind() == ProviderKind.OPENAI_RESPONSES
                ? encoding(target.modelName()) : null;
        int tokens = 0;
        for (ChatMessage message : messages) {
            tokens += PER_MESSAGE_OVERHEAD + (encoding == null
                    ? estimate(message.text()) : encoding.countTokensOrdinary(message.text()));
        }
        return new Count(tokens, encoding == null);
    }

    /** Our estimate for text whose tokenizer we do not have. */
    public static int estimate(String text) {
        return text == null || text.isEmpty() ? 0 : Math.max(1, (text.length() + 3) / 4);
    }

    private static Encoding encoding(String model) {
        String name = model.toLowerCase(Locale.ROOT);
        if (name.startsWith("gpt-4o") || name.startsWith("gpt-4.1") || name.startsWith("gpt-5")
                || name.matches("o\\d.*") || name.startsWith("chatgpt")) {
            return REGISTRY.getEncoding(EncodingType.O200K_BASE);
        }
        if (name.startsWith("gpt-4") || name.startsWith("gpt-3.5")) {
            return REGISTRY.getEncoding(EncodingType.CL100K_BASE);
        }
        return null;
    }
}
