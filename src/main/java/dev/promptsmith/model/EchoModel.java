package dev.promptsmith.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in {@code echo} model: answers with the rendered prompt (its messages' text, a blank
 * line apart), as promptfoo's echo provider does, to check templates and checks offline. A
 * word and the space after it count as one token, so a token limit cuts it off like a real model.
 */
final class EchoModel {

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private EchoModel() {
    }

    static List<String> tokens(ModelRequest request) {
        String text = String.join("\n\n", request.messages().stream().map(ChatMessage::text).toList());
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static ModelResponse answer(ModelRequest request, Consumer<String> onToken, long startNanos) {
        List<String> tokens = tokens(request);
        Integer limit = request.maxTokens();
        boolean cut = limit != null && limit < tokens.size();
        List<String> sent = cut ? tokens.subList(0, limit) : tokens;
        Duration firstToken = null;
        StringBuilder text = new StringBuilder();
        for (String token : sent) {
            if (firstToken == null) {
                firstToken = Duration.ofNanos(System.nanoTime() - startNanos);
            }
            text.append(token);
            onToken.accept(token);
        }
        int tokensIn = request.messages().stream().mapToInt(m -> TokenCounter.estimate(m.text())).sum();
        return new ModelResponse(text.toString(), cut ? FinishReason.LENGTH : FinishReason.STOP, tokensIn, sent.size(),
                true, Duration.ofNanos(System.nanoTime() - startNanos), firstToken, BigDecimal.ZERO, "echo",
                RawExchange.NONE);
    }
}
