package dev.promptsmith.suite;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.RowInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Suites, their versions and test cases in the database. Versions are only ever added. */
@Repository
public class SuiteStore {

    private static final List<String> TEST_CASE_COLUMNS = List.of("suite_version_id", "position", "description", "vars",
            "checks", "options", "tags", "source_line", "source_file");

    private final JdbcClient jdbc;
    private final Clock clock;

    public SuiteStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a parsed suite: adds a version with its test cases when the content differs from
     * the latest version. Call it inside a transaction.
     *
     * @param promptIds the ids of the prompts the suite tests, in the order it names them
     * @return the new version's number, or empty when the latest version already has this content
     */
    public Optional<Integer> record(SuiteDocument suite, String sourcePath, List<Long> promptIds) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        long suiteId = jdbc.sql("select id from suite where name = :name")
                .param("name", suite.name())
                .query(Long.class).optional()
                .orElseGet(() -> insertSuite(suite.name(), sourcePath, now));
        record Latest(long id, int number, String hash) {
        }
        Optional<Latest> latest = jdbc.sql("select id, number, content_hash from suite_version where suite_id = :suite "
                        + "order by number desc fetch first row only")
                .param("suite", suiteId)
                .query((rs, row) -> new Latest(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional();
        if (latest.isPresent() && latest.get().hash().equals(suite.contentHash())) {
            return Optional.empty();
        }
        int number = latest.map(l -> l.number() + 1).orElse(1);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into suite_version (suite_id, number, parent_id, content_hash, content, description,
                                                   providers, default_test, options, created_at)
                        values (:suite, :number, :parent, :hash, :content, :description,
                                :providers, :defaultTest, :options, :now)""")
                .param("suite", suiteId)
                .param("number", number)
                .param("parent", latest.map(Latest::id).orElse(null))
                .param("hash", suite.contentHash())
                .param("content", suite.content())
                .param("description", suite.description())
                .param("providers", Json.write(suite.providers().stream().map(SuiteProvider::entry).toList()))
                .param("defaultTest", Json.write(suite.defaultTest()))
                .param("options", Json.write(suite.options()))
                .param("now", now)
                .update(key, "id");
        long versionId = key.getKey().longValue();
        for (int i = 0; i < promptIds.size(); i++) {
            jdbc.sql("insert into suite_prompt (suite_version_id, position, prompt_id, label) "
                            + "values (:version, :position, :prompt, :label)")
                    .param("version", versionId).param("position", i).param("prompt", promptIds.get(i))
                    .param("label", i < suite.prompts().size() ? suite.prompts().get(i).label() : null)
                    .update();
        }
        List<Object[]> cases = new ArrayList<>(suite.tests().size());
        for (TestCaseDefinition test : suite.tests()) {
            cases.add(new Object[] {versionId, test.position(), test.description(), Json.write(test.vars()),
                    SuiteChecks.write(test.checks()), Json.write(test.options()), String.join(",", test.tags()), test.line(),
                    test.file()});
        }
        RowInserts.insert(jdbc, "test_case", TEST_CASE_COLUMNS, cases);
        jdbc.sql("update suite set source_path = :source, updated_at = :now where id = :id")
                .param("source", sourcePath).param("now", now).param("id", suiteId)
                .update();
        return Optional.of(number);
    }

    private long insertSuite(String name, String sourcePath, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into suite (name, source_path, created_at, updated_at) values (:name, :source, :now, :now)")
                .param("name", name).param("source", sourcePath).param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The test cases of the latest version of every suite that tests the prompt, by suite and position. */
    public List<TestCase> testCasesOfPrompt(long promptId) {
        return jdbc.sql("""
                        select tc.*, s.name as suite_name, sv.number as suite_version, sv.default_test
                        from test_case tc
                        join suite_version sv on sv.id = tc.suite_version_id
                        join suite s on s.id = sv.suite_id
                        join suite_prompt sp on sp.suite_version_id = sv.id
                        where sp.prompt_id = :prompt
                          and sv.number = (select max(number) from suite_version where suite_id = s.id)
                        order by s.name, tc.position""")
                .param("prompt", promptId)
                .query(SuiteStore::testCase)
                .list();
    }

    /** The latest version of a suite, with its test cases. */
    public Optional<SuiteVersion> latest(String suiteName) {
        return jdbc.sql("""
                        select sv.id from suite_version sv join suite s on s.id = sv.suite_id
                        where s.name = :name order by sv.number desc fetch first row only""")
                .param("name", suiteName)
                .query(Long.class).optional()
                .flatMap(this::version);
    }

    public Optional<SuiteVersion> version(long versionId) {
        record Row(String name, int number, String providers, String defaultTest, String options) {
        }
        Optional<Row> row = jdbc.sql("""
                        select s.name, sv.number, sv.providers, sv.default_test, sv.options
                        from suite_version sv join suite s on s.id = sv.suite_id where sv.id = :id""")
                .param("id", versionId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        record Prompt(long id, String label) {
        }
        List<Prompt> prompts = jdbc.sql("select prompt_id, label from suite_prompt where suite_version_id = :id "
                        + "order by position")
                .param("id", versionId).query((rs, n) -> new Prompt(rs.getLong(1), rs.getString(2))).list();
        List<SuiteVersion.StoredCase> tests = jdbc.sql("select * from test_case where suite_version_id = :id order by position")
                .param("id", versionId)
                .query((rs, n) -> {
                    String tags = rs.getString("tags");
                    String file = rs.getString("source_file");
                    return new SuiteVersion.StoredCase(rs.getLong("id"), new TestCaseDefinition(rs.getInt("position"),
                            rs.getString("description"), Json.readObject(rs.getString("vars")),
                            SuiteChecks.read(rs.getString("checks"), file, rs.getInt("source_line")),
                            Json.readObject(rs.getString("options")),
                            tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rs.getInt("source_line"),
                            rs.getString("source_file")));
                })
                .list();
        Row found = row.get();
        return Optional.of(new SuiteVersion(versionId, found.name(), found.number(),
                prompts.stream().map(Prompt::id).toList(), prompts.stream().map(Prompt::label).toList(),
                Json.readObjects(found.providers()).stream().map(p -> SuiteProvider.of(p, null, 0)).toList(), Json.readObject(found.defaultTest()), Json.readObject(found.options()),
                tests));
    }

    /** Every suite by name, with how many test cases its latest version has. */
    public List<SuiteSummary> summaries() {
        return jdbc.sql("""
                        select s.name, sv.number, sv.description, s.source_path,
                               (select count(*) from test_case tc where tc.suite_version_id = sv.id) as tests
                        from suite s join suite_version sv on sv.suite_id = s.id
                        where sv.number = (select max(number) from suite_version where suite_id = s.id)
                        order by s.name""")
                .query((rs, n) -> new SuiteSummary(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    public int versionCount(String suiteName) {
        return jdbc.sql("select count(*) from suite_version sv join suite s on s.id = sv.suite_id where s.name = :name")
                .param("name", suiteName)
                .query(Integer.class).single();
    }

    private static TestCase testCase(ResultSet rs, int row) throws SQLException {
        String tags = rs.getString("tags");
        Map<String, Object> defaultTest = Json.readObject(rs.getString("default_test"));
        Map<String, Object> vars = DefaultTest.vars(defaultTest, Json.readObject(rs.getString("vars")));
        List<CheckSpec> defaultChecks = DefaultTest.checks(defaultTest);
        return new TestCase(rs.getLong("id"), rs.getString("suite_name"), rs.getInt("suite_version"),
                rs.getInt("position"), rs.getString("description"), vars,
                SuiteChecks.read(rs.getString("checks"), rs.getString("source_file"), rs.getInt("source_line")),
                Json.readObject(rs.getString("options")),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), rs.getInt("source_line"), defaultChecks);
    }
}
