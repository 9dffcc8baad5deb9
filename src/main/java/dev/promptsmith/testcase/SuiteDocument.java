package dev.promptsmith.testcase;

import dev.promptsmith.shared.FileProblem;
import java.util.List;
import java.util.Map;

/**
 * A suite file, parsed.
 *
 * @param name     the suite's key: the file name without extension
 * @param warnings       what the file asks for that Promptsmith does not support yet
 * @param derivedMetrics formulas over the named metrics, in the order they are worked out
 */
public record SuiteDocument(
        String name,
        String description,
        List<PromptRef> prompts,
        List<Map<String, Object>> providers,
        Map<String, Object> defaultTest,
        Map<String, Object> options,
        List<TestCaseDefinition> tests,
        List<FileProblem> warnings,
        String content,
        String contentHash,
        List<DerivedMetric> derivedMetrics) {
}
