package dev.promptsmith.check.types;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every assertion type promptfoo documents ("Assertions &amp; metrics" and its sub-pages), and
 * those of them Promptsmith refuses, each with why. A suite naming a refused type is refused when
 * it is loaded, at the check's line, with that reason: never run as an unknown type or passed
 * silently. A test keeps this list and the registry in step: each documented type is either a
 * check of {@link CheckTypes} or refused here.
 */
public final class PromptfooCheckTypes {

    private static final String SCRIPTS = "runs Ruby code, which Promptsmith does not do (JavaScript and Python it does)";
    private static final String TRACES = "needs trace spans of what the provider did (OpenTelemetry tracing), which "
            + "Promptsmith does not collect";
    private static final String SIDE_BY_SIDE = "compares the outputs of a test's cells with each other, which "
            + "Promptsmith's checks, run on one output at a time, cannot do yet";

    /** As promptfoo documents them, without {@code not-}. */
    public static final List<String> DOCUMENTED = List.of(
            "equals", "contains", "icontains", "regex", "starts-with", "contains-any", "contains-all",
            "icontains-any", "icontains-all", "is-json", "contains-json", "contains-html", "is-html", "is-sql",
            "contains-sql", "is-xml", "contains-xml", "is-refusal", "javascript", "python", "ruby", "webhook",
            "rouge-n", "bleu", "gleu", "levenshtein", "latency", "meteor", "perplexity", "perplexity-score", "cost",
            "is-valid-function-call", "is-valid-openai-function-call", "is-valid-openai-tools-call", "tool-call-f1",
            "trace-span-count", "trace-span-duration", "trace-error-spans", "skill-used", "trajectory:tool-used",
            "trajectory:tool-args-match", "trajectory:tool-sequence", "trajectory:step-count", "guardrails",
            "finish-reason", "word-count", "assert-set",
            "similar", "similar:cosine", "similar:dot", "similar:euclidean", "classifier", "moderation",
            "llm-rubric", "g-eval", "answer-relevance", "context-faithfulness", "context-recall",
            "context-relevance", "conversation-relevance", "trajectory:goal-success", "factuality",
            "model-graded-factuality", "model-graded-closedqa", "pi", "select-best", "max-score", "search-rubric");

    private PromptfooCheckTypes() {
    }

    /** The documented types Promptsmith does not run, each with why, phrased to follow the type's name. */
    public static Map<String, String> refused() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("ruby", SCRIPTS);
        for (String type : List.of("trace-span-count", "trace-span-duration", "trace-error-spans",
                "trajectory:tool-used", "trajectory:tool-args-match", "trajectory:tool-sequence",
                "trajectory:step-count", "trajectory:goal-success")) {
            refused.put(type, TRACES);
        }
        refused.put("skill-used", "needs the agent skills a provider reports using, which Promptsmith's providers "
                + "do not report");
        refused.put("guardrails", "needs the guardrail decision a provider reports, which Promptsmith's providers do "
                + "not report");
        refused.put("classifier", "needs a HuggingFace classification model, which Promptsmith has no provider for");
        refused.put("moderation", "needs a moderation service (OpenAI moderation, Llama Guard), which Promptsmith "
                + "does not call");
        refused.put("pi", "needs Pi Labs' scoring service, which Promptsmith does not call");
        refused.put("select-best", SIDE_BY_SIDE);
        refused.put("max-score", SIDE_BY_SIDE);
        refused.put("conversation-relevance", "needs the turns of a conversation, which Promptsmith's single-turn "
                + "tests do not have");
        refused.put("search-rubric", "needs a judge that searches the web, which Promptsmith does not provide");
        return refused;
    }
}
