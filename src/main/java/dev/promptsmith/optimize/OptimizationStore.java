package dev.promptsmith.optimize;

import dev.promptsmith.shared.Json;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Optimizations, their candidates and rounds in the database; the budget is reserved here, one call at a time. */
final class OptimizationStore {

    private static final String CANDIDATE = """
            select c.id, c.version_id, v.number, c.round, c.slot, c.strategy, c.parent_ids, c.rationale, c.training_run_id,
                   c.validation_run_id, c.training_passes, c.training_total, c.validation_passes, c.validation_total,
                   c.calls, c.characters
            from optimization_candidate c join prompt_version v on v.id = c.version_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    OptimizationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An optimization as stored: its request, split and counters. */
    record Stored(long id, long promptId, long suiteVersionId, OptimizationRequest request, Split split,
                  OptimizationStatus status, int callsSpent, BigDecimal costSpent, BigDecimal maxCallCost,
                  long timeSpentMs, int rounds, String stopReason, Long bestCandidateId, Long acceptedVersionId,
                  Instant createdAt, Instant updatedAt) {
    }

    long create(long promptId, long suiteVersionId, OptimizationRequest request, Split split) {
        OffsetDateTime now = now();
        KeyHolder key = new GeneratedKeyHolder();
        Map<String, Object> splitJson = new LinkedHashMap<>();
        splitJson.put("training", split.training());
        splitJson.put("validation", split.validation());
        jdbc.sql("""
                        insert into optimization (prompt_id, start_version_id, suite_name, suite_version_id, request, split,
                                                  status, max_calls, created_at, updated_at)
                        values (:prompt, :start, :suite, :suiteVersion, :request, :split, :status, :maxCalls, :now, :now)""")
                .param("prompt", promptId).param("start", request.startVersionId()).param("suite", request.suiteName())
                .param("suiteVersion", suiteVersionId).param("request", RequestJson.write(request))
                .param("split", Json.write(splitJson)).param("status", OptimizationStatus.RUNNING.name())
                .param("maxCalls", request.budget().maxCalls()).param("now", now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select * from optimization where id = :id").param("id", id)
                .query(OptimizationStore::stored).optional();
    }

    List<Stored> all() {
        return jdbc.sql("select * from optimization order by id desc").query(OptimizationStore::stored).list();
    }

    /**
     * Takes one call from the budget, committed at once: false when none is left. The database decides, so
     * parallel calls never take the same last call.
     */
    boolean reserveCall(long id) {
        return jdbc.sql("update optimization set calls_spent = calls_spent + 1, updated_at = :now "
                        + "where id = :id and calls_spent < max_calls")
                .param("now", now()).param("id", id).update() == 1;
    }

    /** Adds what a call cost, and remembers the dearest call. */
    void addCost(long id, BigDecimal cost) {
        jdbc.sql("""
                        update optimization set cost_spent = cost_spent + :cost,
                            max_call_cost = case when max_call_cost < :cost then :cost else max_call_cost end
                        where id = :id""")
                .param("cost", cost).param("id", id).update();
    }

    void addTime(long id, long millis) {
        jdbc.sql("update optimization set time_spent_ms = time_spent_ms + :ms where id = :id")
                .param("ms", millis).param("id", id).update();
    }

    void status(long id, OptimizationStatus status, String stopReason) {
        jdbc.sql("update optimization set status = :status, stop_reason = :reason, updated_at = :now where id = :id")
                .param("status", status.name()).param("reason", stopReason).param("now", now()).param("id", id)
                .update();
    }

    void best(long id, long candidateId) {
        jdbc.sql("update optimization set best_candidate_id = :best, updated_at = :now where id = :id")
                .param("best", candidateId).param("now", now()).param("id", id).update();
    }

    void accepted(long id, long versionId) {
        jdbc.sql("update optimization set accepted_version_id = :version, updated_at = :now where id = :id")
                .param("version", versionId).param("now", now()).param("id", id).update();
    }

    /** Records the end of a round: its trajectory point, and the rounds counter. */
    void finishRound(long id, TrajectoryPoint point) {
        jdbc.sql("merge into optimization_round key (optimization_id, round) values (:id, :round, :training, :validation, :calls)")
                .param("id", id).param("round", point.round()).param("training", point.bestTraining())
                .param("validation", point.bestValidation()).param("calls", point.callsSpent()).update();
        jdbc.sql("update optimization set rounds = greatest(rounds, :round), updated_at = :now where id = :id")
                .param("round", point.round()).param("now", now()).param("id", id).update();
    }

    List<TrajectoryPoint> trajectory(long id) {
        return jdbc.sql("select round, best_training, best_validation, calls_spent from optimization_round "
                        + "where optimization_id = :id order by round")
                .param("id", id)
                .query((rs, row) -> new TrajectoryPoint(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    long addCandidate(long id, long versionId, int round, int slot, Strategy strategy, List<Long> parents,
                      String rationale, int calls, int characters) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into optimization_candidate (optimization_id, version_id, round, slot, strategy, parent_ids,
                                                            rationale, calls, characters, created_at)
                        values (:id, :version, :round, :slot, :strategy, :parents, :rationale, :calls, :characters, :now)""")
                .param("id", id).param("version", versionId).param("round", round).param("slot", slot)
                .param("strategy", strategy == null ? null : strategy.name())
                .param("parents", String.join(",", parents.stream().map(String::valueOf).toList()))
                .param("rationale", rationale).param("calls", calls).param("characters", characters)
                .param("now", now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void trainingRun(long candidateId, long runId) {
        jdbc.sql("update optimization_candidate set training_run_id = :run where id = :id")
                .param("run", runId).param("id", candidateId).update();
    }

    void validationRun(long candidateId, long runId) {
        jdbc.sql("update optimization_candidate set validation_run_id = :run where id = :id")
                .param("run", runId).param("id", candidateId).update();
    }

    void trainingScore(long candidateId, int passes, int total, int calls) {
        jdbc.sql("update optimization_candidate set training_passes = :passes, training_total = :total, "
                        + "calls = calls + :calls where id = :id")
                .param("passes", passes).param("total", total).param("calls", calls).param("id", candidateId).update();
    }

    void validationScore(long candidateId, int passes, int total, int calls) {
        jdbc.sql("update optimization_candidate set validation_passes = :passes, validation_total = :total, "
                        + "calls = calls + :calls where id = :id")
                .param("passes", passes).param("total", total).param("calls", calls).param("id", candidateId).update();
    }

    /** Every candidate, in the order they were proposed. */
    List<Candidate> candidates(long id) {
        return jdbc.sql(CANDIDATE + " where c.optimization_id = :id order by c.round, c.slot")
                .param("id", id).query(OptimizationStore::candidate).list();
    }

    /** The slot a candidate took in its round. */
    Map<Long, Integer> slots(long id) {
        Map<Long, Integer> slots = new LinkedHashMap<>();
        jdbc.sql("select id, slot from optimization_candidate where optimization_id = :id").param("id", id)
                .query(rs -> {
                    slots.put(rs.getLong(1), rs.getInt(2));
                });
        return slots;
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        String strategy = rs.getString("strategy");
        String parents = rs.getString("parent_ids");
        return new Candidate(rs.getLong("id"), rs.getLong("version_id"), rs.getInt("number"), rs.getInt("round"),
                strategy == null ? null : Strategy.valueOf(strategy),
                parents.isEmpty() ? List.of() : Arrays.stream(parents.split(",")).map(Long::valueOf).toList(),
                rs.getString("rationale"), rs.getObject("training_run_id", Long.class),
                rs.getObject("validation_run_id", Long.class), rs.getObject("training_passes", Integer.class),
                rs.getObject("training_total", Integer.class), rs.getObject("validation_passes", Integer.class),
                rs.getObject("validation_total", Integer.class), rs.getInt("calls"), rs.getInt("characters"));
    }

    @SuppressWarnings("unchecked")
    private static Stored stored(ResultSet rs, int row) throws SQLException {
        Map<String, Object> split = Json.readObject(rs.getString("split"));
        return new Stored(rs.getLong("id"), rs.getLong("prompt_id"), rs.getLong("suite_version_id"),
                RequestJson.read(rs.getString("request")),
                new Split(ids((List<Object>) split.get("training")), ids((List<Object>) split.get("validation"))),
                OptimizationStatus.valueOf(rs.getString("status")), rs.getInt("calls_spent"),
                rs.getBigDecimal("cost_spent"), rs.getBigDecimal("max_call_cost"), rs.getLong("time_spent_ms"),
                rs.getInt("rounds"), rs.getString("stop_reason"), rs.getObject("best_candidate_id", Long.class),
                rs.getObject("accepted_version_id", Long.class), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static List<Long> ids(List<Object> values) {
        return values.stream().map(v -> ((Number) v).longValue()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
