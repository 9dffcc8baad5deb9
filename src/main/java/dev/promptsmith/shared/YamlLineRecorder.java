package dev.promptsmith.shared;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Records the node each mapping and list was built from while the engine builds the values,
 * so their lines can be looked up when a problem needs one. Lines are found then rather than
 * recorded up front: a problem is rare, and a suite of 20,000 cases has some 100,000 containers.
 */
final class YamlLineRecorder extends StandardConstructor {

    final Map<Object, Node> nodes = new IdentityHashMap<>();

    YamlLineRecorder(LoadSettings settings) {
        super(settings);
    }

    @Override
    protected Object constructObject(Node node) {
        Object value = super.constructObject(node);
        if (node instanceof MappingNode && value instanceof Map<?, ?>
                || node instanceof SequenceNode && value instanceof List<?>) {
            nodes.put(value, node);
        }
        return value;
    }
}
