package dev.promptsmith.check.json;

import java.nio.file.*;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TryTmpTest {
    @Test
    void tryIt() throws Exception {
        JsonMapper m = JsonMapper.builder().build();
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/tmp/jr/in.txt"))) {
            String in = m.readValue(line, String.class);
            RepairResult r = JsonRepair.repair(in);
            sb.append(line).append("\n  -> ").append(r.json() == null ? "INVALID " + r.problem() : m.writeValueAsString(r.json())).append(" ").append(r.fixes()).append("\n");
        }
        Files.writeString(Path.of("/tmp/jr/out.txt"), sb.toString());
    }
}
