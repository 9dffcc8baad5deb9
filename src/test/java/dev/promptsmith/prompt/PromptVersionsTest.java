package dev.promptsmith.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.exchange.WorkspaceCheck;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.shared.Role;
import dev.promptsmith.suite.SuiteStore;
import dev.promptsmith.support.H2Database;
import dev.promptsmith.support.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptVersionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private H2Database database;
    private Workspace workspace;
    private PromptStore store;
    private PromptEditor editor;
    private PromptVersions versions;
    private PromptLifecycle lifecycle;

    @BeforeEach
    void setUp() {
        database = new H2Database(temp.resolve("data"));
        workspace = new Workspace(temp.resolve("workspace"));
        store = new PromptStore(database.jdbc(), CLOCK);
        editor = new PromptEditor();
        PromptFiles files = new PromptFiles(workspace.root().toString(), true);
        versions = new PromptVersions(store, editor, files, database.transactions(), "ada");
        lifecycle = new PromptLifecycle(store, editor, versions, files, database.transactions());
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    private PromptDraft latestDraft(String name) throws Exception {
        PromptVersion latest = store.latestVersion(store.summary(name).orElseThrow().id()).orElseThrow();
        return editor.draft(new PromptyParser().parse(name, name, latest.content()));
    }

    private static PromptDraft withUserText(PromptDraft draft, String text) {
        return new PromptDraft(draft.name(), draft.title(), draft.description(),
                List.of(draft.messages().getFirst(), new PromptDraft.Message(Role.USER, text)),
                draft.parameters(), draft.sample(), draft.header());
    }

    @Test
    void savingAddsAVersionWithItsNoteAndAuthorAndWritesTheFile() throws Exception {
        // given
        lifecycle.create("greet", "Greeter", Optional.empty());
        PromptDraft edited = withUserText(latestDraft("greet"), "Greet {{ question }} warmly.");

        // when
        SaveResult result = versions.save(edited, 1, "warmer");

        // then
        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.version().number()).isEqualTo(2);
            assertThat(saved.version().note()).isEqualTo("warmer");
            assertThat(saved.version().author()).isEqualTo("ada");
            assertThat(saved.version().createdAt()).isEqualTo(CLOCK.instant());
            assertThat(saved.fileProblem()).isNull();
        });
        assertThat(Files.readString(workspace.root().resolve("prompts/greet.prompty")))
                .isEqualTo(store.latestVersion(store.summary("greet").orElseThrow().id()).orElseThrow().content())
                .contains("Greet {{ question }} warmly.");
    }

    @Test
    void aSaveStartedFromAnOlderVersionIsRefusedAndCanBeSavedAfterTheLatest() throws Exception {
        // given: two tabs start from v1; the first saves v2
        lifecycle.create("greet", "Greeter", Optional.empty());
        PromptDraft first = withUserText(latestDraft("greet"), "First tab's words");
        PromptDraft second = withUserText(latestDraft("greet"), "Second tab's words");
        versions.save(first, 1, "first");

        // when
        SaveResult refused = versions.save(second, 1, "second");

        // then
        assertThat(refused).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.latest().number()).isEqualTo(2);
            assertThat(conflict.describe()).isEqualTo("Not saved: version 2 was saved by ada after you started editing "
                    + "version 1. Save yours as version 3 after it, or reload to see theirs.");
        });
        assertThat(latestDraft("greet").messages().getLast().text()).isEqualTo("First tab's words");

        // when the second tab saves after the latest
        SaveResult saved = versions.save(second, ((SaveResult.Conflict) refused).latest().number(), "second");

        // then
        assertThat(saved).isInstanceOfSatisfying(SaveResult.Saved.class, s -> assertThat(s.version().number()).isEqualTo(3));
        assertThat(store.versions(store.summary("greet").orElseThrow().id())).extracting(PromptVersion::note)
                .containsExactly("second", "first", "created");
    }

    @Test
    void anUnchangedDraftAddsNoVersionAndATakenNameIsRefused() throws Exception {
        lifecycle.create("greet", "Greeter", Optional.empty());

        assertThat(versions.save(latestDraft("greet"), 1, "")).isInstanceOf(SaveResult.Unchanged.class);
        assertThat(lifecycle.create("greet", "Other", Optional.empty())).isEqualTo(
                new SaveResult.Refused(List.of("a prompt named 'greet' exists already")));
        assertThat(lifecycle.create("Bad Name", "Other", Optional.empty())).isInstanceOf(SaveResult.Refused.class);
    }

    @Test
    void anOldVersionIsRestoredAsANewOne() throws Exception {
        // given
        lifecycle.create("greet", "Greeter", Optional.empty());
        versions.save(withUserText(latestDraft("greet"), "changed"), 1, "change");
        long id = store.summary("greet").orElseThrow().id();
        PromptVersion first = store.versions(id).getLast();

        // when
        SaveResult result = versions.restore("greet", first, 2);

        // then
        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.version().number()).isEqualTo(3);
            assertThat(saved.version().content()).isEqualTo(first.content());
            assertThat(saved.version().note()).isEqualTo("restored from v1");
        });
    }

    @Test
    void aLabelPointsAtOneVersionAndAProtectedLabelMovesOnlyWhenConfirmed() throws Exception {
        // given
        lifecycle.create("greet", "Greeter", Optional.empty());
        versions.save(withUserText(latestDraft("greet"), "changed"), 1, "change");
        long id = store.summary("greet").orElseThrow().id();
        PromptVersion v2 = store.versions(id).getFirst();
        PromptVersion v1 = store.versions(id).getLast();

        // when
        versions.moveLabel(id, "production", v1, null, false);
        versions.moveLabel(id, "staging", v1, null, false);
        PromptVersions.LabelMove unconfirmed = versions.moveLabel(id, "production", v2, null, false);
        versions.moveLabel(id, "staging", v2, null, false);

        // then
        assertThat(unconfirmed).isEqualTo(PromptVersions.LabelMove.NEEDS_CONFIRMATION);
        assertThat(versions.labels(id)).containsExactly(new PromptLabel("production", v1.id(), 1, true),
                new PromptLabel("staging", v2.id(), 2, false));

        // when confirmed
        assertThat(versions.moveLabel(id, "production", v2, null, true)).isEqualTo(PromptVersions.LabelMove.MOVED);

        // then
        assertThat(versions.labels(id)).containsExactly(new PromptLabel("production", v2.id(), 2, true),
                new PromptLabel("staging", v2.id(), 2, false));
        assertThat(store.version(v2.id()).orElseThrow().labels()).containsExactly("production", "staging");
    }

    @Test
    void aDeletedPromptLeavesTheListsAndItsFileButKeepsItsVersions() throws Exception {
        // given
        lifecycle.create("greet", "Greeter", Optional.empty());
        lifecycle.duplicate("greet", "greet-copy", "Greeter copy");
        long id = store.summary("greet").orElseThrow().id();

        // when
        String problem = lifecycle.delete("greet");

        // then
        assertThat(problem).isNull();
        assertThat(store.summary("greet")).isEmpty();
        assertThat(store.summaries("", 0, 10)).extracting(PromptSummary::name).containsExactly("greet-copy");
        assertThat(store.versions(id)).hasSize(1);
        assertThat(workspace.root().resolve("prompts/greet.prompty")).doesNotExist();
        assertThat(latestDraft("greet-copy").messages()).isEqualTo(PromptEditor.empty("x", "y").messages());
    }

    @Test
    void aSavedFilePassesTheFileCheckAndReimportsAsTheSameVersion() throws Exception {
        // given
        lifecycle.create("greet", "Greeter", Optional.empty());
        PromptDraft draft = latestDraft("greet");
        versions.save(new PromptDraft("greet", "Greeter", "Says hello", draft.messages(),
                new PromptDraft.Parameters(0.5, 300, PromptDraft.ResponseFormat.JSON_SCHEMA, "{\"type\": \"object\"}"),
                Map.of("question", "012"), draft.header()), 1, "schema");

        // when
        WorkspaceCheck.Result check = new WorkspaceCheck().check(workspace.root());
        int added = new WorkspaceImporter(store, new SuiteStore(database.jdbc(), CLOCK), database.transactions())
                .importWorkspace(workspace.root()).promptVersionsAdded();

        // then
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.promptFiles()).isEqualTo(1);
        assertThat(added).isZero();
        assertThat(store.versions(store.summary("greet").orElseThrow().id())).hasSize(2);
    }

    @Test
    void aDraftOfAPromptRenamedMeanwhileIsRefusedAndStoresNothing() throws Exception {
        // given: a draft started from version 1, then the prompt is renamed
        lifecycle.create("greet", "Greeter", Optional.empty());
        PromptDraft draft = withUserText(latestDraft("greet"), "Greet {{ question }} warmly.");
        assertThat(lifecycle.rename("greet", "welcome").renamed()).isTrue();

        // when
        SaveResult result = versions.save(draft, 1, "warmer");

        // then
        assertThat(result).isEqualTo(new SaveResult.Refused(List.of("there is no prompt 'greet' any more: it was "
                + "renamed or deleted while you edited it; copy your text before you leave")));
        assertThat(store.summary("greet")).isEmpty();
        assertThat(store.summary("welcome").orElseThrow().versionCount()).isEqualTo(1);
        assertThat(workspace.root().resolve("prompts/greet.prompty")).doesNotExist();
    }
}
