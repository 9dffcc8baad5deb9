package dev.promptsmith.suiteedit;

import dev.promptsmith.exchange.ImportReport;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.shared.FileProblem;
import dev.promptsmith.shared.InputLimits;
import dev.promptsmith.shared.InvalidFileException;
import dev.promptsmith.shared.LocatedYaml;
import dev.promptsmith.shared.TextFile;
import dev.promptsmith.suite.SuiteDocument;
import dev.promptsmith.suite.SuiteLoader;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.suite.SuiteVersion;
import dev.promptsmith.suite.SuitesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Opens a suite file for the editor and saves the editor's draft back into it: only the sections
 * that changed are rewritten, the new text must read as a suite before it is written, a save over
 * a suite that moved on since it was opened is refused, and what is written is imported at once.
 * Files are written only when {@code promptsmith.editor.write-files} is on (the default).
 */
@Service
public class SuiteEditing {

    /** A suite's key is its file name: lower-case letters, digits, '-', '_' and '.', starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

    private static final List<String> SECTIONS = List.of("prompts", "providers", "defaultTest", "tests");

    private final Path workspace;
    private final boolean writesFiles;
    private final SuiteStore suites;
    private final WorkspaceImporter importer;
    private final InputLimits limits;
    private final SuiteLoader loader;

    // A String, not a Path: Spring would resolve a Path property against the servlet context.
    public SuiteEditing(@Value("${promptsmith.workspace}") String workspace,
                        @Value("${promptsmith.editor.write-files:true}") boolean writesFiles,
                        SuiteStore suites, WorkspaceImporter importer) {
        this.workspace = Path.of(workspace).toAbsolutePath().normalize();
        this.writesFiles = writesFiles;
        this.suites = suites;
        this.importer = importer;
        this.limits = InputLimits.configured();
        this.loader = new SuiteLoader(limits);
    }

    /** Whether the editor may write suite files; when not, suites are shown and not edited. */
    public boolean writesFiles() {
        return writesFiles;
    }

    /** The number of the suite's latest stored version, {@code 0} when none is stored. */
    public int storedVersion(String name) {
        return suites.latest(name).map(SuiteVersion::number).orElse(0);
    }

    /** {@code testcases/NAME.yaml}, the file a suite made in the browser is written to. */
    public static String path(String name) {
        return SuitesFolder.NAME + "/" + name + ".yaml";
    }

    /** Reads the suite's file into a draft, with the version stored of it. */
    public SuiteDraft open(String name) throws InvalidFileException {
        String shown = shown(name);
        String yml = SuitesFolder.NAME + "/" + name + ".yml";
        if (!Files.isRegularFile(workspace.resolve(shown)) && Files.isRegularFile(workspace.resolve(yml))) {
            shown = yml;
        }
        Path file = workspace.resolve(shown);
        if (!Files.isRegularFile(file)) {
            throw new InvalidFileException(shown, 0, "there is no such file in the workspace " + workspace);
        }
        String text = TextFile.read(workspace, file, shown, limits.maxFileSize());
        SuiteDocument document = loader.load(workspace, file, shown, text);
        int basedOn = suites.latest(name).map(SuiteVersion::number).orElse(0);
        return new DraftReader(shown, text).read(name, basedOn, document);
    }

    /** Writes the draft's changed sections into its file and imports it. */
    public synchronized SuiteSave save(SuiteDraft draft) {
        if (!writesFiles) {
            return new SuiteSave.Refused(List.of(off(draft.name())));
        }
        Path file = workspace.resolve(draft.file());
        int latest = suites.latest(draft.name()).map(SuiteVersion::number).orElse(0);
        if (latest != draft.basedOn()) {
            return new SuiteSave.Stale("Not saved: version " + latest + " of the suite was stored (saved in another "
                    + "tab, or " + draft.file() + " changed on disk) after you opened version " + draft.basedOn()
                    + ". Your edits are still here: reload to see the new version, then make them again.");
        }
        String current;
        try {
            current = TextFile.read(workspace, file, draft.file(), limits.maxFileSize());
        } catch (InvalidFileException e) {
            return new SuiteSave.Stale("Not saved: " + draft.file() + " cannot be read any more: "
                    + e.problems().getFirst().message());
        }
        if (!current.equals(draft.baseText())) {
            return new SuiteSave.Stale("Not saved: " + draft.file() + " changed on disk after you opened it. "
                    + "Your edits are still here: reload to see the file as it is now, then make them again.");
        }
        try {
            Map<String, Object> changed = changedSections(draft);
            if (changed.isEmpty()) {
                return new SuiteSave.Unchanged();
            }
            String text = SectionRewrite.rewrite(draft.file(), draft.baseText(), changed);
            return write(draft.name(), draft.file(), text);
        } catch (InvalidFileException e) {
            return refused(e);
        }
    }

    /** A new suite file {@code testcases/NAME.yaml} with the prompts (names of {@code prompts/}) and model ids given. */
    public SuiteSave create(String name, String description, List<String> promptNames, List<String> providers) {
        return create(name, description, promptNames, providers.stream().map(id -> (Object) id.strip()).toList(),
                List.of());
    }

