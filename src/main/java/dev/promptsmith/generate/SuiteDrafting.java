package dev.promptsmith.generate;

import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.prompt.PromptCatalog;
import dev.promptsmith.prompt.PromptDocument;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.suiteedit.SuiteDraft;
import dev.promptsmith.suiteedit.SuiteEditing;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** More cases and suggested checks for a suite, drafted for its first prompt of {@code prompts/}. */
@Service
public class SuiteDrafting {

    private static final Pattern PROMPT_FILE = Pattern.compile("file://prompts/([^/]+)\\.prompty");

    private final Generator generator;
    private final SuiteEditing suites;
    private final PromptCatalog prompts;

    public SuiteDrafting(Generator generator, SuiteEditing suites, PromptCatalog prompts) {
        this.generator = generator;
        this.suites = suites;
        this.prompts = prompts;
    }

    /**
     * @throws InvalidFileException when the suite's file does not read, or it names no prompt of {@code prompts/}
     */
    public CaseDrafts moreCases(String suite, int count, ModelTarget model) throws InvalidFileException {
        SuiteDraft draft = suites.open(suite);
        return generator.moreCases(prompt(draft), draft.cases(), count, model);
    }

    /**
     * @throws InvalidFileException when the suite's file does not read, or it names no prompt of {@code prompts/}
     */
    public Suggestions suggestChecks(String suite, ModelTarget model) throws InvalidFileException {
        SuiteDraft draft = suites.open(suite);
        return generator.suggestChecks(prompt(draft), draft.cases(), model);
    }

    /** The suite's cases as its file writes them, numbered from 1 as suggestions name them. */
    public List<Map<String, Object>> cases(String suite) throws InvalidFileException {
        return suites.open(suite).cases();
    }

    private PromptDocument prompt(SuiteDraft draft) throws InvalidFileException {
        for (Object entry : draft.prompts()) {
            Matcher file = PROMPT_FILE.matcher(String.valueOf(entry instanceof Map<?, ?> map ? map.get("id") : entry));
            if (file.matches()) {
                var found = prompts.latest(file.group(1));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new InvalidFileException(draft.file(), 1, "the suite names no prompt of prompts/ to draft for");
    }
}
