package dev.promptsmith.prompt;

import dev.promptsmith.shared.ContentHash;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prompty format: a YAML front matter between two {@code ---} lines, then a body
 * split into messages by lines that hold only a role and a colon ({@code system:},
 * {@code user:}, {@code assistant:}). Text before the first role line is a system message,
 * as in Prompty. Messages are split before rendering, so a variable whose value contains
 * {@code user:} cannot inject a message.
 */
public final class PromptyParser {

    public static final String EXTENSION = ".prompty";

    private static final Pattern FENCE = Pattern.compile("^\\s*---\\s*$");
    private static final String PROMPTFOO_PARSER = "promptfoo";
    private static final String FUNCTION_PARSER = "function";
    private static final Pattern ROLE_LINE = Pattern.compile("^\\s*([A-Za-z]+)\\s*:\\s*$");

    private final TemplateEngine engine;
    private final TemplateVariables variables = new TemplateVariables();

    /** With the limits set for this process ({@link InputLimits#configured()}). */
    public PromptyParser() {
        this(InputLimits.configured());
    }

    /** @param limits the budget of the render that checks the file's templates */
    public PromptyParser(InputLimits limits) {
        this.engine = new TemplateEngine(limits);
    }

    /**
     * @param file the file as shown in problems, e.g. {@code prompts/invoice.prompty}
     * @param name the prompt's key, the file name without extension
     * @param text the file's content
     */
    public PromptDocument parse(String file, String name, String text) throws InvalidFileException {
        String[] lines = stripBom(text).replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !FENCE.matcher(lines[0]).matches()) {
            throw new InvalidFileException(file, 1,
                    "a .prompty file starts with a '---' line that opens its YAML front matter");
        }
        int close = 1;
        while (close < lines.length && !FENCE.matcher(lines[close]).matches()) {
            close++;
        }
        if (close == lines.length) {
            throw new InvalidFileException(file, 1,
                    "the front matter opened on line 1 is never closed by a '---' line");
        }
        String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
        LocatedYaml yaml = LocatedYaml.read(file, frontMatter, 1);

        List<FileProblem> problems = new ArrayList<>();
        Map<?, ?> header = mapping(yaml, yaml.root(), null, file, problems);
        String title = string(yaml, header, "name", file, problems).orElse(name);
        String description = string(yaml, header, "description", file, problems).orElse("");
        Map<String, Object> model = plainMapping(yaml, header, "model", file, problems);
        Map<String, Object> sample = plainMapping(yaml, header, "sample", file, problems);

