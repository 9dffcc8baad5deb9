package dev.promptsmith.run.store;

import dev.promptsmith.shared.Json;
import dev.promptsmith.suite.Repeats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run as a grid of prompt x test case rows and model columns, read a page of rows at a time:
 * each cell counts its repeats in the database, so a screen never loads every result of a
 * large run at once.
 */
public final class RunMatrix {

    private final JdbcClient jdbc;
    private final RunStore store;

    RunMatrix(JdbcClient jdbc, RunStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The rows and columns of a run, whether or not its cells have results yet.
     *
     * @param prompts what the suite calls each prompt (its label, else the key it is stored under), by position
     */
    public record Outline(List<String> prompts, List<Case> tests, List<String> models) {

        /** Rows: every test case under every prompt. */
        public int rows() {
            return prompts.size() * tests.size();
        }
    }

    /**
     * A test case of a run's suite version.
     *
     * @param repeats how many repeats each of its cells has planned
     */
    public record Case(long id, int position, String label, int repeats) {
    }

    /** One cell's repeats so far: how many have a result, passed, and ended in an error. */
    public record Tally(int promptPosition, long testCaseId, int modelPosition, int runs, int passed, int errors) {
    }

    public Optional<Outline> outline(long runId) {
        Optional<Integer> repeats = jdbc.sql("select repeats from run where id = :id").param("id", runId)
                .query(Integer.class).optional();
        if (repeats.isEmpty()) {
            return Optional.empty();
        }
        List<String> prompts = labels(runId).stream().map(PromptLabel::label).toList();
        List<Case> tests = jdbc.sql("""
                        select tc.id, tc.position, tc.description, tc.options from test_case tc
                        join run r on r.suite_version_id = tc.suite_version_id
                        where r.id = :id order by tc.position""")
                .param("id", runId)
                .query((rs, row) -> {
                    String description = rs.getString("description");
                    int position = rs.getInt("position");
                    return new Case(rs.getLong("id"), position,
                            description == null || description.isBlank() ? "test " + (position + 1) : description,
                            Repeats.of(Json.readObject(rs.getString("options")), repeats.get()));
                })
                .list();
        List<String> models = jdbc.sql("select name from run_model where run_id = :id order by position")
                .param("id", runId).query(String.class).list();
        return Optional.of(new Outline(prompts, tests, models));
    }

    /**
     * What the suite calls each prompt of a run, by the key it is stored under, for screens that group by key:
     * its label, else the key. A key that appears twice keeps its first label.
     */
    public Map<String, String> promptLabels(long runId) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels(runId).forEach(prompt -> labels.putIfAbsent(prompt.key(), prompt.label()));
        return labels;
    }

    /** The keys a run's prompts are stored under, by position. */
    public List<String> promptKeys(long runId) {
        return labels(runId).stream().map(PromptLabel::key).toList();
    }

    private record PromptLabel(String key, String label) {
    }

    /** The run's prompts by position: the suite version's label of the same place and prompt, else the key. */
    private List<PromptLabel> labels(long runId) {
        return jdbc.sql("""
                        select p.name, sp.label from run_prompt rp
                        join run r on r.id = rp.run_id
                        join prompt_version pv on pv.id = rp.prompt_version_id
                        join prompt p on p.id = pv.prompt_id
                        left join suite_prompt sp on sp.suite_version_id = r.suite_version_id
                             and sp.position = rp.position and sp.prompt_id = pv.prompt_id
                        where rp.run_id = :id order by rp.position""")
                .param("id", runId)
                .query((rs, row) -> {
                    String label = rs.getString(2);
                    return new PromptLabel(rs.getString(1), label == null || label.isBlank() ? rs.getString(1) : label);
                })
                .list();
    }

    /**
     * The cells of one prompt's rows for these test cases (a page of the outline's): read through the index of
     * cells by run, prompt and test case, so a page costs its own cells, not a pass over the whole run (H2 takes
     * the range of ids to the index, not the list).
     */
    public List<Tally> tallies(long runId, int promptPosition, List<Case> tests) {
        if (tests.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select test_case_id, model_position, count(*) as runs,
                               sum(case when passed then 1 else 0 end) as passed,
                               sum(case when error is not null then 1 else 0 end) as errors
                        from run_result
                        where run_id = :run and prompt_position = :prompt
                          and test_case_id between :lowest and :highest and test_case_id in (:tests)
                        group by test_case_id, model_position""")
                .param("run", runId).param("prompt", promptPosition)
                .param("lowest", tests.stream().mapToLong(Case::id).min().orElseThrow())
                .param("highest", tests.stream().mapToLong(Case::id).max().orElseThrow())
                .param("tests", tests.stream().map(Case::id).toList())
                .query((rs, row) -> new Tally(promptPosition, rs.getLong("test_case_id"), rs.getInt("model_position"),
                        rs.getInt("runs"), rs.getInt("passed"), rs.getInt("errors")))
                .list();
    }

    /** Every repeat of one cell with its output, raw exchange and checks, by repeat. */
    public List<StoredResult> repeats(long runId, int promptPosition, long testCaseId, int modelPosition) {
        return jdbc.sql("""
                        select id from run_result
                        where run_id = :run and prompt_position = :prompt and test_case_id = :test
                          and model_position = :model
                        order by repeat_index""")
                .param("run", runId).param("prompt", promptPosition).param("test", testCaseId)
                .param("model", modelPosition)
                .query(Long.class).list()
                .stream().flatMap(id -> store.result(id).stream()).toList();
    }
}
