package dev.promptsmith.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Composes nodes as the engine does, then orders the keys of a mapping with merge keys as
 * promptfoo's reader does: where each was first written, a merged mapping's keys standing where
 * its {@code <<} stood. The engine alone puts every merged key last, which would reorder a
 * test's variables behind {@code <<: *defaults}.
 */
final class YamlComposer extends Composer {

    /** What each mapping with a merge key held as written, before the engine merged it. */
    private final Map<Node, List<NodeTuple>> written = new IdentityHashMap<>();

    YamlComposer(LoadSettings settings, Parser parser) {
        super(settings, parser);
    }

    @Override
    protected void composeMappingChildren(List<NodeTuple> children, MappingNode node) {
        super.composeMappingChildren(children, node);
        if (!children.isEmpty() && Tag.MERGE.equals(children.getLast().getKeyNode().getTag())) {
            written.put(node, children);
        }
    }

    @Override
    protected Node composeMappingNode(Optional<Anchor> anchor) {
        Node node = super.composeMappingNode(anchor);
        List<NodeTuple> tuples = written.remove(node);
        if (tuples != null && node instanceof MappingNode mapping) {
            mapping.setValue(inWrittenOrder(mapping.getValue(), tuples));
        }
        return node;
    }

    private static List<NodeTuple> inWrittenOrder(List<NodeTuple> merged, List<NodeTuple> written) {
        Map<String, Integer> position = new HashMap<>();
        for (NodeTuple tuple : written) {
            Node key = tuple.getKeyNode();
            if (Tag.MERGE.equals(key.getTag())) {
                Node value = tuple.getValueNode();
                // sources were composed before this mapping, so their own merges are already ordered
                for (Node source : value instanceof SequenceNode list ? list.getValue() : List.of(value)) {
                    if (source instanceof MappingNode mapping) {
                        mapping.getValue().forEach(t -> remember(t.getKeyNode(), position));
                    }
                }
            } else {
                remember(key, position);
            }
        }
        List<NodeTuple> ordered = new ArrayList<>(merged);
        ordered.sort(Comparator.comparingInt(t -> t.getKeyNode() instanceof ScalarNode key
                ? position.getOrDefault(key.getValue(), Integer.MAX_VALUE) : Integer.MAX_VALUE));
        return ordered;
    }

    private static void remember(Node key, Map<String, Integer> position) {
        if (key instanceof ScalarNode scalar) {
            position.putIfAbsent(scalar.getValue(), position.size());
        }
    }
}
