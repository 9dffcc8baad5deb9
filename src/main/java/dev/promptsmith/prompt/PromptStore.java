package dev.promptsmith.prompt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Prompts and their versions in the database. Versions are only ever added, never changed. */
@Repository
public class PromptStore {

    private static final String SUMMARY = """
            select p.id, p.name, p.title, p.description, count(v.id) as versions, max(v.created_at) as last_change
            from prompt p left join prompt_version v on v.prompt_id = p.id and v.optimization_id is null
            where p.deleted_at is null and (%s)
            group by p.id, p.name, p.title, p.description
            """;
    private static final String MATCHES =
            "lower(p.name) like :filter or lower(p.title) like :filter or lower(p.description) like :filter";

    private final JdbcClient jdbc;
    private final Clock clock;

    public PromptStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a parsed prompt: creates the prompt when it is new, and adds a version when the
     * content differs from the latest version. Call it inside a transaction.
     *
     * @return the new version, or empty when the latest version already has this content
     */
    public Optional<PromptVersion> record(PromptDocument document, String sourcePath, String note) {
        return record(document, sourcePath, note, null);
    }

    /**
     * {@link #record(PromptDocument, String, String)} by someone: a prompt deleted before is listed again.
     *
     * @param author who saved it, {@code null} for a file import
     */
    public Optional<PromptVersion> record(PromptDocument document, String sourcePath, String note, String author) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long promptId = jdbc.sql("select id from prompt where name = :name")
                .param("name", document.name())
                .query(Long.class).optional()
                .orElseGet(() -> insertPrompt(document, sourcePath, now));
        Optional<PromptVersion> latest = latestVersion(promptId);
        if (latest.isPresent() && latest.get().contentHash().equals(document.contentHash())) {
            jdbc.sql("update prompt set deleted_at = null where id = :id and deleted_at is not null")
                    .param("id", promptId).update();
            return Optional.empty();
        }
        int number = nextNumber(promptId);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prompt_version (prompt_id, number, parent_id, content_hash, content, note, author, created_at)
                        values (:prompt, :number, :parent, :hash, :content, :note, :author, :now)""")
                .param("prompt", promptId)
                .param("number", number)
                .param("parent", latest.map(PromptVersion::id).orElse(null))
                .param("hash", document.contentHash())
                .param("content", document.content())
                .param("note", note)
                .param("author", author)
                .param("now", now)
                .update(key, "id");
        jdbc.sql("update prompt set title = :title, description = :description, source_path = :source, "
                        + "updated_at = :now, deleted_at = null where id = :id")
                .param("title", document.title())
                .param("description", document.description())
                .param("source", sourcePath)
                .param("now", now)
                .param("id", promptId)
                .update();
        return version(key.getKey().longValue());
    }

    private long insertPrompt(PromptDocument document, String sourcePath, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prompt (name, title, description, source_path, created_at, updated_at)
                        values (:name, :title, :description, :source, :now, :now)""")
                .param("name", document.name())
                .param("title", document.title())
                .param("description", document.description())
                .param("source", sourcePath)
                .param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Prompts whose name, title or description contains {@code filter} (any case), by name. */
    public List<PromptSummary> summaries(String filter, int offset, int limit) {
        return jdbc.sql(SUMMARY.formatted(MATCHES) + " order by p.name offset :offset rows fetch next :limit rows only")
                .param("filter", like(filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(PromptStore::summary)
                .list();
    }

    public int count(String filter) {
        return jdbc.sql("select count(*) from prompt p where p.deleted_at is null and (" + MATCHES + ")")
                .param("filter", like(filter))
                .query(Integer.class).single();
    }

    public Optional<PromptSummary> summary(String name) {
        return jdbc.sql(SUMMARY.formatted("p.name = :name"))
                .param("name", name)
                .query(PromptStore::summary)
                .optional();
    }

    /**
     * Stores a candidate of optimization {@code optimizationId}: a version with its own number, which
     * {@link #latestVersion} and {@link #versions} leave out. Call it inside a transaction.
     */
    public PromptVersion recordCandidate(long promptId, PromptDocument document, long parentId, String note,
                                         long optimizationId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into prompt_version (prompt_id, number, parent_id, content_hash, content, note, created_at,
                                                    optimization_id)
                        values (:prompt, :number, :parent, :hash, :content, :note, :now, :optimization)""")
                .param("prompt", promptId)
                .param("number", nextNumber(promptId))
                .param("parent", parentId)
                .param("hash", document.contentHash())
                .param("content", document.content())
                .param("note", note)
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("optimization", optimizationId)
                .update(key, "id");
        return version(key.getKey().longValue()).orElseThrow();
    }

    /** The next version number: one more than any version's, candidates included, so numbers stay unique. */
    private int nextNumber(long promptId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from prompt_version where prompt_id = :prompt")
                .param("prompt", promptId).query(Integer.class).single();
    }

    /** Every version of a prompt, newest first; an optimization's candidates are not among them. */
    public List<PromptVersion> versions(long promptId) {
        return jdbc.sql(VERSION + " where v.prompt_id = :prompt and v.optimization_id is null order by v.number desc")
                .param("prompt", promptId)
                .query(PromptStore::version)
                .list();
    }

    /** The newest ordinary version: an optimization's candidates are never it. */
    public Optional<PromptVersion> latestVersion(long promptId) {
        return jdbc.sql(VERSION + " where v.prompt_id = :prompt and v.optimization_id is null "
                        + "order by v.number desc fetch first row only")
                .param("prompt", promptId)
                .query(PromptStore::version)
                .optional();
    }

    /** The name of the prompt a version belongs to. */
    public Optional<String> promptName(long versionId) {
        return jdbc.sql("select p.name from prompt p join prompt_version v on v.prompt_id = p.id where v.id = :id")
                .param("id", versionId)
                .query(String.class)
                .optional();
    }

    public Optional<PromptVersion> version(long versionId) {
        return jdbc.sql(VERSION + " where v.id = :id")
                .param("id", versionId)
                .query(PromptStore::version)
                .optional();
    }

    /** Where the prompt was read from ({@code prompts/NAME.prompty}, a suite file), or empty when made in the browser. */
    public Optional<String> sourcePath(long promptId) {
        return jdbc.sql("select source_path from prompt where id = :id")
                .param("id", promptId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
                .optional().flatMap(path -> path);
    }

    /** Whether any prompt, listed or deleted, has this name: names stay unique for the versions runs refer to. */
    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from prompt where name = :name").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /** Gives a prompt a new name and file; its versions, labels and runs stay with it (they refer to its id). */
    public void rename(long promptId, String newName, String sourcePath) {
        jdbc.sql("update prompt set name = :name, source_path = :source, updated_at = :now where id = :id")
                .param("name", newName)
                .param("source", sourcePath)
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("id", promptId)
                .update();
    }

    /** Takes a prompt off the lists; its versions stay, for the runs and suites that used them. */
    public void delete(long promptId) {
        jdbc.sql("update prompt set deleted_at = :now where id = :id")
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("id", promptId)
                .update();
    }

    /** The labels of a prompt's versions, by name. */
    public List<PromptLabel> labels(long promptId) {
        return jdbc.sql("""
                        select l.label, l.version_id, v.number, l.protected from prompt_label l
                        join prompt_version v on v.id = l.version_id
                        where l.prompt_id = :prompt order by l.label""")
                .param("prompt", promptId)
                .query((rs, row) -> new PromptLabel(rs.getString("label"), rs.getLong("version_id"),
                        rs.getInt("number"), rs.getBoolean("protected")))
                .list();
    }

    /** Points a label at a version (taking it from the version it was on) and sets whether it is protected. */
    public void putLabel(long promptId, String label, long versionId, boolean protect) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int moved = jdbc.sql("update prompt_label set version_id = :version, protected = :protected, created_at = :now "
                        + "where prompt_id = :prompt and label = :label")
                .param("version", versionId).param("protected", protect).param("now", now)
                .param("prompt", promptId).param("label", label)
                .update();
        if (moved == 0) {
            jdbc.sql("insert into prompt_label (prompt_id, label, version_id, created_at, protected) "
                            + "values (:prompt, :label, :version, :now, :protected)")
                    .param("prompt", promptId).param("label", label).param("version", versionId)
                    .param("now", now).param("protected", protect)
                    .update();
        }
    }

    private static final String VERSION = """
            select v.id, v.prompt_id, v.number, v.parent_id, v.content_hash, v.content, v.note, v.author, v.created_at,
                   (select listagg(l.label, ',') within group (order by l.label)
                      from prompt_label l where l.version_id = v.id) as labels
            from prompt_version v""";

    private static PromptSummary summary(ResultSet rs, int row) throws SQLException {
        return new PromptSummary(rs.getLong("id"), rs.getString("name"), rs.getString("title"),
                rs.getString("description"), rs.getInt("versions"), instant(rs, "last_change"));
    }

    private static PromptVersion version(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        String labels = rs.getString("labels");
        return new PromptVersion(rs.getLong("id"), rs.getLong("prompt_id"), rs.getInt("number"),
                parent, rs.getString("content_hash"), rs.getString("content"),
                rs.getString("note"), instant(rs, "created_at"),
                labels == null || labels.isEmpty() ? List.of() : Arrays.asList(labels.split(",")),
                rs.getString("author"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String like(String filter) {
        String text = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
