package dev.promptsmith.run.store;

import dev.promptsmith.check.CheckResult;
import dev.promptsmith.check.json.Fix;
import dev.promptsmith.check.json.OutputJson;
import dev.promptsmith.model.ModelTarget;
import dev.promptsmith.model.PriceTable;
import dev.promptsmith.shared.Json;
import dev.promptsmith.shared.RowInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Runs and their results in the database. Results are only ever added, one row per cell. A result's cost
 * is read as its tokens cost at today's prices ({@link PriceTable}), so a price added later prices it.
 */
public final class RunStore {

    private static final List<String> RESULT_COLUMNS = List.of("run_id", "prompt_position", "test_case_id",
            "model_position", "repeat_index", "request_hash", "output", "finish_reason", "tokens_in", "tokens_out",
            "latency_ms", "cost_usd", "error", "error_kind", "attempts", "cached", "passed", "score", "raw_request",
            "raw_response", "created_at", "json_outcome", "json_cut_off", "json_counted", "json_fixes",
            "json_repaired", "json_problem", "answer");
    private static final List<String> CHECK_COLUMNS = List.of("run_result_id", "position", "check_type", "metric",
            "passed", "score", "weight", "reason");

    private static final String SAMPLE_COLUMNS = """
            rr.id, rr.prompt_position, p.name as prompt_name, rr.test_case_id, tc.position as test_position,
            tc.description, rr.model_position, rm.name as model_name, rr.repeat_index, rr.passed, rr.score,
            rr.error, rr.error_kind, rr.latency_ms, rr.cost_usd, rr.tokens_in, rr.tokens_out, rr.attempts,
            rr.cached, rr.finish_reason, rr.json_outcome, rr.json_cut_off, rr.json_counted""";
    private static final String SAMPLE_JOINS = """
            from run_result rr
            join run_prompt rp on rp.run_id = rr.run_id and rp.position = rr.prompt_position
            join prompt_version pv on pv.id = rp.prompt_version_id
            join prompt p on p.id = pv.prompt_id
            join test_case tc on tc.id = rr.test_case_id
            join run_model rm on rm.run_id = rr.run_id and rm.position = rr.model_position
            """;

    /** The size of the raw request and response columns. */
    static final int MAX_RAW = 1_000_000;
    /** The sizes of the columns of the fixes and of what made JSON invalid. */
    private static final int MAX_FIXES = 2000;
    private static final int MAX_PROBLEM = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RunMatrix matrix;
    private final PriceTable prices;
    private final RunSummaries summaries;

    /** A store whose results cost what they cost at the default prices. */
    public RunStore(JdbcClient jdbc, Clock clock) {
        this(jdbc, clock, new PriceTable());
    }

