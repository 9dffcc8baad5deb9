package dev.promptsmith.generate;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.prompt.PromptVersion;
import dev.promptsmith.run.store.RunStore;
import dev.promptsmith.run.store.StoredResult;
import dev.promptsmith.run.store.VersionPassRate;
import dev.promptsmith.suite.TestCase;
import dev.promptsmith.suite.TestCaseCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The cases a prompt version failed in the latest run that tested it, with their inputs, outputs and reasons. */
@Service
public class FailingCases {

    private final RunStore runs;
    private final TestCaseCatalog testCases;

    public FailingCases(RunStore runs, TestCaseCatalog testCases) {
        this.runs = runs;
        this.testCases = testCases;
    }

    /** At most {@code limit} failing cells of the version in its latest run, first repeat and model first. */
    public List<FailingCase> latest(String promptName, PromptVersion version, int limit) {
        VersionPassRate rate = runs.latestPassRates(List.of(version.id())).get(version.id());
        if (rate == null) {
            return List.of();
        }
        Map<Long, TestCase> cases = testCases.ofPrompt(version.promptId()).stream()
                .collect(Collectors.toMap(TestCase::id, Function.identity(), (a, b) -> a));
        return runs.results(rate.runId()).stream()
                .filter(result -> !result.passed() && promptName.equals(result.prompt()))
                .limit(limit)
                .map(result -> runs.result(result.id()).orElse(result))
                .map(result -> failing(result, Optional.ofNullable(cases.get(result.testCaseId()))))
                .toList();
    }

    private static FailingCase failing(StoredResult result, Optional<TestCase> testCase) {
        List<String> reasons = result.error() != null ? List.of("the call failed: " + result.error())
                : result.checks().stream().filter(check -> !check.pass()).map(CheckResult::reason).toList();
        return new FailingCase(result.label() + " (" + result.model() + ")",
                testCase.map(TestCase::vars).orElse(Map.of()), result.output(), reasons);
    }
}
