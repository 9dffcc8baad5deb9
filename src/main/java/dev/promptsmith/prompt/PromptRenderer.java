package dev.promptsmith.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fills a prompt's variables, message by message. */
public final class PromptRenderer {

    private final TemplateEngine engine = new TemplateEngine();

    /**
     * @throws RenderException naming the undefined variable (or other template error), the
     *                         message it is in and its line in the prompt file
     */
    public List<RenderedMessage> render(PromptDocument prompt, Map<String, ?> values) throws RenderException {
        List<RenderedMessage> rendered = new ArrayList<>();
        for (MessageTemplate message : prompt.messages()) {
            try {
                rendered.add(new RenderedMessage(message.role(), engine.render(message.template(), values)));
            } catch (TemplateEngine.TemplateFailure failure) {
                throw new RenderException(failure.getMessage() + " (" + message.role().wireName()
                        + " message, line " + (message.line() + failure.line() - 1) + " of " + prompt.name()
                        + PromptyParser.EXTENSION + ")");
            }
        }
        return rendered;
    }
}
