package dev.promptsmith.suite;

import dev.promptsmith.shared.FileProblem;
import java.util.List;
import java.util.Map;

/**
 * A suite file, read with the files it references.
 *
 * @param name        the suite's key: the file name without extension
 * @param prompts     the prompts it tests, in its order (a file of several prompts gives several)
 * @param tests       every test case, from the suite file and from the test files it names
 * @param warnings    keys it holds that change nothing and are ignored
 * @param content     the suite file's text
 * @param contentHash the hash of the suite file and of every file it references
 * @param files       the files it references, relative to the workspace, in the order read
 * @param derivedMetrics formulas over the named metrics, in the order they are worked out
 * @param resultFiles where promptfoo's {@code outputPath} asks the results to be written; only {@code run} writes them
 */
public record SuiteDocument(
        String name,
        String description,
        List<SuitePrompt> prompts,
        List<SuiteProvider> providers,
        Map<String, Object> defaultTest,
        Map<String, Object> options,
        List<TestCaseDefinition> tests,
        List<FileProblem> warnings,
        String content,
        String contentHash,
        List<String> files,
        List<DerivedMetric> derivedMetrics,
        List<ResultFile> resultFiles) {
}
