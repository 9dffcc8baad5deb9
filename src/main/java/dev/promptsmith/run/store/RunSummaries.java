package dev.promptsmith.run.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs as the history and a run's page show them: the run, then its results counted in one pass over them
 * (one query for a whole page of runs), so a run of many thousands of results is read once, not once a count.
 */
final class RunSummaries {

    private final JdbcClient jdbc;

    RunSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RunSummary> summary(long runId) {
        return summaries("where r.id = :id", Map.of("id", runId), 0, 1).stream().findFirst();
    }

    /** The run without its results counted (every count 0): what a page shows before the counts come. */
    Optional<RunSummary> uncounted(long runId) {
        return runs("where r.id = :id", Map.of("id", runId), 0, 1).stream().findFirst()
                .map(run -> summary(run, Counts.NONE));
    }

    /** Newest first; {@code suite} {@code null} for every suite. */
    List<RunSummary> history(String suite, int offset, int limit) {
        return suite == null ? summaries("", Map.of(), offset, limit)
                : summaries("where s.name = :suite", Map.of("suite", suite), offset, limit);
    }

    int count(String suite) {
        return suite == null ? jdbc.sql("select count(*) from run").query(Integer.class).single()
                : jdbc.sql("""
                        select count(*) from run r join suite_version sv on sv.id = r.suite_version_id
                        join suite s on s.id = sv.suite_id where s.name = :suite""")
                .param("suite", suite).query(Integer.class).single();
    }

    private record Run(long id, String suite, int suiteVersion, String status, String origin, int cells,
                       Instant createdAt, Instant finishedAt, boolean baseline) {
    }

    private record Counts(int done, int passed, int errors, BigDecimal cost, int unpriced) {

        static final Counts NONE = new Counts(0, 0, 0, BigDecimal.ZERO, 0);
    }

    private List<RunSummary> summaries(String where, Map<String, ?> params, int offset, int limit) {
        List<Run> runs = runs(where, params, offset, limit);
        Map<Long, Counts> counts = counts(runs.stream().map(Run::id).toList());
        return runs.stream().map(run -> summary(run, counts.getOrDefault(run.id(), Counts.NONE))).toList();
    }

    private static RunSummary summary(Run run, Counts c) {
        return new RunSummary(run.id(), run.suite(), run.suiteVersion(), run.status(), run.origin(), run.cells(),
                c.done(), c.passed(), c.errors(), c.cost(), run.createdAt(), run.finishedAt(), run.baseline(),
                c.unpriced());
    }

    private List<Run> runs(String where, Map<String, ?> params, int offset, int limit) {
        return jdbc.sql("""
                        select r.id, s.name, sv.number, r.status, r.origin, r.cells, r.created_at, r.finished_at,
                               exists (select 1 from suite_baseline b where b.run_id = r.id) as baseline
                        from run r
                        join suite_version sv on sv.id = r.suite_version_id
                        join suite s on s.id = sv.suite_id
                        """ + where + " order by r.id desc offset :offset rows fetch next :limit rows only")
                .params(params)
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> new Run(rs.getLong("id"), rs.getString("name"), rs.getInt("number"),
                        rs.getString("status"), rs.getString("origin"), rs.getInt("cells"), instant(rs, "created_at"),
                        rs.getObject("finished_at") == null ? null : instant(rs, "finished_at"),
                        rs.getBoolean("baseline")))
                .list();
    }

    /** Each run's results counted, in one pass over them. */
    private Map<Long, Counts> counts(List<Long> runIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select run_id, count(*) as done,
                               sum(case when passed then 1 else 0 end) as passed,
                               sum(case when error is not null then 1 else 0 end) as errors,
                               sum(case when cached then null else cost_usd end) as cost,
                               sum(case when not cached and tokens_out is not null and cost_usd is null then 1 else 0 end)
                                   as unpriced
                        from run_result where run_id in (:ids) group by run_id""")
                .param("ids", runIds)
                .query(rs -> {
                    BigDecimal cost = rs.getBigDecimal("cost");
                    counts.put(rs.getLong("run_id"), new Counts(rs.getInt("done"), rs.getInt("passed"),
                            rs.getInt("errors"), cost == null ? BigDecimal.ZERO : cost, rs.getInt("unpriced")));
                });
        return counts;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