    public RunStore(JdbcClient jdbc, Clock clock, PriceTable prices) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.prices = prices;
        this.matrix = new RunMatrix(jdbc, this);
        this.summaries = new RunSummaries(jdbc, this::costs);
    }

    /** The run as prompt x test case rows and model columns, a page at a time. */
    public RunMatrix matrix() {
        return matrix;
    }

    /** Stores a new run with its prompt versions and models; it starts as running, owned by its owner. */
    public long create(NewRun run) {
        OffsetDateTime now = now();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into run (suite_version_id, status, origin, repeats, cells, settings, owner, heartbeat_at,
                                         created_at)
                        values (:suite, :status, :origin, :repeats, :cells, :settings, :owner, :now, :now)""")
                .param("suite", run.suiteVersionId())
                .param("status", RunStatus.RUNNING)
                .param("origin", run.origin())
                .param("repeats", run.repeats())
                .param("cells", run.cells())
                .param("settings", Json.write(run.settings()))
                .param("owner", run.owner())
                .param("now", now)
                .update(key, "id");
        long runId = key.getKey().longValue();
        for (int i = 0; i < run.promptVersionIds().size(); i++) {
            jdbc.sql("insert into run_prompt (run_id, position, prompt_version_id) values (:run, :position, :version)")
                    .param("run", runId).param("position", i).param("version", run.promptVersionIds().get(i))
                    .update();
        }
        for (int i = 0; i < run.models().size(); i++) {
            ModelTarget model = run.models().get(i);
            jdbc.sql("insert into run_model (run_id, position, name, target) values (:run, :position, :name, :target)")
                    .param("run", runId).param("position", i).param("name", model.name())
                    .param("target", ModelTargets.write(model))
                    .update();
        }
        return runId;
    }

    /** The models of a run as they were when it started (never with keys), in column order. */
    public List<ModelTarget> models(long runId) {
        return jdbc.sql("select target from run_model where run_id = :id order by position")
                .param("id", runId).query(String.class).list().stream().map(ModelTargets::read).toList();
    }

    /** Adds results; call it inside a transaction so a batch is stored whole or not at all. */
    public void save(long runId, List<ResultRow> results) {
        OffsetDateTime now = now();
        List<Object[]> rows = new ArrayList<>(results.size());
        for (ResultRow result : results) {
            OutputJson json = result.json();
            rows.add(new Object[] {runId, result.promptPosition(), result.testCaseId(), result.modelPosition(),
                    result.repeat(), result.requestHash(), result.output(), result.finishReason(), result.tokensIn(),
                    result.tokensOut(), result.latencyMs(), result.costUsd(), result.error(), result.errorKind(),
                    result.attempts(), result.cached(), result.passed(), result.score(), raw(result.rawRequest()),
                    raw(result.rawResponse()), now, json == null ? null : json.shape().name(),
                    json == null ? null : json.cutOff(), result.jsonCounted(), json == null ? null : fixes(json),
                    json == null ? null : json.repaired(), json == null ? null : cut(json.problem(), MAX_PROBLEM),
                    result.answer()});
        }
        List<Long> ids = RowInserts.insertReturningIds(jdbc, "run_result", RESULT_COLUMNS, rows);
        List<Object[]> checkRows = new ArrayList<>();
        for (int r = 0; r < results.size(); r++) {
            List<CheckResult> checks = results.get(r).checks();
            for (int i = 0; i < checks.size(); i++) {
                CheckResult check = checks.get(i);
                String metric = check.metric() == null || check.metric().length() <= 200 ? check.metric()
                        : check.metric().substring(0, 200);
                checkRows.add(new Object[] {ids.get(r), i, check.type(), metric, check.pass(), check.score(),
                        check.weight(), check.reason()});
            }
        }
        RowInserts.insert(jdbc, "check_result", CHECK_COLUMNS, checkRows);
    }

    /** The fixes as stored: their names, in order, comma-separated; {@code null} for none. */
    private static String fixes(OutputJson json) {
        if (json.fixes().isEmpty()) {
            return null;
        }
        return cut(String.join(",", json.fixes().stream().map(Fix::name).toList()), MAX_FIXES);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** The raw exchange as stored: at most {@link #MAX_RAW} characters, cut with a note. */
    static String raw(String text) {
        if (text == null || text.length() <= MAX_RAW) {
            return text;
        }
        String note = "\n[... cut: " + (text.length() - MAX_RAW + 100) + " more characters]";
        return text.substring(0, MAX_RAW - 100) + note;
    }

    public void heartbeat(long runId) {
        jdbc.sql("update run set heartbeat_at = :now where id = :id").param("now", now()).param("id", runId).update();
    }

    public void finish(long runId, String status) {
        finish(runId, status, null);
    }

    /** @param stopReason why the run stopped before its end, {@code null} when it did not */
    public void finish(long runId, String status, String stopReason) {
        jdbc.sql("""
                        update run set status = :status, stop_reason = :reason, finished_at = :now, heartbeat_at = :now
                        where id = :id""")
                .param("status", status).param("reason", stopReason).param("now", now()).param("id", runId)
                .update();
    }

    /** Why the run stopped before its end, if it did. */
    public Optional<String> stopReason(long runId) {
        return jdbc.sql("select stop_reason from run where id = :id").param("id", runId)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(reason -> reason);
    }

    /** Takes a run up again: running, owned by {@code owner}, not finished. */
    public void reopen(long runId, String owner) {
        jdbc.sql("""
                        update run set status = :status, owner = :owner, heartbeat_at = :now, finished_at = null,
                        stop_reason = null where id = :id""")
                .param("status", RunStatus.RUNNING).param("owner", owner).param("now", now()).param("id", runId)
                .update();
    }

    /**
     * Marks runs as interrupted whose process is gone: its owner is not alive, or it has given
     * no sign of life for {@code silence}.
     *
     * @return how many runs were marked
     */
    public int markInterrupted(Predicate<String> ownerAlive, Duration silence) {
        record Running(long id, String owner, Instant heartbeat) {
        }
        List<Running> running = jdbc.sql("select id, owner, heartbeat_at from run where status = :status")
                .param("status", RunStatus.RUNNING)
                .query((rs, row) -> new Running(rs.getLong(1), rs.getString(2), instant(rs, 3)))
                .list();
        Instant oldest = clock.instant().minus(silence);
        int marked = 0;
        for (Running run : running) {
            if (!ownerAlive.test(run.owner()) || run.heartbeat().isBefore(oldest)) {
                marked += jdbc.sql("update run set status = :status where id = :id and status = :running")
                        .param("status", RunStatus.INTERRUPTED).param("id", run.id())
                        .param("running", RunStatus.RUNNING)
                        .update();
            }
        }
        return marked;
    }

    public Optional<RunSummary> summary(long runId) {
        return summaries.summary(runId);
    }

    /** The run without its results counted (every count 0), which costs no pass over its results. */
    public Optional<RunSummary> uncounted(long runId) {
        return summaries.uncounted(runId);
    }

    /** For each of these prompt versions that a run tested, how it did in the latest such run. */
    public Map<Long, VersionPassRate> latestPassRates(java.util.Collection<Long> promptVersionIds) {
        if (promptVersionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, VersionPassRate> rates = new java.util.HashMap<>();
        jdbc.sql("""
                        select rp.prompt_version_id, rp.run_id, s.name,
                               count(rr.id) as done,
                               coalesce(sum(case when rr.passed then 1 else 0 end), 0) as passed
                        from run_prompt rp
                        join run r on r.id = rp.run_id
                        join suite_version sv on sv.id = r.suite_version_id
                        join suite s on s.id = sv.suite_id
                        left join run_result rr on rr.run_id = rp.run_id and rr.prompt_position = rp.position
                        where rp.prompt_version_id in (:ids)
                          and rp.run_id = (select max(latest.run_id) from run_prompt latest
                                           where latest.prompt_version_id = rp.prompt_version_id)
                        group by rp.prompt_version_id, rp.run_id, rp.position, s.name
                        order by rp.position""")
                .param("ids", promptVersionIds)
                .query((rs, row) -> new VersionPassRate(rs.getLong("prompt_version_id"), rs.getLong("run_id"),
                        rs.getString("name"), rs.getInt("passed"), rs.getInt("done")))
                .list()
                .forEach(rate -> rates.putIfAbsent(rate.promptVersionId(), rate));
        return rates;
    }

    /** Newest first; {@code suite} {@code null} for every suite. */
    public LatestPassRates latestPassRates() {
        return new LatestPassRates(jdbc);
    }

    public List<RunSummary> history(String suite, int offset, int limit) {
        return summaries.history(suite, offset, limit);
    }

    public int count(String suite) {
        return summaries.count(suite);
    }

    /** The cells of a run that have a result: prompt position, test case id, model position, repeat. */
    public Set<String> doneCells(long runId) {
        Set<String> done = new HashSet<>();
        jdbc.sql("select prompt_position, test_case_id, model_position, repeat_index from run_result where run_id = :run")
                .param("run", runId)
                .query(rs -> {
                    done.add(cellKey(rs.getInt(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)));
                });
        return done;
    }

    /**
     * Removes the results of cells that failed without an output (a provider error, a cancelled call), so that
     * resuming the run calls them again. Call it inside a transaction.
     *
     * @return how many were removed
     */
    public int forgetFailedCells(long runId) {
        jdbc.sql("delete from check_result where run_result_id in "
                        + "(select id from run_result where run_id = :run and error is not null and output is null)")
                .param("run", runId).update();
        return jdbc.sql("delete from run_result where run_id = :run and error is not null and output is null")
                .param("run", runId).update();
    }

    public static String cellKey(int prompt, long testCaseId, int model, int repeat) {
        return prompt + "/" + testCaseId + "/" + model + "/" + repeat;
    }

    /** Every result of a run without its output and checks, in plan order: what the statistics need. */
    public List<StoredResult> results(long runId) {
        StoredCosts costs = costs(runId);
        return jdbc.sql("select " + SAMPLE_COLUMNS + " " + SAMPLE_JOINS + """
                         where rr.run_id = :run
                         order by rr.prompt_position, tc.position, rr.model_position, rr.repeat_index""")
                .param("run", runId)
                .query((rs, row) -> result(rs, costs, null, null, null, null, List.of(), false))
                .list();
    }

    /** Results without their output and checks, in plan order, a page at a time. */
    public List<StoredResult> results(long runId, int offset, int limit) {
        StoredCosts costs = costs(runId);
        return jdbc.sql("select " + SAMPLE_COLUMNS + " " + SAMPLE_JOINS + """
                         where rr.run_id = :run
                         order by rr.prompt_position, tc.position, rr.model_position, rr.repeat_index
                         offset :offset rows fetch next :limit rows only""")
                .param("run", runId).param("offset", offset).param("limit", limit)
                .query((rs, row) -> result(rs, costs, null, null, null, null, List.of(), false))
                .list();
    }

    /** One result with its output, raw exchange and checks. */
    public Optional<StoredResult> result(long resultId) {
        Optional<Long> runId = jdbc.sql("select run_id from run_result where id = :id").param("id", resultId)
                .query(Long.class).optional();
        if (runId.isEmpty()) {
            return Optional.empty();
        }
        StoredCosts costs = costs(runId.get());
        List<CheckResult> checks = jdbc.sql("""
                        select check_type, metric, weight, passed, score, reason from check_result
                        where run_result_id = :id order by position""")
                .param("id", resultId)
                .query((rs, row) -> new CheckResult(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getBoolean(4),
                        rs.getDouble(5), rs.getString(6)))
                .list();
        return jdbc.sql("select " + SAMPLE_COLUMNS + ", rr.output, rr.answer, rr.raw_request, rr.raw_response, "
                        + "rr.json_fixes, rr.json_repaired, rr.json_problem " + SAMPLE_JOINS
                        + " where rr.id = :id")
                .param("id", resultId)
                .query((rs, row) -> result(rs, costs, rs.getString("output"), rs.getString("answer"),
                        rs.getString("raw_request"), rs.getString("raw_response"), checks, true))
                .optional();
    }

    private StoredCosts costs(long runId) {
        return new StoredCosts(prices, models(runId));
    }

    private static StoredResult result(ResultSet rs, StoredCosts costs, String output, String answer, String rawRequest,
                                       String rawResponse, List<CheckResult> checks, boolean whole)
            throws SQLException {
        return new StoredResult(rs.getLong("id"), rs.getInt("prompt_position"), rs.getString("prompt_name"),
                rs.getLong("test_case_id"), rs.getInt("test_position"), rs.getString("description"),
                rs.getInt("model_position"), rs.getString("model_name"), rs.getInt("repeat_index"), output,
                rs.getString("finish_reason"), (Integer) rs.getObject("tokens_in"), (Integer) rs.getObject("tokens_out"),
                rs.getLong("latency_ms"), costs.cost(rs.getInt("model_position"), (Integer) rs.getObject("tokens_in"),
                        (Integer) rs.getObject("tokens_out"), rs.getBigDecimal("cost_usd")),
                rs.getString("error"), rs.getString("error_kind"),
                rs.getInt("attempts"), rs.getBoolean("cached"), rs.getBoolean("passed"), rs.getDouble("score"),
                rawRequest, rawResponse, checks, json(rs, whole), rs.getBoolean("json_counted"), answer);
    }

    /** The stored JSON outcome; without {@code whole}, its shape and cut-off only. */
    private static OutputJson json(ResultSet rs, boolean whole) throws SQLException {
        String shape = rs.getString("json_outcome");
        if (shape == null) {
            return null;
        }
        List<Fix> fixes = new ArrayList<>();
        String repaired = null;
        String problem = null;
        if (whole) {
            String names = rs.getString("json_fixes");
            if (names != null) {
                for (String name : names.split(",")) {
                    fixes.add(Fix.valueOf(name));
                }
            }
            repaired = rs.getString("json_repaired");
            problem = rs.getString("json_problem");
        }
        return new OutputJson(OutputJson.Shape.valueOf(shape), rs.getBoolean("json_cut_off"), fixes, repaired, problem);
    }

    /** Makes the run its suite's baseline, in place of any earlier one. */
    public void markBaseline(long runId) {
        long suiteId = jdbc.sql("select sv.suite_id from run r join suite_version sv on sv.id = r.suite_version_id "
                        + "where r.id = :id")
                .param("id", runId).query(Long.class).single();
        jdbc.sql("delete from suite_baseline where suite_id = :suite").param("suite", suiteId).update();
        jdbc.sql("insert into suite_baseline (suite_id, run_id) values (:suite, :run)")
                .param("suite", suiteId).param("run", runId).update();
    }

    public Optional<Long> baseline(String suite) {
        return jdbc.sql("select b.run_id from suite_baseline b join suite s on s.id = b.suite_id where s.name = :suite")
                .param("suite", suite).query(Long.class).optional();
    }

    /** The suite version, prompt version ids and models of a run, in their positions. */
    public StoredPlan plan(long runId) {
        long suiteVersion = jdbc.sql("select suite_version_id from run where id = :id").param("id", runId)
                .query(Long.class).single();
        List<Long> versions = jdbc.sql("select prompt_version_id from run_prompt where run_id = :id order by position")
                .param("id", runId).query(Long.class).list();
        List<ModelTarget> models = jdbc.sql("select target from run_model where run_id = :id order by position")
                .param("id", runId).query((rs, row) -> ModelTargets.read(rs.getString(1))).list();
        int repeats = jdbc.sql("select repeats from run where id = :id").param("id", runId).query(Integer.class).single();
        Map<String, Object> settings = Json.readObject(jdbc.sql("select settings from run where id = :id")
                .param("id", runId).query(String.class).single());
        return new StoredPlan(suiteVersion, versions, models, repeats, settings);
    }

    /**
     * What a stored run was asked to run.
     *
     * @param settings how, as the run stored them ({@link NewRun#settings})
     */
    public record StoredPlan(long suiteVersionId, List<Long> promptVersionIds, List<ModelTarget> models, int repeats,
                             Map<String, Object> settings) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

}
