package dev.promptsmith.shared;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Records where each constructed container came from while the engine builds the values. */
final class YamlLineRecorder extends StandardConstructor {

    final Map<Object, Integer> containerLines = new IdentityHashMap<>();
    final Map<Object, Map<String, Integer>> keyLines = new IdentityHashMap<>();
    final Map<Object, List<Integer>> itemLines = new IdentityHashMap<>();
    private final int lineOffset;

    YamlLineRecorder(LoadSettings settings, int lineOffset) {
        super(settings);
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
        return lineOffset + node.getStartMark().map(mark -> mark.getLine()).orElse(0) + 1;
    }
}
