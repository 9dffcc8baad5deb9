package dev.promptsmith.shared;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML document read into plain Java values (maps, lists, strings, numbers, booleans)
 * that still knows the line every mapping, list and mapping key came from, so problems
 * found later can name the line. Only safe types are constructed; duplicate keys are an error.
 */
public final class LocatedYaml {

    private final Object root;
    private final Map<Object, Integer> containerLines;
    private final Map<Object, Map<String, Integer>> keyLines;
    private final Map<Object, List<Integer>> itemLines;
    private final int firstLine;

    private LocatedYaml(Object root, LineRecorder recorder, int firstLine) {
        this.root = root;
        this.containerLines = recorder.containerLines;
        this.keyLines = recorder.keyLines;
        this.itemLines = recorder.itemLines;
        this.firstLine = firstLine;
    }

    /** The largest YAML text read: 64 MB of characters. */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    /**
     * Reads one YAML document.
     *
     * @param file       the file name used in problems
     * @param text       the YAML text
     * @param lineOffset lines of the file that come before {@code text} (e.g. a front matter fence)
     */
    public static LocatedYaml read(String file, String text, int lineOffset) throws InvalidFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        // a suite of 20,000 cases is some 5 MB; SnakeYAML's default stops at 3 MB
        options.setCodePointLimit(MAX_CODE_POINTS);
        LineRecorder recorder = new LineRecorder(options, lineOffset);
        try {
            Object root = new Yaml(recorder).load(text);
            return new LocatedYaml(root, recorder, lineOffset + 1);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            throw new InvalidFileException(file, line, "YAML syntax: " + describe(e));
        } catch (YAMLException e) {
            throw new InvalidFileException(file, lineOffset + 1, "YAML: " + e.getMessage());
        }
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }

    public Object root() {
        return root;
    }

    /** The line a mapping or list started on, or the document's first line for anything else. */
    public int lineOf(Object container) {
        Integer line = containerLines.get(container);
        return line == null ? firstLine : line;
    }

    /** The line of {@code key} in {@code map}, or the map's own line when the key is absent. */
    public int lineOf(Map<?, ?> map, String key) {
        Map<String, Integer> lines = keyLines.get(map);
        Integer line = lines == null ? null : lines.get(key);
        return line == null ? lineOf(map) : line;
    }

    /** The line of item {@code index} of {@code list}, or the list's own line. */
    public int lineOf(List<?> list, int index) {
        List<Integer> lines = itemLines.get(list);
        return lines == null || index < 0 || index >= lines.size() ? lineOf(list) : lines.get(index);
    }

    /** Records where each constructed container came from while SnakeYAML builds the values. */
    private static final class LineRecorder extends SafeConstructor {

        private final Map<Object, Integer> containerLines = new IdentityHashMap<>();
        private final Map<Object, Map<String, Integer>> keyLines = new IdentityHashMap<>();
        private final Map<Object, List<Integer>> itemLines = new IdentityHashMap<>();
        private final int lineOffset;

        LineRecorder(LoaderOptions options, int lineOffset) {
            super(options);
            this.lineOffset = lineOffset;
        }

        @Override
        protected Object constructObject(Node node) {
            Object value = super.constructObject(node);
            if (node instanceof MappingNode mapping && value instanceof Map<?, ?>) {
                containerLines.put(value, line(node));
                Map<String, Integer> lines = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        lines.putIfAbsent(key.getValue(), line(key));
                    }
                }
                keyLines.put(value, lines);
            } else if (node instanceof SequenceNode sequence && value instanceof List<?>) {
                containerLines.put(value, line(node));
                itemLines.put(value, sequence.getValue().stream().map(this::line).toList());
            }
            return value;
        }

        private int line(Node node) {
            return lineOffset + node.getStartMark().getLine() + 1;
        }
    }
}
