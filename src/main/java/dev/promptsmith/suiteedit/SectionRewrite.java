package dev.promptsmith.suiteedit;

import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Replaces top-level sections of a YAML file and keeps every other byte, comments included. A
 * section runs from its key's line to the next top-level key; the blank and comment lines just
 * before the next key stay, as they usually speak of what follows. A section the file lacks is
 * added before the sections that usually follow it, else at the end. A file written in flow style (as JSON) has no lines of its own to keep and is
 * written whole in block style.
 */
final class SectionRewrite {

    /** The sections a suite usually has after each, in promptfoo's own examples' order. */
    private static final Map<String, List<String>> FOLLOWERS = Map.of(
            "prompts", List.of("providers", "defaultTest", "tests"),
            "providers", List.of("defaultTest", "tests"),
            "defaultTest", List.of("tests"));

    private SectionRewrite() {
    }

    /**
     * @param sections each top-level key to write with its new value; a {@code null} value removes the key
     */
    static String rewrite(String shown, String text, Map<String, Object> sections) throws InvalidFileException {
        MappingNode root = root(shown, text);
        if (root == null || root.getFlowStyle() == FlowStyle.FLOW) {
            return whole(shown, text, sections);
        }
        record Range(int start, int end, String replacement, boolean insertion) {
        }
        List<Range> ranges = new ArrayList<>();
        Map<String, Object> missing = new LinkedHashMap<>(sections);
        Map<String, Integer> starts = new LinkedHashMap<>();
        List<NodeTuple> tuples = root.getValue();
        int previousContent = 0;
        for (int i = 0; i < tuples.size(); i++) {
            // text of the value that looks like a comment (a '# heading' in a block of text) is the value's own
            int content = lineEnd(text, lastEnd(text, tuples.get(i).getValueNode()));
            int start = lineStart(text, start(text, tuples.get(i).getKeyNode()));
            int before = Math.max(keepTrailingComments(text, start), Math.min(previousContent, start));
            previousContent = content;
            if (!(tuples.get(i).getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int next = i + 1 < tuples.size()
                    ? lineStart(text, start(text, tuples.get(i + 1).getKeyNode())) : text.length();
            starts.putIfAbsent(key.getValue(), before);
            if (!sections.containsKey(key.getValue())) {
                continue;
            }
            Object value = missing.remove(key.getValue());
            int end = Math.min(next, Math.max(keepTrailingComments(text, next), content));
            ranges.add(new Range(start, end, value == null ? "" : BlockYaml.section(key.getValue(), value), false));
        }
        StringBuilder appended = new StringBuilder();
        missing.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            // a new section goes where people put it: before the sections that usually follow it
            Integer before = FOLLOWERS.getOrDefault(key, List.of()).stream().map(starts::get)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (before == null) {
                appended.append(BlockYaml.section(key, value));
            } else {
                ranges.add(new Range(before, before, BlockYaml.section(key, value), true));
            }
        });
        StringBuilder out = new StringBuilder(text);
        ranges.stream().sorted(Comparator.comparingInt(Range::start).reversed()
                        .thenComparing(Range::insertion))
                .forEach(range -> out.replace(range.start(), range.end(), range.replacement()));
        if (!appended.isEmpty() && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append(appended);
        return out.toString();
    }

    private static MappingNode root(String shown, String text) throws InvalidFileException {
        LoadSettings settings = LoadSettings.builder().setLabel(shown).setCodePointLimit(LocatedYaml.MAX_CODE_POINTS)
                .build();
        try {
            Node node = new Compose(settings).composeString(text).orElse(null);
            if (node == null) {
                return null;
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new InvalidFileException(shown, 1, "a suite file is a YAML mapping with 'prompts' and 'tests'");
            }
            return mapping;
        } catch (YamlEngineException e) {
            // the file's own problem, with its line, comes from reading it as a suite
            LocatedYaml.read(shown, text, 0);
            throw new InvalidFileException(shown, 1, "YAML: " + e.getMessage());
        }
    }

    private static String whole(String shown, String text, Map<String, Object> sections) throws InvalidFileException {
        Map<String, Object> document = new LinkedHashMap<>();
        if (LocatedYaml.read(shown, text, 0).root() instanceof Map<?, ?> map) {
            map.forEach((k, v) -> document.put(String.valueOf(k), v));
        }
        sections.forEach((key, value) -> {
            if (value == null) {
                document.remove(key);
            } else {
                document.put(key, value);
            }
        });
        return BlockYaml.document(document);
    }

    private static int start(String text, Node node) {
        return node.getStartMark().map(mark -> index(text, mark)).orElse(0);
    }

    /** Marks count code points; a Java string counts UTF-16 units. */
    private static int index(String text, Mark mark) {
        return text.offsetByCodePoints(0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
    }

    /** Where the last thing written in a value ends: its last scalar, not the start of what follows. */
    private static int lastEnd(String text, Node node) {
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() == FlowStyle.BLOCK
                && !mapping.getValue().isEmpty()) {
            return lastEnd(text, mapping.getValue().getLast().getValueNode());
        }
        if (node instanceof SequenceNode sequence && sequence.getFlowStyle() == FlowStyle.BLOCK
                && !sequence.getValue().isEmpty()) {
            return lastEnd(text, sequence.getValue().getLast());
        }
        // an alias ends where its anchor does, earlier in the file: that takes nothing from this section
        return node.getEndMark().map(mark -> index(text, mark)).orElse(0);
    }

    private static int lineEnd(String text, int index) {
        if (index > 0 && text.charAt(index - 1) == '\n') {
            return index;
        }
        int newline = text.indexOf('\n', index);
        return newline < 0 ? text.length() : newline + 1;
    }

    private static int lineStart(String text, int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    /** Moves {@code end} (a line start) back over the blank and comment lines just before it. */
    private static int keepTrailingComments(String text, int end) {
        int at = end;
        while (at > 0) {
            int previous = lineStart(text, at - 1);
            String line = text.substring(previous, at).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                break;
            }
            at = previous;
        }
        return at;
    }
}
