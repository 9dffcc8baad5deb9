package dev.promptsmith.prompt;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.FatalTemplateErrorsException;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.UnknownTokenException;
import com.hubspot.jinjava.loader.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Jinja2 templates through Jinjava, strict: a variable that has no value is an error that
 * names it, never a silent empty string. Templates cannot read files ({@code include},
 * {@code import} and {@code extends} are refused), and output is bounded in size.
 */
final class TemplateEngine {

    private static final long MAX_OUTPUT_CHARS = 4_000_000;
    private static final String UNKNOWN_TOKEN = "Unknown token found: ";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /**
     * Jinjava renders from many threads at once; building one registers every filter and tag, so
     * once is enough, and only when a template needs it (plain ones never load Jinjava's classes).
     */
    private static final class Engines {
        static final Jinjava STRICT = create(true);
        static final Jinjava LENIENT = create(false);
    }

    private static Jinjava create(boolean failOnUnknownTokens) {
        Jinjava jinjava = new Jinjava(JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(failOnUnknownTokens)
                // a value is text: "{{ x }}" inside a test case's value is not run as a template (as in Jinja2)
                .withNestedInterpretationEnabled(false)
                .withMaxOutputSize(MAX_OUTPUT_CHARS)
                .build());
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new ResourceNotFoundException("prompt templates cannot include other files: " + name);
        });
        return jinjava;
    }

    /** A problem in a template, at a line counted from the template's first line (1). */
    record TemplateProblem(int line, String message) {
    }

    /**
     * Finds syntax errors: unclosed or unknown tags, broken expressions, unknown filters.
     * Variables are not required to have values here.
     */
    List<TemplateProblem> problems(String template) {
        return PlainTemplate.plain(template) ? List.of() : problemsFromJinjava(template);
    }

    /** {@link #problems} as Jinjava finds them, whatever the template. */
    List<TemplateProblem> problemsFromJinjava(String template) {
        List<TemplateProblem> problems = new ArrayList<>();
        RenderResult result = Engines.LENIENT.renderForResult(template, Map.of());
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                problems.add(new TemplateProblem(Math.max(error.getLineno(), 1), error.getMessage()));
            }
        }
        return problems;
    }

    /** Renders a template; every variable it uses must have a value (the {@code default} filter counts). */
    String render(String template, Map<String, ?> values) throws TemplateFailure {
        String plain = PlainTemplate.render(template, values);
        return plain != null ? plain : renderWithJinjava(template, values);
    }

    /** Renders through Jinjava whatever the template. */
    String renderWithJinjava(String template, Map<String, ?> values) throws TemplateFailure {
        RenderResult result;
        try {
            result = Engines.STRICT.renderForResult(template, new HashMap<>(values));
        } catch (UnknownTokenException e) {
            throw new TemplateFailure(e.getLineNumber(), e.getToken().trim().split("\\.")[0]);
        } catch (FatalTemplateErrorsException e) {
            throw failure(e.getErrors().iterator().hasNext() ? e.getErrors().iterator().next() : null, e.getMessage());
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw failure(error, error.getMessage());
            }
        }
        return result.getOutput();
    }

    private static TemplateFailure failure(TemplateError error, String fallback) {
        if (error == null) {
            return new TemplateFailure(1, null, fallback);
        }
        int line = Math.max(error.getLineno(), 1);
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
