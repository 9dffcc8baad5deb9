package dev.promptsmith.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.support.H2Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A suite version's checks in a real H2 file: stored as written, read back into the specs the file gave. */
class SuiteStoreChecksTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
    private static final String FILE = "testcases/greet.yaml";

    @TempDir
    Path temp;

    private H2Database database;
    private SuiteStore store;

    @BeforeEach
    void setUp() {
        database = new H2Database(temp.resolve("data"));
        store = new SuiteStore(database.jdbc(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        database.shutdown();
    }

    @Test
    void checksAreStoredAsWrittenAndReadBackAsTheSpecsTheFileGave() throws Exception {
        // given
        SuiteDocument suite = new SuiteParser().parse(FILE, "greet", """
                prompts: ['Greet {{ person }}']
                defaultTest:
                  assert:
                    - type: not-truncated
                tests:
                  - vars: {person: Ada}
                    assert:
                      - type: not-icontains
                        value: '{{ person }}!'
                        weight: 2
                        metric: polite
                      - type: assert-set
                        assert:
                          - type: contains
                            value: Ada
                """);

        // when
        store.record(suite, FILE, List.of());
        SuiteVersion stored = store.latest("greet").orElseThrow();

        // then
        String column = database.jdbc().sql("select checks from test_case").query(String.class).single();
        assertThat(column).isEqualTo("[{\"type\":\"not-icontains\",\"value\":\"{{ person }}!\",\"weight\":2,"
                + "\"metric\":\"polite\"},{\"type\":\"assert-set\",\"assert\":[{\"type\":\"contains\",\"value\":\"Ada\"}]}]");
        List<CheckSpec> read = stored.tests().getFirst().definition().checks();
        List<CheckSpec> written = suite.tests().getFirst().checks();
        assertThat(read).extracting(CheckSpec::type, CheckSpec::negated, CheckSpec::value, CheckSpec::weight,
                        CheckSpec::metric, CheckSpec::config, CheckSpec::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("icontains", true, "{{ person }}!", 2.0, "polite",
                                written.get(0).config(), 6),
                        org.assertj.core.groups.Tuple.tuple("assert-set", false, null, 1.0, null,
                                written.get(1).config(), 6));
        assertThat(read.get(1).members()).singleElement()
                .satisfies(member -> assertThat(member.config()).isEqualTo(Map.of("type", "contains", "value", "Ada")));
        assertThat(DefaultTest.checks(stored.defaultTest())).singleElement()
                .satisfies(check -> assertThat(check).extracting(CheckSpec::type, CheckSpec::negated)
                        .containsExactly("not-truncated", false));
    }
}
