package dev.promptsmith.prompt;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.el.JinjavaProcessors;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.FatalTemplateErrorsException;
import com.hubspot.jinjava.interpret.InterpreterFactory;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreterFactory;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.UnknownTokenException;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import dev.promptsmith.shared.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Jinja2 templates through Jinjava, strict: a variable that has no value is an error that
 * names it, never a silent empty string. Templates cannot read files ({@code include},
 * {@code import} and {@code extends} are refused), and every render is bounded in time and
 * output ({@link RenderBudget}), the check of a file's template included, since that check
 * runs the template: three nested loops over {@code range(1000)} used to keep it busy for
 * minutes, and an import of the whole workspace with it.
 */
final class TemplateEngine {

    private static final String UNKNOWN_TOKEN = "Unknown token found: ";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    /** Lists and maps a template builds: doubling a list in a loop would fill the memory before the time is up. */
    private static final int MAX_COLLECTION_SIZE = 1_000_000;

    /**
     * Jinjava renders from many threads at once; building one registers every filter and tag, so
     * once per setting is enough, and only when a template needs it (plain ones never load Jinjava's classes).
     */
    private static final Map<Long, Jinjava> STRICT = new ConcurrentHashMap<>();
    private static final Map<Long, Jinjava> LENIENT = new ConcurrentHashMap<>();

    /** The filters of the engine rendering on this thread now, if it has its own. */
    private static final ThreadLocal<Map<String, Filter>> RENDERING = new ThreadLocal<>();
    /**
     * Jinjava makes each render's context and then its interpreter here; a render-time config's
     * factory is not used, so the one shared factory adds the filters of the engine rendering.
     */
    private static final InterpreterFactory INTERPRETERS = new InterpreterFactory() {
        private final JinjavaInterpreterFactory standard = new JinjavaInterpreterFactory();

        @Override
        public JinjavaInterpreter newInstance(JinjavaInterpreter interpreter) {
            return standard.newInstance(interpreter);
        }

        @Override
        public JinjavaInterpreter newInstance(Jinjava application, Context context, JinjavaConfig config) {
            Map<String, Filter> filters = RENDERING.get();
            if (filters != null) {
                filters.values().forEach(context::registerFilter);
            }
            return standard.newInstance(application, context, config);
        }
    };

    private final InputLimits limits;
    /** The suite's own filters (promptfoo's {@code nunjucksFilters}), registered in each render's context. */
    private final Map<String, Filter> filters;

    TemplateEngine(InputLimits limits) {
        this(limits, Map.of());
    }

    TemplateEngine(InputLimits limits, Map<String, Filter> filters) {
        this.limits = limits;
        this.filters = Map.copyOf(filters);
    }

    /** The same engine with these filters of the suite's own, on top of the standard ones. */
    TemplateEngine withFilters(Map<String, Filter> more) {
        Map<String, Filter> all = new java.util.HashMap<>(filters);
        all.putAll(more);
        return new TemplateEngine(limits, all);
    }

    InputLimits limits() {
        return limits;
    }

    private Jinjava strict() {
        return STRICT.computeIfAbsent(limits.renderMaxOutput(), max -> create(true, max));
    }

    private Jinjava lenient() {
        return LENIENT.computeIfAbsent(limits.renderMaxOutput(), max -> create(false, max));
    }

