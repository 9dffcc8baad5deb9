package dev.promptsmith.check.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the test cases of the two best-known JSON repair libraries: npm {@code jsonrepair} (compared as
 * exact strings) and Python {@code json_repair} (compared as parsed values). Every case where we disagree on
 * purpose is listed, with the reason, in {@code jsonrepair-disagreements.tsv}.
 */
class JsonRepairCorpusTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double JSONREPAIR_GOAL = 0.97;
    private static final double JSON_REPAIR_GOAL = 0.85;

    record Case(String id, String source, String category, String input, String expected) {
    }

    @Test
    void agreesWithTheReferenceLibrariesExceptWhereListed() throws IOException {
        // given
        Path corpus = Stream.of(Path.of("../shared/jsonrepair-corpus/cases.json"),
                        Path.of("/work/shared/jsonrepair-corpus/cases.json"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(corpus != null, "JSON repair corpus not found at ../shared/jsonrepair-corpus/cases.json "
                + "or /work/shared/jsonrepair-corpus/cases.json: skipped");
        List<Case> cases = List.of(JSON.readValue(corpus.toFile(), Case[].class));
        Map<String, String> listed = disagreements();

        // when
        Map<String, int[]> bySource = new TreeMap<>();
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> unlisted = new ArrayList<>();
        List<String> listedButAgreeing = new ArrayList<>();
        List<String> listedWithoutReason = new ArrayList<>();
        int[] jsonRepairListed = new int[2];
        for (Case c : cases) {
            RepairResult result = JsonRepair.repair(c.input());
            boolean agrees = agrees(c, result);
            count(bySource, c.source(), agrees);
            count(byCategory, c.source() + " / " + c.category(), agrees);
            if (!agrees && !listed.containsKey(c.id()) && c.source().equals("jsonrepair")) {
                unlisted.add(c.id() + " " + show(c.input()) + "\n    expected " + show(c.expected())
                        + "\n    got      " + (result.json() == null ? "INVALID: " + result.problem() : show(result.json())));
            }
            if (agrees && listed.containsKey(c.id())) {
                listedButAgreeing.add(c.id());
            }
            if (listed.containsKey(c.id()) && listed.get(c.id()).isBlank()) {
                listedWithoutReason.add(c.id());
            }
            if (c.source().equals("json_repair")) {
                jsonRepairListed[0] += agrees || listed.containsKey(c.id()) ? 1 : 0;
                jsonRepairListed[1]++;
            }
        }

        // then
        System.out.println("JSON repair corpus agreement by source:");
        bySource.forEach((k, v) -> System.out.printf("  %-12s %d/%d (%.1f%%)%n", k, v[0], v[1], 100.0 * v[0] / v[1]));
        System.out.println("by category:");
        byCategory.forEach((k, v) -> System.out.printf("  %-36s %d/%d%n", k, v[0], v[1]));
        System.out.printf("  %-12s %d/%d (%.1f%%) agreeing or listed as deliberate%n", "json_repair",
                jsonRepairListed[0], jsonRepairListed[1], 100.0 * jsonRepairListed[0] / jsonRepairListed[1]);
        assertThat(listedWithoutReason).as("disagreements listed without a reason").isEmpty();
        assertThat(unlisted).as("cases that disagree but are not in jsonrepair-disagreements.tsv").isEmpty();
        assertThat(listedButAgreeing).as("cases listed as disagreements that now agree: take them off the list").isEmpty();
        assertThat(share(bySource.get("jsonrepair"))).as("agreement with jsonrepair").isGreaterThanOrEqualTo(JSONREPAIR_GOAL);
        jsonRepairAgreement = share(jsonRepairListed);
    }

    private static double jsonRepairAgreement = -1;

    /**
     * json_repair (Python) disagrees with jsonrepair on 125 of its own 234 cases, and we follow jsonrepair
     * where the two differ: such cases are listed, each with its reason, in {@code jsonrepair-disagreements.tsv}.
     * The cases that agree plus the listed ones must make the goal; the agreement alone is printed above.
     */
    @Test
    void agreesWithJsonRepairOnMostOfItsCases() throws IOException {
        if (jsonRepairAgreement < 0) {
            agreesWithTheReferenceLibrariesExceptWhereListed();
        }
        assertThat(jsonRepairAgreement).as("agreement with json_repair, counting the cases listed with a reason")
                .isGreaterThanOrEqualTo(JSON_REPAIR_GOAL);
    }

    private static boolean agrees(Case c, RepairResult result) {
        if (c.expected() == null) {
            return result.outcome() == JsonOutcome.INVALID;
        }
        if (result.json() == null) {
            return false;
        }
        if (c.source().equals("jsonrepair")) {
            return c.expected().equals(result.json());
        }
        return Objects.equals(parse(c.expected()), parse(result.json()));
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> disagreements() throws IOException {
        Map<String, String> listed = new TreeMap<>();
        try (InputStream in = JsonRepairCorpusTest.class.getResourceAsStream("/jsonrepair-disagreements.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        String[] parts = line.split("\t", 2);
                        listed.put(parts[0], parts.length < 2 ? "" : parts[1].strip());
                    });
        }
        return listed;
    }

    private static void count(Map<String, int[]> counts, String key, boolean agrees) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += agrees ? 1 : 0;
        c[1]++;
    }

    private static double share(int[] counts) {
        return counts == null ? 1.0 : (double) counts[0] / counts[1];
    }

    private static String show(String s) {
        return s == null ? "null (the reference throws)" : JSON.writeValueAsString(s);
    }
}
