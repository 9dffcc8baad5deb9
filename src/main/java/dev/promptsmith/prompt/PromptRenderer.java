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
    private final PromptfooText promptfooText;

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    public PromptRenderer() {
        this(InputLimits.configured());
    }

    public PromptRenderer(InputLimits limits) {
        this(new TemplateEngine(limits));
    }

    private PromptRenderer(TemplateEngine engine) {
        this.engine = engine;
        this.promptfooText = new PromptfooText(engine);
    }

    /**
     * The same renderer with a suite's own filters (promptfoo's {@code nunjucksFilters}) in every
     * template it renders; other renderers do not see them.
     */
    public PromptRenderer withFilters(Map<String, TemplateFilter> filters) {
        if (filters.isEmpty()) {
            return this;
        }
        Map<String, com.hubspot.jinjava.lib.filter.Filter> adapted = new java.util.HashMap<>();
        filters.forEach((name, filter) -> adapted.put(name, new SuiteFilter(name, filter)));
        return new PromptRenderer(engine.withFilters(adapted));
    }

    /**
     * @throws RenderException naming the undefined variable (or other template error), the
     *                         message it is in and its line in the prompt file
     */
    public List<RenderedMessage> render(PromptDocument prompt, Map<String, ?> values) throws RenderException {
        return render(prompt, values, "", "");
    }

    /**
     * With a test's {@code options.prefix} and {@code options.suffix} around a promptfoo text, as
     * promptfoo adds them to the text before rendering (a {@code .prompty} prompt takes neither).
     */
    public List<RenderedMessage> render(PromptDocument prompt, Map<String, ?> values, String prefix, String suffix)
            throws RenderException {
        List<RenderedMessage> rendered = new ArrayList<>();
        RenderBudget budget = new RenderBudget(engine.limits());
        if (prompt.function() != null) {
            throw new RenderException("prompt '" + prompt.title() + "' is a function (" + prompt.function().file()
                    + "); it gives its text when a suite's cell runs");
        }
        if (prompt.promptfooText()) {
            return promptfooText(prompt, values, prefix, suffix, budget);
        }
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
     * Renders what a prompt function returned as promptfoo renders it: as a promptfoo prompt text
     * (its variables filled in, then read as a chat or as one user message).
     *
     * @param text the function's result: its text, or its chat messages as JSON
     */
    public List<RenderedMessage> renderFunctionResult(PromptDocument prompt, String text, Map<String, ?> values)
            throws RenderException {
        return promptfooText(prompt, text, values, new RenderBudget(engine.limits()));
    }

    private List<RenderedMessage> promptfooText(PromptDocument prompt, Map<String, ?> values, String prefix,
                                                String suffix, RenderBudget budget) throws RenderException {
        return promptfooText(prompt, prefix + prompt.messages().getFirst().template() + suffix, values, budget);
    }

    private List<RenderedMessage> promptfooText(PromptDocument prompt, String text, Map<String, ?> values,
                                                RenderBudget budget) throws RenderException {
        String rendered;
        try {
            rendered = promptfooText.render(text, values, budget);
        } catch (TemplateEngine.TemplateFailure failure) {
            throw new RenderException(failure.getMessage() + " (line " + failure.line() + " of prompt '"
                    + prompt.title() + "')", budget.outOfTimeAt() > 0);
        }
        try {
            return ChatPrompt.read(rendered);
        } catch (RenderException e) {
            throw new RenderException(e.getMessage() + " (prompt '" + prompt.title() + "')");
        }
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
