package dev.promptsmith.check.json;

import java.nio.file.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DumpTmpTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    @Test
    void dump() throws Exception {
        JsonNode cases = JSON.readTree(Path.of("/work/shared/jsonrepair-corpus/cases.json").toFile());
        StringBuilder sb = new StringBuilder();
        int[] ok = new int[2]; int[] tot = new int[2];
        for (JsonNode c : cases) {
            String src = c.get("source").asText();
            String in = c.get("input").asText();
            JsonNode e = c.get("expected");
            String exp = e.isNull() ? null : e.asText();
            RepairResult r = JsonRepair.repair(in);
            boolean agree;
            int s = src.equals("jsonrepair") ? 0 : 1;
            if (exp == null) agree = r.outcome() == JsonOutcome.INVALID;
            else if (r.json() == null) agree = false;
            else if (s == 0) agree = exp.equals(r.json());
            else agree = Objects.equals(p(exp), p(r.json()));
            tot[s]++; if (agree) ok[s]++;
            if (!agree) {
                sb.append(c.get("id").asText()).append(" [").append(c.get("category").asText()).append("]\n  in : ")
                  .append(JSON.writeValueAsString(in)).append("\n  exp: ").append(exp == null ? "THROWS" : (s==1? String.valueOf(p(exp)) : JSON.writeValueAsString(exp)))
                  .append("\n  got: ").append(r.json() == null ? "INVALID " + r.problem() : (s==1? String.valueOf(p(r.json())) + "   raw=" + JSON.writeValueAsString(r.json()) : JSON.writeValueAsString(r.json())))
                  .append("\n  note: ").append(c.get("note").asText()).append("\n");
            }
        }
        sb.insert(0, "jsonrepair " + ok[0] + "/" + tot[0] + "  json_repair " + ok[1] + "/" + tot[1] + "\n");
        Files.writeString(Path.of("/tmp/jr/fails.txt"), sb.toString());
    }
    static JsonNode p(String s) { try { return JSON.readTree(s); } catch (RuntimeException x) { return null; } }
}