    private static Jinjava create(boolean failOnUnknownTokens, long maxOutput) {
        Jinjava jinjava = new Jinjava(JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(failOnUnknownTokens)
                // a value is text: "{{ x }}" inside a test case's value is not run as a template (as in Jinja2)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(maxOutput)
                .withMaxStringLength(maxOutput)
                .withMaxListSize(MAX_COLLECTION_SIZE)
                .withMaxMapSize(MAX_COLLECTION_SIZE)
                .withProcessors(JinjavaProcessors.newBuilder().withNodePreProcessor(RenderBudget::checkpoint).build())
                .withInterperterFactory(INTERPRETERS) // sic: the builder method is spelt so
                .build());
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("prompt templates cannot include other files: " + name);
        });
        jinjava.getGlobalContext().registerFilter(new JsonFilters.Dump());
        jinjava.getGlobalContext().registerFilter(new JsonFilters.Load());
        for (String name : BoundedFilter.NAMES) {
            jinjava.getGlobalContext().registerFilter(new BoundedFilter(jinjava.getGlobalContext().getFilter(name), maxOutput));
        }
        // the first render loads and links most of Jinjava: done here, its time is not taken from a template's budget
        jinjava.renderForResult("{% set y = 'a' ~ 1 %}{% for x in [1, 2] %}{% if x > 1 and y %}{{ x | default(y) | upper }}"
                + "{% endif %}{% endfor %}", Map.of());
        return jinjava;
    }

    /**
     * Renders with this engine's own filters, if it has any: they are registered in the context of
     * each render (by {@link #INTERPRETERS}, on this thread), never in Jinjava's shared one, so one
     * suite's filters are not another's.
     */
    private RenderResult renderForResult(Jinjava jinjava, String template, Map<String, ?> values) {
        if (filters.isEmpty()) {
            return jinjava.renderForResult(template, values);
        }
        Map<String, Filter> outer = RENDERING.get();
        RENDERING.set(filters);
        try {
            return jinjava.renderForResult(template, values);
        } finally {
            if (outer == null) {
                RENDERING.remove();
            } else {
                RENDERING.set(outer);
            }
        }
    }

    /**
     * A problem in a template, at a line counted from the template's first line (1).
     *
     * @param column where on the line, from 1; 0 when Jinjava does not say
     */
    record TemplateProblem(int line, int column, String message) {

        TemplateProblem(int line, String message) {
            this(line, 0, message);
        }
    }

    /**
     * Finds syntax errors: unclosed or unknown tags, broken expressions, unknown filters.
     * Variables are not required to have values here. Jinjava finds some of these only by
     * rendering, so the template is rendered with no values, within the budget: a template that
     * cannot render in time even so is a problem too.
     */
    List<TemplateProblem> problems(String template, RenderBudget budget) {
        return PlainTemplate.plain(template) ? List.of() : problemsFromJinjava(template, budget);
    }

    /** {@link #problems} as Jinjava finds them, whatever the template. */
    List<TemplateProblem> problemsFromJinjava(String template, RenderBudget budget) {
        Jinjava jinjava = lenient(); // built outside the budget: the first build takes a while
        RenderResult result;
        try {
            result = budget.spend(() -> renderForResult(jinjava, template, Map.of()));
        } catch (RuntimeException e) {
            if (budget.outOfTimeAt() > 0) {
                return List.of(new TemplateProblem(budget.outOfTimeAt(), budget.tookTooLong()));
            }
            throw e;
        }
        if (budget.outOfTimeAt() > 0) {
            return List.of(new TemplateProblem(budget.outOfTimeAt(), budget.tookTooLong()));
        }
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateError error : result.getErrors()) {
            if (tooMuchOutput(error)) {
                return List.of(new TemplateProblem(Math.max(error.getLineno(), 1), budget.wroteTooMuch()));
            }
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                problems.add(new TemplateProblem(Math.max(error.getLineno(), 1), Math.max(error.getStartPosition(), 0),
                        error.getMessage()));
            }
        }
        return problems;
    }

    /** Renders a template; every variable it uses must have a value (the {@code default} filter counts). */
    String render(String template, Map<String, ?> values, RenderBudget budget) throws TemplateFailure {
        String plain = PlainTemplate.render(template, values);
        String output = plain != null ? plain : renderWithJinjava(template, values, budget);
        if (!budget.take(output.length())) {
            throw new TemplateFailure(1, null, budget.wroteTooMuch());
        }
        return output;
    }

    /**
     * Renders a template as Nunjucks does by default, as promptfoo renders its prompts: a variable
     * without a value (or a field a value does not have) writes nothing.
     */
    String renderLeniently(String template, Map<String, ?> values, RenderBudget budget) throws TemplateFailure {
        String plain = PlainTemplate.render(template, values);
        String output = plain != null ? plain : renderWithJinjava(lenient(), template, values, budget);
        if (!budget.take(output.length())) {
            throw new TemplateFailure(1, null, budget.wroteTooMuch());
        }
        return output;
    }

    /** Renders through Jinjava whatever the template. */
    String renderWithJinjava(String template, Map<String, ?> values, RenderBudget budget) throws TemplateFailure {
        return renderWithJinjava(strict(), template, values, budget);
    }

    private String renderWithJinjava(Jinjava jinjava, String template, Map<String, ?> values, RenderBudget budget)
            throws TemplateFailure {
        RenderResult result;
        try {
            result = budget.spend(() -> renderForResult(jinjava, template, JsonValues.wrap(values)));
        } catch (UnknownTokenException e) {
            throw outOfTimeOr(budget, new TemplateFailure(e.getLineNumber(), e.getToken().trim().split("\\.")[0]));
        } catch (FatalTemplateErrorsException e) {
            throw outOfTimeOr(budget, failure(e.getErrors().iterator().hasNext()
                    ? e.getErrors().iterator().next() : null, e.getMessage(), budget));
        } catch (RuntimeException e) {
            if (budget.outOfTimeAt() > 0) {
                throw new TemplateFailure(budget.outOfTimeAt(), null, budget.tookTooLong());
            }
            SuiteFilter.Failure filter = SuiteFilter.Failure.in(e);
            if (filter != null) {
                throw new TemplateFailure(Math.max(filter.getLineNumber(), 1), null, filter.getMessage());
            }
            throw e;
        }
        if (budget.outOfTimeAt() > 0) {
            throw new TemplateFailure(budget.outOfTimeAt(), null, budget.tookTooLong());
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL || tooMuchOutput(error)) {
                throw failure(error, error.getMessage(), budget);
            }
        }
        return result.getOutput();
    }

    private static TemplateFailure outOfTimeOr(RenderBudget budget, TemplateFailure failure) {
        return budget.outOfTimeAt() > 0 ? new TemplateFailure(budget.outOfTimeAt(), null, budget.tookTooLong()) : failure;
    }

    /** Jinjava reports output over its limit with this reason, or inside the message of the tag that wrote it. */
    private static boolean tooMuchOutput(TemplateError error) {
        return error.getReason() == TemplateError.ErrorReason.OUTPUT_TOO_BIG
                || error.getMessage() != null && error.getMessage().contains("OutputTooBigException");
    }

    private static TemplateFailure failure(TemplateError error, String fallback, RenderBudget budget) {
        if (error == null) {
            return new TemplateFailure(1, null, fallback);
        }
        int line = Math.max(error.getLineno(), 1);
        if (tooMuchOutput(error)) {
            return new TemplateFailure(line, null, budget.wroteTooMuch());
        }
        SuiteFilter.Failure filter = SuiteFilter.Failure.in(error.getException());
        if (filter != null) {
            return new TemplateFailure(line, null, filter.getMessage());
        }
        String token = error.getException() instanceof UnknownTokenException unknown
                ? unknown.getToken()
                : tokenFromMessage(error.getMessage());
        if (token == null) {
            return new TemplateFailure(line, null, error.getMessage());
        }
        token = token.trim();
        if (VARIABLE.matcher(token).matches()) {
            return new TemplateFailure(line, token.split("\\.")[0]);
        }
        return new TemplateFailure(line, null,
                "'" + token + "' uses a variable or filter that is not defined");
    }

    private static String tokenFromMessage(String message) {
        int at = message == null ? -1 : message.indexOf(UNKNOWN_TOKEN);
        return at < 0 ? null : message.substring(at + UNKNOWN_TOKEN.length());
    }

    /** Why rendering failed: an undefined variable (named) or another template error. */
    static final class TemplateFailure extends Exception {

        private final int line;
        private final String undefinedVariable;

        TemplateFailure(int line, String undefinedVariable) {
            this(line, undefinedVariable, "variable '" + undefinedVariable + "' is not defined");
        }

        TemplateFailure(int line, String undefinedVariable, String message) {
            super(message);
            this.line = Math.max(line, 1);
            this.undefinedVariable = undefinedVariable;
        }

        int line() {
            return line;
        }

        String undefinedVariable() {
            return undefinedVariable;
        }
    }
}
