package dev.promptsmith.prompt;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a prompt, word by word: its messages, parameters, sample
 * values, title and description. Only parts that changed are listed.
 */
public record PromptDiff(List<Section> sections) {

    /** One changed part of the prompt, as a run of kept, removed and added words. */
    public record Section(String title, List<Segment> segments) {
    }

    public record Segment(Change change, String text) {
    }

    public enum Change { SAME, REMOVED, ADDED }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}_]+|[^\\s\\p{L}\\p{N}_]");

    public boolean empty() {
        return sections.isEmpty();
    }

    static PromptDiff between(PromptDraft from, PromptDraft to) {
        List<Section> sections = new ArrayList<>();
        add(sections, "Title", from.title(), to.title());
        add(sections, "Description", from.description(), to.description());
        add(sections, "Messages", messages(from), messages(to));
        add(sections, "Parameters", parameters(from.parameters()), parameters(to.parameters()));
        add(sections, "Sample values", sample(from.sample()), sample(to.sample()));
        return new PromptDiff(List.copyOf(sections));
    }

    private static void add(List<Section> sections, String title, String from, String to) {
        if (!from.equals(to)) {
            sections.add(new Section(title, words(from, to)));
        }
    }

    /** A word-level diff: whitespace runs, words and single punctuation marks are the units. */
    static List<Segment> words(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            append(segments, Change.SAME, a.subList(at, delta.getSource().getPosition()));
            append(segments, Change.REMOVED, delta.getSource().getLines());
            append(segments, Change.ADDED, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        append(segments, Change.SAME, a.subList(at, a.size()));
        return List.copyOf(segments);
    }

    private static void append(List<Segment> segments, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!segments.isEmpty() && segments.getLast().change() == change) {
            Segment last = segments.removeLast();
            text = last.text() + text;
        }
        segments.add(new Segment(change, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static String messages(PromptDraft draft) {
        return draft.messages().stream().map(m -> m.role().wireName() + ":\n" + m.text().strip())
                .collect(Collectors.joining("\n\n"));
    }

    private static String parameters(PromptDraft.Parameters parameters) {
        return "temperature: " + (parameters.temperature() == null ? "not set" : parameters.temperature())
                + "\nmax tokens: " + (parameters.maxTokens() == null ? "not set" : parameters.maxTokens())
                + "\nresponse format: " + parameters.format().wireName()
                + (parameters.format() == PromptDraft.ResponseFormat.JSON_SCHEMA ? "\nschema: " + parameters.jsonSchema() : "");
    }

    private static String sample(Map<String, Object> sample) {
        return sample.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
