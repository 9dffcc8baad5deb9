package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckRegistry;
import dev.promptsmith.check.Embedder;
import dev.promptsmith.check.Judge;
import dev.promptsmith.script.ScriptCode.Language;
import dev.promptsmith.script.Scripts;
import java.util.List;

/** Every check type Promptsmith knows. */
public final class CheckTypes {

    private CheckTypes() {
    }

    /** A registry for knowing the types only: its model-graded and similarity checks cannot run. */
    public static CheckRegistry namesOnly() {
        Judge none = (system, user, config) -> {
            throw new IllegalStateException("no judge here");
        };
        Embedder nothing = text -> {
            throw new IllegalStateException("no embedder here");
        };
        return new CheckRegistry(all(none, nothing));
    }

    /** Every type, with scripts that cannot read files (inline ones run). */
    public static List<Check> all(Judge judge, Embedder embedder) {
        return all(judge, embedder, Scripts.inlineOnly());
    }

    /** @param scripts runs the javascript and python checks, reading their files from its workspace */
    public static List<Check> all(Judge judge, Embedder embedder, Scripts scripts) {
        return List.of(
                new EqualsCheck(),
                new ContainsCheck("contains", false, ContainsCheck.Mode.ONE),
                new ContainsCheck("icontains", true, ContainsCheck.Mode.ONE),
                new ContainsCheck("contains-any", false, ContainsCheck.Mode.ANY),
                new ContainsCheck("contains-all", false, ContainsCheck.Mode.ALL),
                new ContainsCheck("icontains-any", true, ContainsCheck.Mode.ANY),
                new ContainsCheck("icontains-all", true, ContainsCheck.Mode.ALL),
                new StartsWithCheck(),
                new RegexCheck(),
                new IsJsonCheck(),
                new ContainsJsonCheck(),
                new JsonSchemaCheck(),
                new JsonPathCheck(),
                new IsXmlCheck(),
                new FinishReasonCheck(),
                new NotTruncatedCheck(),
                new RepairableJsonCheck(),
                new WordCountCheck(),
                new LevenshteinCheck(),
                new RougeNCheck(),
                new LatencyCheck(),
                new CostCheck(),
                new IsRefusalCheck(),
                new SimilarCheck(embedder),
                new LlmRubricCheck(judge),
                new FactualityCheck(judge),
                new ClosedQaCheck(judge),
                new ScriptCheck(Language.JAVASCRIPT, scripts),
                new ScriptCheck(Language.PYTHON, scripts));
    }
}
