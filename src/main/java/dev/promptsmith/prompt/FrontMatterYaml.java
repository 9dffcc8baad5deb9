package dev.promptsmith.prompt;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes a front matter over the text it was read from: what the editor did not change keeps its
 * comments, its place and its quoting; a changed value is written anew (keeping the comment on its
 * line); a removed key goes with the comments above it; a new key goes last.
 */
final class FrontMatterYaml {

    private static final DumpSettings DUMP = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setSchema(new CoreSchema())
            .setWidth(Integer.MAX_VALUE)
            .setIndent(2)
            .setDumpComments(true)
            .build();
    private static final LoadSettings LOAD = LoadSettings.builder()
            .setParseComments(true)
            .setSchema(new CoreSchema())
            .build();

    private FrontMatterYaml() {
    }

    /** The YAML of {@code values}, laid over {@code original} (the front matter's text; blank for none). */
    static String write(String original, Map<String, Object> values) {
        Optional<Node> read = compose(original);
        Node merged = read.filter(MappingNode.class::isInstance)
                .map(node -> merge(node, values))
                .orElseGet(() -> represent(values));
        StringWriter out = new StringWriter();
        new Dump(DUMP).dumpNode(merged, new StreamDataWriter() {
            @Override
            public void write(String text) {
                out.write(text);
            }

            @Override
            public void write(String text, int offset, int length) {
                out.write(text, offset, length);
            }
        });
        return out.toString();
    }

    private static Optional<Node> compose(String original) {
        if (original == null || original.isBlank()) {
            return Optional.empty();
        }
        try {
            return new Compose(LOAD).composeString(original);
        } catch (YamlEngineException e) {
            // a front matter that does not read was refused when it was read; write it anew
            return Optional.empty();
        }
    }

    private static Node merge(Node original, Object value) {
        if (same(construct(original), value)) {
            return original;
        }
        if (original instanceof MappingNode mapping && value instanceof Map<?, ?> map) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                tuples.add(find(mapping, key)
                        .map(tuple -> new NodeTuple(tuple.getKeyNode(), merge(tuple.getValueNode(), entry.getValue())))
                        .orElseGet(() -> new NodeTuple(represent(key), represent(entry.getValue()))));
            }
            mapping.setValue(tuples);
            return mapping;
        }
        Node fresh = represent(value);
        fresh.setInLineComments(original.getInLineComments());
        return fresh;
    }

    private static Optional<NodeTuple> find(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key))
                .findFirst();
    }

    private static Object construct(Node node) {
        try {
            return new StandardConstructor(LOAD).constructSingleDocument(Optional.of(node));
        } catch (YamlEngineException e) {
            return null;
        }
    }

    private static Node represent(Object value) {
        return new StandardRepresenter(DUMP).represent(value);
    }

    /** Equal as the file means it: {@code 0} and {@code 0.0} are the same temperature. */
    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            try {
                return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
            } catch (NumberFormatException e) {
                return x.equals(y); // .nan, .inf
            }
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> left = x.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> right = y.entrySet().iterator();
            while (left.hasNext()) {
                Map.Entry<?, ?> l = left.next();
                Map.Entry<?, ?> r = right.next();
                if (!String.valueOf(l.getKey()).equals(String.valueOf(r.getKey())) || !same(l.getValue(), r.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
