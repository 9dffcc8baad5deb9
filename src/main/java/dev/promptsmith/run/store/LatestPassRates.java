package dev.promptsmith.run.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each suite's latest pass rate per model, for many suites in one query: for each model, the newest of the
 * suite's {@code recent} newest runs that has results of it. A model that ran long ago and not since drops out
 * once that many newer runs left it out.
 */
public final class LatestPassRates {

    /** How one model did in the newest of a suite's recent runs that has results of it. */
    public record PassRate(String model, long runId, int passed, int cells) {
    }

    private final JdbcClient jdbc;

    LatestPassRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By suite name, the models in the order of their runs (newest first) and of their columns; none for a suite not run. */
    public Map<String, List<PassRate>> of(Collection<String> suites, int recent) {
        Map<String, List<PassRate>> rates = new LinkedHashMap<>();
        if (suites.isEmpty()) {
            return rates;
        }
        jdbc.sql("""
                        select suite, model, run_id, passed, cells from (
                            select c.suite, m.name as model, c.run_id, c.passed, c.cells, c.age, c.model_position,
                                   row_number() over (partition by c.suite, m.name
                                                      order by c.age, c.model_position) as newest
                            from (
                                select recent.suite, recent.age, rr.run_id, rr.model_position, count(*) as cells,
                                       sum(case when rr.passed then 1 else 0 end) as passed
                                from (
                                    select r.id, s.name as suite,
                                           row_number() over (partition by s.name order by r.id desc) as age
                                    from run r
                                    join suite_version sv on sv.id = r.suite_version_id
                                    join suite s on s.id = sv.suite_id
                                    where s.name in (:suites)
                                ) recent
                                join run_result rr on rr.run_id = recent.id
                                where recent.age <= :recent
                                group by recent.suite, recent.age, rr.run_id, rr.model_position
                            ) c
                            join run_model m on m.run_id = c.run_id and m.position = c.model_position
                        ) ranked
                        where newest = 1
                        order by suite, age, model_position""")
                .param("suites", List.copyOf(suites)).param("recent", recent)
                .query(rs -> {
                    rates.computeIfAbsent(rs.getString("suite"), s -> new ArrayList<>()).add(new PassRate(
                            rs.getString("model"), rs.getLong("run_id"), rs.getInt("passed"), rs.getInt("cells")));
                });
        return rates;
    }
}
