package dev.promptsmith.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.json.RandomJson.Leaf;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRepairPropertiesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Property(tries = 300)
    void aValidDocumentIsReturnedUnchangedAsValid(@ForAll long seed) {
        String text = RandomJson.document(seed).text();

        RepairResult result = JsonRepair.repair(text);

        assertThat(result).isEqualTo(new RepairResult(JsonOutcome.VALID, text, List.of(), null));
        assertThat(JsonRepair.repair(text, true).outcome()).isEqualTo(JsonOutcome.VALID);
    }

    @Property(tries = 300)
    void aDocumentCutAnywhereKeepsEveryCompleteValueAndTheExactPrefixOfACutString(@ForAll long seed) {
        RandomJson document = RandomJson.document(seed);
        String text = document.text();
        for (int cut = 0; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            RepairResult result = JsonRepair.repair(prefix, true);
            if (prefix.isBlank()) {
                assertThat(result.outcome()).isEqualTo(JsonOutcome.INVALID);
                continue;
            }
            JsonNode repaired = parse(result, prefix);
            for (Leaf leaf : document.leaves()) {
                if (leaf.end() <= cut) {
                    assertThat(at(repaired, leaf.path())).as("complete value at %s of %s", leaf.path(), show(prefix))
                            .isEqualTo(JSON.readTree(text.substring(leaf.start(), leaf.end())));
                } else if (leaf.string() && leaf.start() < cut) {
                    assertThat(at(repaired, leaf.path())).as("cut string at %s of %s", leaf.path(), show(prefix))
                            .isEqualTo(JSON.readTree(closedPrefix(text.substring(leaf.start(), cut))));
                }
            }
        }
    }

    @Property(tries = 300)
    void withoutTheCutOffSignalEveryCutStillParsesAndKeepsEveryCompleteValue(@ForAll long seed) {
        RandomJson document = RandomJson.document(seed);
        String text = document.text();
        for (int cut = 1; cut <= text.length(); cut++) {
            String prefix = text.substring(0, cut);
            if (prefix.isBlank()) {
                continue;
            }
            JsonNode repaired = parse(JsonRepair.repair(prefix), prefix);
            for (Leaf leaf : document.leaves()) {
                if (leaf.end() <= cut) {
                    assertThat(at(repaired, leaf.path())).as("complete value at %s of %s", leaf.path(), show(prefix))
                            .isEqualTo(JSON.readTree(text.substring(leaf.start(), leaf.end())));
                }
            }
        }
    }

    private static JsonNode parse(RepairResult result, String prefix) {
        assertThat(result.json()).as("repair of %s: %s", show(prefix), result.problem()).isNotNull();
        try {
            return JSON.readTree(result.json());
        } catch (RuntimeException e) {
            throw new AssertionError("repair of " + show(prefix) + " does not parse: " + show(result.json()), e);
        }
    }

    /** The JSON string literal {@code "abc} (cut) closed, without an escape that was cut in half. */
    private static String closedPrefix(String literal) {
        String s = literal;
        int backslash = s.lastIndexOf('\\');
        if (backslash >= 0) {
            int run = 0;
            for (int k = backslash; k >= 0 && s.charAt(k) == '\\'; k--) {
                run++;
            }
            boolean escapeStartsHere = run % 2 == 1;
            int needed = backslash + 1 < s.length() && s.charAt(backslash + 1) == 'u' ? 6 : 2;
            if (escapeStartsHere && s.length() - backslash < needed) {
                s = s.substring(0, backslash);
            }
        }
        return s + "\"";
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = node == null ? null : step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static String show(String s) {
        return JSON.writeValueAsString(s);
    }
}
