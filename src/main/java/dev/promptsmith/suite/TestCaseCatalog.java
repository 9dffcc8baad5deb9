package dev.promptsmith.suite;

import java.util.List;
import org.springframework.stereotype.Service;

/** What the screens ask about test cases. */
@Service
public class TestCaseCatalog {

    private final SuiteStore store;

    public TestCaseCatalog(SuiteStore store) {
        this.store = store;
    }

    /** The test cases of the latest version of every suite that tests the prompt. */
    public List<TestCase> ofPrompt(long promptId) {
        return store.testCasesOfPrompt(promptId);
    }
}