        PromptFunction function = function(yaml, header, file, problems, String.join("\n",
                Arrays.copyOfRange(lines, close + 1, lines.length)));
        if (function != null) {
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
            // a function's body is code: it has no template to check, and its variables are what it reads
            return new PromptDocument(name, title, description, model, sample, List.of(new MessageTemplate(Role.USER,
                    function.source(), close + 2)), List.of(), text, ContentHash.of(text),
                    PromptDocument.BodyParser.FUNCTION, function);
        }
        boolean promptfoo = promptfooParser(yaml, header, file, problems);
        List<MessageTemplate> messages = promptfoo
                ? List.of(new MessageTemplate(Role.USER, String.join("\n", Arrays.copyOfRange(lines, close + 1,
                        lines.length)), close + 2))
                : messages(lines, close + 1, file, problems);
        Set<String> used = new LinkedHashSet<>();
        RenderBudget budget = new RenderBudget(engine.limits());
        TemplateEngine engine = withSuiteFilters(header);
        for (MessageTemplate message : messages) {
            // a promptfoo text that is JSON has its variables filled into each of its strings, not into the JSON
            for (String template : promptfoo ? PromptfooText.templates(message.template()) : List.of(message.template())) {
                for (TemplateEngine.TemplateProblem problem : engine.problems(template, budget)) {
                    problems.add(new FileProblem(file, message.line() + problem.line() - 1,
                            "template of the " + message.role().wireName() + " message: " + problem.message()));
                }
                if (budget.outOfTimeAt() > 0) {
                    break; // the other templates would only repeat that the time is up
                }
                used.addAll(variables.of(template));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(FileProblem::line));
            throw new InvalidFileException(problems);
        }
        return new PromptDocument(name, title, description, model, sample, List.copyOf(messages),
                List.copyOf(used), text, ContentHash.of(text),
                promptfoo ? PromptDocument.BodyParser.PROMPTFOO : PromptDocument.BodyParser.PROMPTY, null);
    }

    /**
     * Makes a prompt of a promptfoo prompt text (written inline in a suite, or read from a
     * {@code .txt}, {@code .json}, {@code .md} ... file): stored as a {@code .prompty} text whose
     * front matter says {@code template: {parser: promptfoo}} and whose body is the text exactly,
     * so it is rendered and read as promptfoo does (never split on role lines).
     *
     * @param file   where the text was read, and {@code line} where it starts, for problems
     * @param label  what reports call the prompt (promptfoo's label)
     * @param origin where it came from, for the description
     */
    public PromptDocument parsePromptfooText(String file, int line, String name, String label, String origin,
                                             String text) throws InvalidFileException {
        return parsePromptfooText(file, line, name, label, origin, text, List.of());
    }

    /** @param filters the names of the suite's own template filters ({@code nunjucksFilters}) */
    public PromptDocument parsePromptfooText(String file, int line, String name, String label, String origin,
                                             String text, List<String> filters) throws InvalidFileException {
        String content = "---\nname: " + Json.write(label) + "\ndescription: " + Json.write(origin)
                + "\ntemplate:\n  parser: " + PROMPTFOO_PARSER
                + (filters.isEmpty() ? "" : "\n  filters: " + Json.write(filters)) + "\n---\n";
        int header = (int) content.lines().count();
        content += text;
        try {
            return parse(file, name, content);
        } catch (InvalidFileException e) {
            throw new InvalidFileException(e.problems().stream()
                    .map(p -> new FileProblem(file, line + Math.max(0, p.line() - header), "prompt: " + p.message()))
                    .toList());
        }
    }

    /**
     * A promptfoo text of a suite with {@code nunjucksFilters} names them under {@code template: filters}:
     * the check of its template knows them by name (what they do is known only where the suite runs).
     */
    private TemplateEngine withSuiteFilters(Map<?, ?> header) {
        if (!(header.get("template") instanceof Map<?, ?> template) || !(template.get("filters") instanceof List<?> names)
                || names.isEmpty()) {
            return engine;
        }
        Map<String, com.hubspot.jinjava.lib.filter.Filter> stubs = new LinkedHashMap<>();
        names.forEach(name -> stubs.put(String.valueOf(name), new SuiteFilter(String.valueOf(name), (value, args) -> value)));
        return engine.withFilters(stubs);
    }

    private static boolean promptfooParser(LocatedYaml yaml, Map<?, ?> header, String file,
                                           List<FileProblem> problems) {
        if (!(header.get("template") instanceof Map<?, ?> template) || template.get("parser") == null) {
            return false;
        }
        Object parser = template.get("parser");
        if (PROMPTFOO_PARSER.equals(parser)) {
            return true;
        }
        if (!"prompty".equals(parser) && !FUNCTION_PARSER.equals(parser)) {
            problems.add(new FileProblem(file, yaml.lineOf(template, "parser"), "template parser '" + parser
                    + "' is not known: 'prompty' (role lines, the default), '" + PROMPTFOO_PARSER + "' or '"
                    + FUNCTION_PARSER + "'"));
        }
        return false;
    }

    /** A {@code template: {parser: function, file, function}} prompt's function, whose code is the body. */
    private static PromptFunction function(LocatedYaml yaml, Map<?, ?> header, String file, List<FileProblem> problems,
                                           String body) {
        if (!(header.get("template") instanceof Map<?, ?> template) || !FUNCTION_PARSER.equals(template.get("parser"))) {
            return null;
        }
        if (!(template.get("file") instanceof String script) || script.isBlank()) {
            problems.add(new FileProblem(file, yaml.lineOf(template, "parser"), "a function prompt names its "
                    + "script under template: file (e.g. prompt.js)"));
            return new PromptFunction("", null, body);
        }
        Object function = template.get("function");
        return new PromptFunction(script, function == null ? null : String.valueOf(function), body);
    }

    /**
     * Makes a prompt of a promptfoo prompt function: stored as a {@code .prompty} text whose front
     * matter says {@code template: {parser: function, file, function}} and whose body is the script,
     * so a changed script is a new version of the prompt.
     *
     * @param script   the script file as the suite names it, relative to the suite's folder
     * @param function the function to call, or {@code null} for a JavaScript file's exported one
     */
    public PromptDocument parseFunction(String file, String name, String label, String origin, String script,
                                        String function, String source) throws InvalidFileException {
        String content = "---\nname: " + Json.write(label) + "\ndescription: " + Json.write(origin)
                + "\ntemplate:\n  parser: " + FUNCTION_PARSER + "\n  file: " + Json.write(script)
                + (function == null ? "" : "\n  function: " + Json.write(function)) + "\n---\n" + source;
        return parse(file, name, content);
    }

    /**
     * Makes a prompt of a template written inline in a suite file: one user message, stored as
     * the {@code .prompty} text it would have as a file, so every version reads the same way.
     *
     * @param file the suite file, and {@code line} where it holds the template, for problems
     */
    public PromptDocument parseInline(String file, int line, String name, String template)
            throws InvalidFileException {
        String content = "---\nname: " + Json.write(name) + "\ndescription: " + Json.write("Inline prompt of " + file)
                + "\n---\nuser:\n" + template.strip() + "\n";
        try {
            return parse(file, name, content);
        } catch (InvalidFileException e) {
            throw new InvalidFileException(e.problems().stream()
                    .map(p -> new FileProblem(file, line, "inline prompt: " + p.message()))
                    .toList());
        }
    }

    private static List<MessageTemplate> messages(String[] lines, int first, String file, List<FileProblem> problems) {
        List<MessageTemplate> messages = new ArrayList<>();
        Section section = new Section(Role.SYSTEM, 0);
        for (int i = first; i < lines.length; i++) {
            Optional<Role> role = roleLine(lines[i]);
            if (role.isPresent()) {
                section.flush(messages, file, problems);
                section = new Section(role.get(), i + 1);
            } else {
                section.append(lines[i], i + 1);
            }
        }
        section.flush(messages, file, problems);
        if (messages.isEmpty() && problems.isEmpty()) {
            problems.add(new FileProblem(file, Math.min(first + 1, lines.length),
                    "the prompt has no messages: write a 'system:' or 'user:' line followed by its text"));
        }
        return messages;
    }

    /** The lines of one message while the body is read; {@code roleLine} 0 means no role line was written. */
    private static final class Section {

        private final Role role;
        private final int roleLine;
        private final StringBuilder text = new StringBuilder();
        private int textStart;

        Section(Role role, int roleLine) {
            this.role = role;
            this.roleLine = roleLine;
        }

        void append(String line, int lineNumber) {
            if (textStart == 0 && line.isBlank()) {
                return;
            }
            if (textStart == 0) {
                textStart = lineNumber;
            }
            text.append(line).append('\n');
        }

        void flush(List<MessageTemplate> messages, String file, List<FileProblem> problems) {
            String template = text.toString().strip();
            if (!template.isEmpty()) {
                messages.add(new MessageTemplate(role, template, textStart));
            } else if (roleLine > 0) {
                problems.add(new FileProblem(file, roleLine, "the " + role.wireName() + " message has no text"));
            }
        }
    }

    /** Whether a line holds only a role and a colon ({@code user:}), which starts a message. */
    static boolean isRoleLine(String line) {
        return roleLine(line).isPresent();
    }

    private static Optional<Role> roleLine(String line) {
        Matcher matcher = ROLE_LINE.matcher(line);
        return matcher.matches() ? Role.fromWireName(matcher.group(1)) : Optional.empty();
    }

    private static Map<?, ?> mapping(LocatedYaml yaml, Object value, String key, String file, List<FileProblem> problems) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        problems.add(new FileProblem(file, yaml.lineOf(value), key == null
                ? "the front matter must be a YAML mapping of keys to values"
                : "'" + key + "' must be a mapping of keys to values"));
        return Map.of();
    }

    private static Optional<String> string(LocatedYaml yaml, Map<?, ?> map, String key, String file,
                                           List<FileProblem> problems) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString().strip());
        }
        problems.add(new FileProblem(file, yaml.lineOf(map, key), "'" + key + "' must be text"));
        return Optional.empty();
    }

    private static Map<String, Object> plainMapping(LocatedYaml yaml, Map<?, ?> map, String key, String file,
                                                    List<FileProblem> problems) {
        Object value = map.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> nested)) {
            problems.add(new FileProblem(file, yaml.lineOf(map, key), "'" + key + "' must be a mapping of keys to values"));
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        nested.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
