package dev.promptsmith.suiteedit;

import java.util.List;
import java.util.Map;

/**
 * A suite as the editor holds it: the sections of {@code testcases/NAME.yaml} it edits, each as the
 * file writes it (every key of a test case kept, the form's or not), and what it was opened from.
 *
 * @param file          the suite file, {@code testcases/NAME.yaml}
 * @param basedOn       the stored version the editor opened ({@code 0}: none stored yet)
 * @param baseText      the file's text when it was opened; a save over other text is refused
 * @param cases         the test cases written in the file's {@code tests}, each as its mapping
 * @param fileCases     the test cases that come from other files, read-only
 * @param testSources   the entries of {@code tests} that name files of cases ({@code file://cases.csv}, globs)
 * @param defaultTest   the file's {@code defaultTest} mapping (its {@code vars} and {@code assert} among its keys)
 * @param defaultsEditable false when {@code defaultTest} is a reference to a file, which the editor leaves alone
 * @param prompts       the entries of {@code prompts}: references such as {@code file://prompts/NAME.prompty}, text, mappings
 * @param providers     the entries of {@code providers}: ids, or mappings with {@code id} and {@code config}
 * @param variables     the variables the suite's prompts use, then those its cases and defaults give
 */
public record SuiteDraft(String name, String file, int basedOn, String baseText, List<Map<String, Object>> cases,
                         List<FileCase> fileCases, List<Object> testSources, Map<String, Object> defaultTest,
                         boolean defaultsEditable, List<Object> prompts, List<Object> providers,
                         List<String> variables) {

    public SuiteDraft {
        cases = List.copyOf(cases);
        fileCases = List.copyOf(fileCases);
        testSources = List.copyOf(testSources);
        prompts = List.copyOf(prompts);
        providers = List.copyOf(providers);
        variables = List.copyOf(variables);
    }

    /** A test case written in another file: shown with where it is written, changed there. */
    public record FileCase(String description, Map<String, Object> vars, List<Map<String, Object>> checks,
                           String location) {
    }

    /** Whether these edits are what the draft holds, whole numbers compared as numbers. */
    public boolean holds(List<Map<String, Object>> cases, Map<String, Object> defaultTest, List<Object> prompts,
                         List<Object> providers) {
        return PlainValues.same(cases, this.cases) && PlainValues.same(defaultTest, this.defaultTest)
                && PlainValues.same(prompts, this.prompts) && PlainValues.same(providers, this.providers);
    }

    /** The same draft with the user's edits. */
    public SuiteDraft edited(List<Map<String, Object>> cases, Map<String, Object> defaultTest, List<Object> prompts,
                             List<Object> providers) {
        return new SuiteDraft(name, file, basedOn, baseText, cases, fileCases, testSources, defaultTest,
                defaultsEditable, prompts, providers, variables);
    }
}