    /**
     * A new suite file with its cases, written and imported once.
     *
     * @param providers provider entries as a suite file writes them: an id, or {@code {id, label, config}}
     * @param tests     the cases as the file's {@code tests} entries
     */
    public synchronized SuiteSave create(String name, String description, List<String> promptNames,
                                         List<Object> providers, List<Map<String, Object>> tests) {
        if (!writesFiles) {
            return new SuiteSave.Refused(List.of(off(name)));
        }
        String taken = nameProblem(name);
        if (taken != null) {
            return new SuiteSave.Refused(List.of(taken));
        }
        if (promptNames.isEmpty()) {
            return new SuiteSave.Refused(List.of("prompts: choose at least one prompt"));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        if (description != null && !description.isBlank()) {
            document.put("description", description.strip());
        }
        document.put("prompts", promptNames.stream().map(SuiteEditing::promptReference).toList());
        if (!providers.isEmpty()) {
            document.put("providers", providers);
        }
        document.put("tests", tests);
        try {
            return write(name, shown(name), BlockYaml.document(document));
        } catch (InvalidFileException e) {
            return refused(e);
        }
    }

    /**
     * A copy of a suite's file as {@code testcases/NEW_NAME.yaml} whose prompts are these (names of
     * {@code prompts/}); its models, defaults and cases stay as written.
     */
    public synchronized SuiteSave copy(String name, String newName, List<String> promptNames) {
        if (!writesFiles) {
            return new SuiteSave.Refused(List.of(off(newName)));
        }
        String taken = nameProblem(newName);
        if (taken != null) {
            return new SuiteSave.Refused(List.of(taken));
        }
        try {
            SuiteDraft source = open(name);
            String text = SectionRewrite.rewrite(shown(newName), source.baseText(),
                    Map.of("prompts", promptNames.stream().map(SuiteEditing::promptReference).toList()));
            return write(newName, shown(newName), text);
        } catch (InvalidFileException e) {
            return refused(e);
        }
    }

    /** Why a new suite cannot have this name (not a name, or taken), or null when it can. */
    public String nameProblem(String name) {
        if (!NAME.matcher(name).matches()) {
            return "name: lower-case letters, digits, '-', '_' and '.', starting with a letter or digit";
        }
        if (Files.exists(workspace.resolve(shown(name))) || Files.exists(workspace.resolve(SuitesFolder.NAME)
                .resolve(name + ".yml")) || suites.latest(name).isPresent()) {
            return "name: there is a suite named '" + name + "' already";
        }
        return null;
    }

    /** How a prompt of {@code prompts/} is named in a suite's {@code prompts}. */
    public static String promptReference(String promptName) {
        return "file://prompts/" + promptName + ".prompty";
    }

    private SuiteSave write(String name, String shown, String text) throws InvalidFileException {
        Path file = workspace.resolve(shown);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            return new SuiteSave.Refused(List.of(shown + " could not be written: " + e.getMessage()));
        }
        // read as a suite before anything is written: a save that would not import leaves the file as it was
        loader.load(workspace, file, shown, text);
        try {
            AtomicWrite.write(file, text);
        } catch (IOException e) {
            return new SuiteSave.Refused(List.of(shown + " could not be written: " + e.getMessage()));
        }
        ImportReport report = importer.importWorkspace(workspace);
        List<String> problems = report.errors().stream().filter(p -> p.file().equals(shown))
                .map(FileProblem::toString).toList();
        if (!problems.isEmpty()) {
            List<String> all = new ArrayList<>(List.of(shown + " was written but not imported:"));
            all.addAll(problems);
            return new SuiteSave.Refused(all);
        }
        int version = suites.latest(name).map(SuiteVersion::number).orElse(0);
        return new SuiteSave.Saved(version, open(name));
    }

    private Map<String, Object> changedSections(SuiteDraft draft) throws InvalidFileException {
        Map<?, ?> root = LocatedYaml.read(draft.file(), draft.baseText(), 0).root() instanceof Map<?, ?> map
                ? map : Map.of();
        Map<String, Object> edited = new LinkedHashMap<>();
        edited.put("prompts", listOrNull(draft.prompts(), root.get("prompts")));
        edited.put("providers", listOrNull(draft.providers(), root.get("providers")));
        edited.put("defaultTest", draft.defaultsEditable()
                ? draft.defaultTest().isEmpty() && root.get("defaultTest") == null ? null : emptyToNull(draft)
                : root.get("defaultTest"));
        edited.put("tests", tests(draft, root.get("tests")));
        Map<String, Object> changed = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            if (!PlainValues.same(edited.get(section), root.get(section))) {
                changed.put(section, edited.get(section));
            }
        }
        return changed;
    }

    private static Object emptyToNull(SuiteDraft draft) {
        return draft.defaultTest().isEmpty() ? null : draft.defaultTest();
    }

    /** An empty list where the file has none stays unwritten; one entry written alone stays alone. */
    private static Object listOrNull(List<Object> entries, Object written) {
        if (entries.isEmpty()) {
            return written instanceof List<?> ? List.of() : null;
        }
        if (entries.size() == 1 && !(written instanceof List<?>) && PlainValues.same(entries.getFirst(), written)) {
            return written;
        }
        return entries;
    }

    /** The inline cases with the file's references to files of cases where they were: first or last. */
    private static Object tests(SuiteDraft draft, Object written) {
        if (draft.cases().isEmpty() && written instanceof String reference && draft.testSources().equals(List.of(reference))) {
            return reference;
        }
        if (draft.cases().isEmpty() && draft.testSources().isEmpty()) {
            return written == null ? null : List.of();
        }
        boolean referencesFirst = written instanceof String
                || written instanceof List<?> list && !list.isEmpty() && !(list.getFirst() instanceof Map<?, ?>);
        List<Object> tests = new ArrayList<>();
        if (referencesFirst) {
            tests.addAll(draft.testSources());
        }
        tests.addAll(draft.cases());
        if (!referencesFirst) {
            tests.addAll(draft.testSources());
        }
        return tests;
    }

    private static SuiteSave refused(InvalidFileException e) {
        return new SuiteSave.Refused(e.problems().stream().map(FileProblem::toString).toList());
    }

    private static String off(String name) {
        return "Editing writes " + path(name) + ", and the setting promptsmith.editor.write-files is off.";
    }

    private static String shown(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a suite name: " + name);
        }
        return path(name);
    }
}
