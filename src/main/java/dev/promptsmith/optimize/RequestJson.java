package dev.promptsmith.optimize;

import dev.promptsmith.run.store.ModelTargets;
import dev.promptsmith.shared.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A request as the database keeps it: JSON, with its models as runs keep theirs (never a key). */
final class RequestJson {

    private RequestJson() {
    }

    static String write(OptimizationRequest request) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("prompt", request.promptName());
        json.put("startVersionId", request.startVersionId());
        json.put("suite", request.suiteName());
        json.put("targets", request.targets().stream().map(ModelTargets::json).toList());
        json.put("proposer", ModelTargets.json(request.proposer()));
        json.put("maxCalls", request.budget().maxCalls());
        json.put("maxCostUsd", request.budget().maxCostUsd() == null ? null : request.budget().maxCostUsd().toPlainString());
        json.put("maxTimeMs", request.budget().maxTime() == null ? null : request.budget().maxTime().toMillis());
        json.put("validationShare", request.validationShare());
        json.put("seed", request.seed());
        json.put("candidatesPerRound", request.candidatesPerRound());
        json.put("strategies", request.strategies().stream().sorted().map(Enum::name).toList());
        json.put("validationRepeats", request.validationRepeats());
        json.put("finalists", request.finalists());
        json.put("patience", request.patience());
        return Json.write(json);
    }

    @SuppressWarnings("unchecked")
    static OptimizationRequest read(String text) {
        Map<String, Object> json = Json.readObject(text);
        Object cost = json.get("maxCostUsd");
        Object time = json.get("maxTimeMs");
        Budget budget = new Budget(number(json, "maxCalls").intValue(), cost == null ? null : new BigDecimal((String) cost),
                time == null ? null : Duration.ofMillis(((Number) time).longValue()));
        Set<Strategy> strategies = EnumSet.noneOf(Strategy.class);
        for (Object name : (List<Object>) json.get("strategies")) {
            strategies.add(Strategy.valueOf((String) name));
        }
        return new OptimizationRequest((String) json.get("prompt"), number(json, "startVersionId").longValue(),
                (String) json.get("suite"),
                ((List<Object>) json.get("targets")).stream().map(t -> ModelTargets.fromJson((Map<String, Object>) t)).toList(),
                ModelTargets.fromJson((Map<String, Object>) json.get("proposer")), budget, number(json, "validationShare").doubleValue(),
                number(json, "seed").longValue(), number(json, "candidatesPerRound").intValue(), strategies,
                number(json, "validationRepeats").intValue(), number(json, "finalists").intValue(),
                number(json, "patience").intValue());
    }

    private static Number number(Map<String, Object> json, String key) {
        return (Number) json.get(key);
    }
}
