package dev.promptsmith.model;

import dev.promptsmith.shared.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Stored model targets. Keys are never stored here. */
@Repository
public class ModelTargetStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ModelTargetStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ModelTarget> all() {
        return jdbc.sql("select * from model_target order by name").query(ModelTargetStore::target).list();
    }

    public Optional<ModelTarget> find(long id) {
        return jdbc.sql("select * from model_target where id = :id").param("id", id)
                .query(ModelTargetStore::target).optional();
    }

    /**
     * Adds a target (id {@code null}) or changes one.
     *
     * @throws IllegalArgumentException when another target has the same name
     */
    public ModelTarget save(ModelTarget target) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        try {
            if (target.id() == null) {
                KeyHolder key = new GeneratedKeyHolder();
                statement("""
                        insert into model_target (name, provider_id, provider_kind, model_name, base_url, api_key_env,
                                                  parameters, created_at, updated_at)
                        values (:name, :providerId, :kind, :model, :baseUrl, :envar, :parameters, :now, :now)""",
                        target, now).update(key, "id");
                return find(key.getKey().longValue()).orElseThrow();
            }
            statement("""
                    update model_target set name = :name, provider_id = :providerId, provider_kind = :kind,
                           model_name = :model, base_url = :baseUrl, api_key_env = :envar, parameters = :parameters,
                           updated_at = :now
                    where id = :id""", target, now).param("id", target.id()).update();
            return find(target.id()).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("a model named '" + target.name() + "' exists already");
        }
    }

    public void delete(long id) {
        jdbc.sql("delete from model_target where id = :id").param("id", id).update();
    }

    private JdbcClient.StatementSpec statement(String sql, ModelTarget target, OffsetDateTime now) {
        return jdbc.sql(sql)
                .param("name", target.name())
                .param("providerId", target.providerId())
                .param("kind", target.kind().id())
                .param("model", target.modelName())
                .param("baseUrl", blankToNull(target.baseUrl()))
                .param("envar", blankToNull(target.apiKeyEnvar()))
                .param("parameters", Json.write(target.parameters()))
                .param("now", now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ModelTarget target(ResultSet rs, int row) throws SQLException {
        return new ModelTarget(rs.getLong("id"), rs.getString("name"),
                ProviderKind.valueOf(rs.getString("provider_kind").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("model_name"), rs.getString("base_url"), rs.getString("api_key_env"),
                Json.readObject(rs.getString("parameters")));
    }
}
