package dev.promptsmith.check.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Repair throughput in MB/s; runs only on demand: {@code ./mvnw test -Dtest=JsonRepairBenchmark}. */
class JsonRepairBenchmark {

    private static final int WARM_UP = 3;
    private static final int ROUNDS = 7;

    @Test
    void measuresRepairThroughput() throws IOException {
        String valid = records(10_000_000, new Random(1));
        String half = valid.substring(0, valid.length() / 2);
        List<String> small = new ArrayList<>();
        Random random = new Random(2);
        long smallChars = 0;
        for (int k = 0; k < 100_000; k++) {
            String doc = records(200, random);
            String cut = doc.substring(0, 20 + random.nextInt(doc.length() - 20));
            small.add(cut);
            smallChars += cut.length();
        }

        // the same inputs for the npm jsonrepair, run side by side by bench/jsonrepair-npm/bench.mjs
        Path inputs = Path.of("target/benchmarks/json-inputs");
        Files.createDirectories(inputs);
        Files.writeString(inputs.resolve("valid.json"), valid);
        Files.writeString(inputs.resolve("half.json"), half);
        Files.writeString(inputs.resolve("small.jsonl"), String.join("\n", small.stream()
                .map(s -> tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s)).toList()));

        StringBuilder table = new StringBuilder("| input | size | best MB/s | median MB/s |\n|---|---|---|---|\n");
        table.append(row("10 MB valid array of records", valid.length(), time(() -> check(JsonRepair.repair(valid)))));
        table.append(row("the same cut at 50%", half.length(), time(() -> check(JsonRepair.repair(half)))));
        long total = smallChars;
        table.append(row("100,000 documents of ~200 bytes, cut at random", total, time(() -> small.forEach(s -> check(JsonRepair.repair(s))))));

        System.out.println(table);
        Path report = Path.of("target/benchmarks/json-repair.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "# JSON repair throughput\n\n" + System.getProperty("java.vm.name") + " "
                + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n" + table);
    }

    private static void check(RepairResult result) {
        assertThat(result.json()).isNotNull();
    }

    private static long[] time(Runnable work) {
        for (int k = 0; k < WARM_UP; k++) {
            work.run();
        }
        long[] nanos = new long[ROUNDS];
        for (int k = 0; k < ROUNDS; k++) {
            long start = System.nanoTime();
            work.run();
            nanos[k] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String row(String name, long chars, long[] sortedNanos) {
        double mb = chars / 1e6;
        return String.format("| %s | %.1f MB | %.0f | %.0f |%n", name, mb, mb / (sortedNanos[0] / 1e9),
                mb / (sortedNanos[sortedNanos.length / 2] / 1e9));
    }

    /** A JSON array of records, about {@code size} characters long. */
    static String records(int size, Random random) {
        StringBuilder s = new StringBuilder(size + 200).append("[\n");
        int id = 0;
        while (s.length() < size) {
            if (id > 0) {
                s.append(",\n");
            }
            s.append("  {\"id\": ").append(id++).append(", \"name\": \"user ").append(random.nextInt(100_000))
                    .append(" with a \\\"quoted\\\" nickname\", \"score\": ").append(random.nextInt(1000) / 10.0)
                    .append(", \"active\": ").append(random.nextBoolean()).append(", \"tags\": [\"a\", \"b\", null]}");
        }
        return s.append("\n]").toString();
    }
}
