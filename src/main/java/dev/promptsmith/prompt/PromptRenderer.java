package dev.promptsmith.prompt;

import dev.promptsmith.shared.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills a prompt's variables, message by message. One render of a prompt (its messages together)
 * has the time and output of {@link InputLimits}; a template that needs more is an error that
 * names its message and line, like any other.
 */
public final class PromptRenderer {

    private final TemplateEngine engine;

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    public PromptRenderer() {
        this(InputLimits.configured());
    }

    public PromptRenderer(InputLimits limits) {
        this.engine = new TemplateEngine(limits);
    }

    /**
     * @throws RenderException naming the undefined variable (or other template error), the
     *                         message it is in and its line in the prompt file
     */
    public List<RenderedMessage> render(PromptDocument prompt, Map<String, ?> values) throws RenderException {
        List<RenderedMessage> rendered = new ArrayList<>();
        RenderBudget budget = new RenderBudget(engine.limits());
        for (MessageTemplate message : prompt.messages()) {
            try {
                rendered.add(new RenderedMessage(message.role(), engine.render(message.template(), values, budget)));
            } catch (TemplateEngine.TemplateFailure failure) {
                throw new RenderException(failure.getMessage() + " (" + message.role().wireName()
                        + " message, line " + (message.line() + failure.line() - 1) + " of " + prompt.name()
                        + PromptyParser.EXTENSION + ")", budget.outOfTimeAt() > 0);
            }
        }
        return rendered;
    }

    /**
     * Fills the variables of one text that is not a prompt: a check's value, a rubric, a metric name.
     * Text without template syntax is returned as it is.
     *
     * @param where what the text is, for the error message, e.g. {@code check 'equals'}
     * @throws RenderException naming the undefined variable (or other template error) and {@code where}
     */
    public String renderText(String template, Map<String, ?> values, String where) throws RenderException {
        if (!template.contains("{{") && !template.contains("{%")) {
            return template;
        }
        RenderBudget budget = new RenderBudget(engine.limits());
        try {
            return engine.render(template, values, budget);
        } catch (TemplateEngine.TemplateFailure failure) {
            throw new RenderException(failure.getMessage() + " (" + where + ")", budget.outOfTimeAt() > 0);
        }
    }
}
