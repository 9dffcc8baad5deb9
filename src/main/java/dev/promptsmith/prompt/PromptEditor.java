package dev.promptsmith.prompt;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.shared.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * What the prompt editor asks while a prompt is written: a version read into a draft, and a
 * draft checked as it is typed (template syntax errors at their line and column, the variables,
 * and a preview rendered with the sample values).
 */
@Service
public class PromptEditor {

    /** A prompt's key is its file name: lower-case letters, digits, '-', '_' and '.', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private final PromptyParser parser = new PromptyParser();
    private final PromptRenderer renderer = new PromptRenderer();
    private final TemplateEngine engine = new TemplateEngine(dev.promptsmith.shared.InputLimits.configured());
    private final TemplateVariables variables = new TemplateVariables();
    private final PromptyWriter writer = new PromptyWriter();

    /**
     * Reads a prompt into a draft.
     *
     * @throws InvalidFileException when the stored text does not read, or the prompt is a promptfoo text
     *                              (rendered whole), which is edited in its suite's file
     */
    public PromptDraft draft(PromptDocument document) throws InvalidFileException {
        String file = document.name() + PromptyParser.EXTENSION;
        if (document.promptfooText()) {
            throw new InvalidFileException(file, 1, "a promptfoo prompt text is edited in the file it came from");
        }
        String frontMatter = frontMatter(document.content());
        Map<String, Object> header = header(file, frontMatter);
        List<PromptDraft.Message> messages = document.messages().stream()
                .map(m -> new PromptDraft.Message(m.role(), m.template()))
                .toList();
        return new PromptDraft(document.name(), document.title(), document.description(), messages,
                parameters(document.model()), document.sample(), header, frontMatter);
    }

    /** A new draft with one system and one user message, for a prompt made from nothing. */
    public static PromptDraft empty(String name, String title) {
        return new PromptDraft(name, title, "", List.of(
                new PromptDraft.Message(Role.SYSTEM, "You are a helpful assistant."),
                new PromptDraft.Message(Role.USER, "{{ question }}")),
                PromptDraft.Parameters.NONE, Map.of("question", "What is a prompt?"), Map.of());
    }

    /** Checks a draft as the editor shows it; a valid draft is rendered with its sample values. */
    public DraftCheck check(PromptDraft draft) {
        List<DraftCheck.Problem> problems = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        if (draft.messages().isEmpty()) {
            problems.add(new DraftCheck.Problem(-1, 0, 0, "the prompt has no messages: add one"));
        }
        if (draft.title().isBlank()) {
            problems.add(new DraftCheck.Problem(-1, 0, 0, "the prompt needs a title"));
        }
        for (int i = 0; i < draft.messages().size(); i++) {
            messageProblems(i, draft.messages().get(i), problems, used);
        }
        schemaProblem(draft.parameters()).ifPresent(problems::add);
        List<String> found = List.copyOf(used);
        if (!problems.isEmpty()) {
            return new DraftCheck(List.copyOf(problems), found, List.of(), "The preview shows once the problems are fixed.");
        }
        try {
            PromptDocument document = document(draft);
            Map<String, Object> values = new LinkedHashMap<>(draft.sample());
            return new DraftCheck(List.of(), found, renderer.render(document, values), null);
        } catch (InvalidFileException e) {
            return new DraftCheck(e.problems().stream().map(p -> new DraftCheck.Problem(-1, 0, 0, p.toString())).toList(),
                    found, List.of(), "The preview shows once the problems are fixed.");
        } catch (RenderException e) {
            return new DraftCheck(List.of(), found, List.of(), e.getMessage());
        }
    }

    /** The file text of a draft. */
    public String text(PromptDraft draft) {
        return writer.write(draft);
    }

    /** The draft written as a file and read back, as a save stores it. */
    PromptDocument document(PromptDraft draft) throws InvalidFileException {
        return parser.parse(draft.name() + PromptyParser.EXTENSION, draft.name(), writer.write(draft));
    }

    private void messageProblems(int index, PromptDraft.Message message, List<DraftCheck.Problem> problems,
                                 Set<String> used) {
        String text = message.text().strip();
        if (text.isEmpty()) {
            problems.add(new DraftCheck.Problem(index, 0, 0, "the " + message.role().wireName() + " message has no text"));
            return;
        }
        String[] lines = text.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            if (PromptyParser.isRoleLine(lines[line])) {
                problems.add(new DraftCheck.Problem(index, line + 1, 1, "a line that holds only '" + lines[line].strip()
                        + "' would start a new message in the file: write more on that line"));
            }
        }
        RenderBudget budget = new RenderBudget(engine.limits());
        for (TemplateEngine.TemplateProblem problem : engine.problems(text, budget)) {
            problems.add(new DraftCheck.Problem(index, problem.line(), problem.column(), problem.message()));
        }
        try {
            used.addAll(variables.of(text));
        } catch (RuntimeException e) {
            // a template Jinjava cannot parse has its error above; its variables show once it parses
        }
    }

    private static Optional<DraftCheck.Problem> schemaProblem(PromptDraft.Parameters parameters) {
        if (parameters.format() != PromptDraft.ResponseFormat.JSON_SCHEMA) {
            return Optional.empty();
        }
        try {
            Json.readObject(parameters.jsonSchema());
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(new DraftCheck.Problem(-1, 0, 0,
                    "the JSON schema must be a JSON object: " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String frontMatter(String content) {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals("---")) {
            close++;
        }
        return String.join("\n", java.util.Arrays.copyOfRange(lines, 1, Math.min(close, lines.length)));
    }

    private static Map<String, Object> header(String file, String frontMatter) throws InvalidFileException {
        Map<String, Object> header = new LinkedHashMap<>();
        if (LocatedYaml.read(file, frontMatter, 1).root() instanceof Map<?, ?> map) {
            map.forEach((k, v) -> header.put(String.valueOf(k), v));
        }
        return header;
    }

    private static PromptDraft.Parameters parameters(Map<String, Object> model) {
        if (!(model.get("parameters") instanceof Map<?, ?> parameters)) {
            return PromptDraft.Parameters.NONE;
        }
        Double temperature = parameters.get("temperature") instanceof Number n ? n.doubleValue() : null;
        Integer maxTokens = parameters.get("max_tokens") instanceof Number n ? n.intValue() : null;
        Object format = parameters.get("response_format");
        Object type = format instanceof Map<?, ?> map ? map.get("type") : format;
        PromptDraft.ResponseFormat responseFormat = PromptDraft.ResponseFormat.fromWireName(type);
        String schema = "";
        if (format instanceof Map<?, ?> map && map.get("json_schema") instanceof Map<?, ?> jsonSchema
                && jsonSchema.get("schema") != null) {
            schema = Json.pretty(jsonSchema.get("schema"));
        }
        return new PromptDraft.Parameters(temperature, maxTokens, responseFormat, schema);
    }
}
