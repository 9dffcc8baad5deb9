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
        return registry(none, nothing);
    }

    /** Every check type, and promptfoo's types that Promptsmith refuses by name. */
    public static CheckRegistry registry(Judge judge, Embedder embedder) {
        return new CheckRegistry(all(judge, embedder), PromptfooCheckTypes.refused());
    }

    /** Every type, with scripts that cannot read files (inline ones run). */
    public static List<Check> all(Judge judge, Embedder embedder) {
        return all(judge, embedder, Scripts.inlineOnly());
    }

    /** Every check type, and promptfoo's types that Promptsmith refuses by name; scripts read files through {@code scripts}. */
    public static CheckRegistry registry(Judge judge, Embedder embedder, Scripts scripts) {
        return new CheckRegistry(all(judge, embedder, scripts), PromptfooCheckTypes.refused());
    }

    /** @param scripts runs the javascript and python checks, reading their files from its workspace */
    public static List<Check> all(Judge judge, Embedder embedder, Scripts scripts) {
        FactualityCheck factuality = new FactualityCheck(judge);
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
                new ContainsXmlCheck(),
                new ContainsHtmlCheck(),
                new IsHtmlCheck(),
                new SqlCheck("is-sql", false),
                new SqlCheck("contains-sql", true),
                new FinishReasonCheck(),
                new NotTruncatedCheck(),
                new RepairableJsonCheck(),
                new WordCountCheck(),
                new LevenshteinCheck(),
                new RougeNCheck(),
                new BleuCheck(),
                new GleuCheck(),
                new MeteorCheck(),
                new ToolCallF1Check(),
                new FunctionCallCheck("is-valid-function-call"),
                new FunctionCallCheck("is-valid-openai-function-call"),
                new ToolsCallCheck(),
                PerplexityCheck.perplexity(),
                PerplexityCheck.score(),
                new AssertSetCheck(),
                new WebhookCheck(),
                new LatencyCheck(),
                new CostCheck(),
                new IsRefusalCheck(),
                new SimilarCheck(embedder),
                new SimilarCheck(embedder, "similar:cosine", SimilarCheck.Measure.COSINE),
                new SimilarCheck(embedder, "similar:dot", SimilarCheck.Measure.DOT),
                new SimilarCheck(embedder, "similar:euclidean", SimilarCheck.Measure.EUCLIDEAN),
                new LlmRubricCheck(judge),
                factuality,
                new AliasCheck("model-graded-factuality", factuality),
                new GEvalCheck(judge),
                new AnswerRelevanceCheck(judge, embedder),
                new ContextFaithfulnessCheck(judge),
                new ContextRecallCheck(judge),
                new ContextRelevanceCheck(judge),
                new ClosedQaCheck(judge),
                new ScriptCheck(Language.JAVASCRIPT, scripts),
                new ScriptCheck(Language.PYTHON, scripts));
    }
}
