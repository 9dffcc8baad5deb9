package dev.promptsmith.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.support.H2Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path temp;

    @Test
    void everyMigrationAppliesToAnEmptyDatabase() {
        // when
        H2Database database = new H2Database(temp);

        // then
        assertThat(database.jdbc().sql("""
                        select lower(table_name) from information_schema.tables
                        where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history'
                        order by 1""")
                .query(String.class).list())
                .containsExactly("check_result", "model_price", "model_target", "optimization", "optimization_candidate",
                        "optimization_round", "prompt", "prompt_label", "prompt_version",
                        "response_cache", "run", "run_model", "run_prompt", "run_result", "secret", "suite",
                        "suite_baseline", "suite_prompt", "suite_version", "test_case");
        assertThat(database.jdbc().sql("select count(*) from \"flyway_schema_history\" where \"success\"")
                .query(Integer.class).single()).isPositive();
        database.shutdown();
    }

    @Test
    void modelTargetsHaveNoColumnForASecret() {
        H2Database database = new H2Database(temp);

        assertThat(database.jdbc().sql("""
                        select lower(column_name) from information_schema.columns
                        where lower(table_name) = 'model_target'""")
                .query(String.class).list())
                .noneMatch(column -> column.contains("secret") || column.equals("api_key") || column.contains("password")
                        || column.contains("token"));
        database.shutdown();
    }
}
