package dev.promptsmith.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one run of a config came to, in a form both promptfoo's and our result files give: refused (with
 * the message), or the number of cells, the normalised requests and each cell's verdict. A cell is keyed by
 * its provider (label, else id) and its answer; as the simulator answers with what the prompt asks for
 * (or an echo of it), the answer stands for the prompt and the vars. Cells with the same key keep a
 * sorted list of their verdicts ({@code pass}, {@code fail}, {@code error}).
 */
record Outcome(String refused, int cells, ArrayNode requests, Map<String, List<String>> verdicts, ArrayNode detail) {

    static Outcome refused(String message) {
        return new Outcome(message, 0, Requests.JSON.createArrayNode(), Map.of(), Requests.JSON.createArrayNode());
    }

    static String key(String provider, String output) {
        return provider + " :: " + output;
    }

    /** The verdicts from cell (provider, output, verdict) triples. */
    static Map<String, List<String>> verdicts(List<String[]> cells) {
        Map<String, List<String>> verdicts = new TreeMap<>();
        for (String[] cell : cells) {
            verdicts.computeIfAbsent(key(cell[0], cell[1]), k -> new ArrayList<>()).add(cell[2]);
        }
        verdicts.values().forEach(list -> list.sort(String::compareTo));
        return verdicts;
    }

    /** The same outcome with those fields left out of every request too (for a report that looks past them). */
    Outcome without(java.util.Set<String> fields) {
        if (refused != null || fields.isEmpty()) {
            return this;
        }
        List<JsonNode> bodies = new ArrayList<>();
        for (JsonNode request : requests) {
            ObjectNode copy = (ObjectNode) request.deepCopy();
            fields.forEach(copy::remove);
            bodies.add(copy);
        }
        bodies.sort(java.util.Comparator.comparing(JsonNode::toString));
        ArrayNode array = Requests.JSON.createArrayNode();
        bodies.forEach(array::add);
        return new Outcome(null, cells, array, verdicts, detail);
    }

    ObjectNode toJson() {
        ObjectNode node = Requests.JSON.createObjectNode();
        if (refused != null) {
            node.put("refused", refused);
            return node;
        }
        node.put("cells", cells);
        ObjectNode byKey = node.putObject("verdicts");
        verdicts.forEach((key, list) -> {
            ArrayNode array = byKey.putArray(key);
            list.forEach(array::add);
        });
        node.set("requests", requests);
        node.set("detail", detail);
        return node;
    }

    static Outcome fromJson(JsonNode node) {
        if (node.has("refused")) {
            return refused(node.path("refused").asString());
        }
        Map<String, List<String>> verdicts = new TreeMap<>();
        node.path("verdicts").properties().forEach(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(v -> list.add(v.asString()));
            verdicts.put(e.getKey(), list);
        });
        return new Outcome(null, node.path("cells").asInt(), (ArrayNode) node.path("requests"), verdicts,
                node.path("detail") instanceof ArrayNode detail ? detail : Requests.JSON.createArrayNode());
    }

    /** The first difference from what was expected, or {@code null} when there is none. */
    String firstDifference(Outcome expected) {
        List<String> differences = differences(expected);
        return differences.isEmpty() ? null : differences.getFirst();
    }

    /**
     * The first difference of each kind (refusal, cell count, requests, verdicts), in that order; empty when
     * the outcomes are the same.
     */
    List<String> differences(Outcome expected) {
        if (expected.refused != null || refused != null) {
            return expected.refused != null && refused != null ? List.of()
                    : List.of("expected " + (expected.refused != null ? "a refusal (" + expected.refused + ")" : "a run")
                    + " but got " + (refused != null ? "a refusal: " + refused : "a run"));
        }
        List<String> differences = new ArrayList<>();
        if (cells != expected.cells) {
            differences.add("cells: expected " + expected.cells + " but got " + cells);
        }
        String request = requestDifference(expected);
        if (request != null) {
            differences.add(request);
        }
        String verdict = verdictDifference(expected);
        if (verdict != null) {
            differences.add(verdict);
        }
        return differences;
    }

    private String requestDifference(Outcome expected) {
        if (requests.size() != expected.requests.size()) {
            return "requests: expected " + expected.requests.size() + " but the simulator got " + requests.size();
        }
        for (int i = 0; i < requests.size(); i++) {
            String difference = difference("request " + (i + 1), expected.requests.get(i), requests.get(i));
            if (difference != null) {
                return difference + "\n  expected request: " + expected.requests.get(i) + "\n  sent request:     "
                        + requests.get(i);
            }
        }
        return null;
    }

    private String verdictDifference(Outcome expected) {
        for (Map.Entry<String, List<String>> entry : expected.verdicts.entrySet()) {
            List<String> ours = verdicts.get(entry.getKey());
            if (!entry.getValue().equals(ours)) {
                return "cell [" + entry.getKey() + "]: expected " + entry.getValue() + " but got "
                        + (ours == null ? "no such cell (cells: " + verdicts.keySet() + ")" : ours);
            }
        }
        for (String key : verdicts.keySet()) {
            if (!expected.verdicts.containsKey(key)) {
                return "cell [" + key + "]: not expected (expected cells: " + expected.verdicts.keySet() + ")";
            }
        }
        return null;
    }

    private static String difference(String where, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            for (String field : expected.propertyNames()) {
                if (!actual.has(field)) {
                    return where + ": field '" + field + "' missing (expected " + expected.get(field) + ")";
                }
                String inner = difference(where + "." + field, expected.get(field), actual.get(field));
                if (inner != null) {
                    return inner;
                }
            }
            for (String field : actual.propertyNames()) {
                if (!expected.has(field)) {
                    return where + ": field '" + field + "' not expected (sent " + actual.get(field) + ")";
                }
            }
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                String inner = difference(where + "[" + i + "]", expected.get(i), actual.get(i));
                if (inner != null) {
                    return inner;
                }
            }
        }
        return where + ": expected " + expected + " but got " + actual;
    }
}
