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
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs as the history and a run's page show them: the run, then its results counted in one pass over them
 * (one query for a whole page of runs), so a run of many thousands of results is read once, not once a count.
 */
final class RunSummaries {

    private final JdbcClient jdbc;
    private final LongFunction<StoredCosts> costs;

    /** @param costs what a run's model calls cost at today's prices */
    RunSummaries(JdbcClient jdbc, LongFunction<StoredCosts> costs) {
        this.jdbc = jdbc;
        this.costs = costs;
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

    /** Each run's results counted in one pass over them, and priced at today's prices. */
    private Map<Long, Counts> counts(List<Long> runIds) {
        Map<Long, Counts> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        Map<Long, Cost> costs = costs(runIds);
        jdbc.sql("""
                        select run_id, count(*) as done,
                               sum(case when passed then 1 else 0 end) as passed,
                               sum(case when error is not null then 1 else 0 end) as errors
                        from run_result where run_id in (:ids) group by run_id""")
                .param("ids", runIds)
                .query(rs -> {
                    Cost cost = costs.getOrDefault(rs.getLong("run_id"), new Cost());
                    counts.put(rs.getLong("run_id"), new Counts(rs.getInt("done"), rs.getInt("passed"),
                            rs.getInt("errors"), cost.total, cost.unpriced));
                });
        return counts;
    }

    private static final class Cost {
        private BigDecimal total = BigDecimal.ZERO;
        private int unpriced;
    }

    /**
     * What each run's model calls cost: answers from the cache cost nothing; an answer whose model has no price now
     * keeps the cost stored when it ran, or, without one, is counted as unpriced. Cells of a model with the same
     * tokens cost the same, so each kind is priced once.
     */
    private Map<Long, Cost> costs(List<Long> runIds) {
        Map<Long, StoredCosts> prices = new HashMap<>();
        Map<Long, Cost> costs = new HashMap<>();
        jdbc.sql("""
                        select run_id, model_position, tokens_in, tokens_out, count(*) as cells, sum(cost_usd) as stored,
                               count(cost_usd) as stored_cells
                        from run_result where run_id in (:ids) and not cached and tokens_out is not null
                        group by run_id, model_position, tokens_in, tokens_out""")
                .param("ids", runIds)
                .query(rs -> {
                    long runId = rs.getLong("run_id");
                    Cost cost = costs.computeIfAbsent(runId, id -> new Cost());
                    int cells = rs.getInt("cells");
                    BigDecimal one = prices.computeIfAbsent(runId, this.costs::apply).cost(rs.getInt("model_position"),
                            (Integer) rs.getObject("tokens_in"), (Integer) rs.getObject("tokens_out"), null);
                    if (one != null) {
                        cost.total = cost.total.add(one.multiply(BigDecimal.valueOf(cells)));
                    } else {
                        BigDecimal stored = rs.getBigDecimal("stored");
                        cost.total = stored == null ? cost.total : cost.total.add(stored);
                        cost.unpriced += cells - rs.getInt("stored_cells");
                    }
                });
        return costs;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
