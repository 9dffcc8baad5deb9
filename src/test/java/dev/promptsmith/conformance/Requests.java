package dev.promptsmith.conformance;

import dev.promptsmith.simulator.RecordedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The chat requests a run sent, normalised so that two tools' runs compare: every body field with its
 * keys sorted, in a fixed order (sorted by their text, as calls arrive in any order), less the fields of
 * {@link #DROPPED}, which carry how an answer is delivered, not what is asked.
 */
final class Requests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The only fields left out of the comparison: how the answer comes back, not what is asked. */
    static final Set<String> DROPPED = Set.of("stream", "stream_options");

    private Requests() {
    }

    static ArrayNode normalised(List<RecordedRequest> requests) {
        List<JsonNode> bodies = new ArrayList<>();
        for (RecordedRequest request : requests) {
            JsonNode body = JSON.readTree(request.body());
            if (body instanceof ObjectNode object) {
                DROPPED.forEach(object::remove);
            }
            bodies.add(sorted(body));
        }
        bodies.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode array = JSON.createArrayNode();
        bodies.forEach(array::add);
        return array;
    }

    /**
     * The same JSON with the keys of every object in sorted order, and every number in one form: JSON
     * has one kind of number, so {@code 0} and {@code 0.0} are the same value (JavaScript writes the one,
     * Java's double the other).
     */
    static JsonNode sorted(JsonNode node) {
        if (node.isNumber()) {
            java.math.BigDecimal value = node.decimalValue().stripTrailingZeros();
            if (value.scale() > 0) {
                return JSON.getNodeFactory().numberNode(value.doubleValue());
            }
            java.math.BigInteger integral = value.toBigIntegerExact();
            return integral.bitLength() < 32 ? JSON.getNodeFactory().numberNode(integral.intValue())
                    : integral.bitLength() < 64 ? JSON.getNodeFactory().numberNode(integral.longValue())
                    : JSON.getNodeFactory().numberNode(integral);
        }
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), sorted(e.getValue())));
            ObjectNode object = JSON.createObjectNode();
            fields.forEach(object::set);
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = JSON.createArrayNode();
            node.forEach(element -> array.add(sorted(element)));
            return array;
        }
        return node;
    }
}
