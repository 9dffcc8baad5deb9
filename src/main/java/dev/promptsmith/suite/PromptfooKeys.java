package dev.promptsmith.suite;

import java.util.Map;
import java.util.Set;

/**
 * Which keys of a promptfoo config Promptsmith reads, at each level of the file. A key we do not
 * read is refused when ignoring it could change which cells run or how they are scored (a
 * provider's {@code prompts} filter, a provider's {@code transform}, {@code scenarios}, a request option):
 * a suite that runs but silently does something else than promptfoo would be worse than one that
 * does not run. Only keys that change nothing of the results (sharing, tags, a progress bar) are
 * warned about and ignored. {@code outputPath} is read: the {@code run} command writes the results
 * there; the app's screens write no files.
 */
final class PromptfooKeys {

    enum Scope {
        CONFIG("the config"),
        TEST("a test"),
        DEFAULT_TEST("defaultTest"),
        OPTIONS("a test's options"),
        CHECK("a check"),
        PROVIDER("a provider"),
        EVALUATE_OPTIONS("evaluateOptions");

        private final String shown;

        Scope(String shown) {
            this.shown = shown;
        }
    }

    enum Verdict { READ, IGNORED, REFUSED }

    private static final Map<Scope, Set<String>> READ = Map.of(
            Scope.CONFIG, Set.of("description", "prompts", "providers", "tests", "scenarios", "defaultTest",
                    "evaluateOptions", "assertionTemplates", "derivedMetrics", "outputPath", "nunjucksFilters"),
            Scope.TEST, Set.of("description", "vars", "assert", "options", "metadata", "threshold", "prompts",
                    "providers"),
            Scope.DEFAULT_TEST, Set.of("vars", "assert", "options", "threshold", "prompts", "providers"),
            Scope.OPTIONS, Set.of("repeat", "threshold", "prefix", "suffix", "transform", "provider", "rubricPrompt",
                    "transformVars"),
            Scope.CHECK, Set.of("type", "value", "threshold", "weight", "metric", "provider", "transform", "config",
                    "rubricPrompt", "assert", "alpha", "beta", "gamma"),
            Scope.PROVIDER, Set.of("id", "label", "config", "prompts", "transform"),
            Scope.EVALUATE_OPTIONS, Set.of("maxConcurrency", "repeat"));

    /** Keys whose absence changes nothing of the cells or their scores. */
    private static final Map<Scope, Set<String>> HARMLESS = Map.of(
            Scope.CONFIG, Set.of("sharing", "writeLatestResults", "tags", "metadata", "$schema"),
            Scope.DEFAULT_TEST, Set.of("description", "metadata"),
            Scope.OPTIONS, Set.of("runSerially"),
            Scope.PROVIDER, Set.of("delay"),
            Scope.EVALUATE_OPTIONS, Set.of("showProgressBar", "delay", "generateSuggestions"));

    private PromptfooKeys() {
    }

    static Verdict verdict(Scope scope, String key) {
        if (READ.get(scope).contains(key)) {
            return Verdict.READ;
        }
        return HARMLESS.getOrDefault(scope, Set.of()).contains(key) ? Verdict.IGNORED : Verdict.REFUSED;
    }

    static String ignored(Scope scope, String key) {
        return "'" + key + "' in " + scope.shown + " is not supported by Promptsmith yet and is ignored "
                + "(it changes no cell and no score)";
    }

    static String refused(Scope scope, String key) {
        return "'" + key + "' in " + scope.shown + " is not supported by Promptsmith yet; ignoring it could change "
                + "which cells run or how they are scored, so the suite is not run without it";
    }
}
