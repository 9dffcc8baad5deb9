package dev.promptsmith.run.store;

import dev.promptsmith.model.ModelTarget;
import java.util.List;
import java.util.Map;

/**
 * A run as it is first stored.
 *
 * @param cells            how many cells are planned
 * @param settings         how it is carried out, as JSON: stored as it is and handed back by {@link RunStore#plan}
 * @param promptVersionIds its prompt versions, in their positions
 * @param models           its models as they are now (never with keys), in their positions
 * @param owner            the process running it: pid@host
 */
public record NewRun(long suiteVersionId, String origin, String owner, int repeats, int cells,
                     Map<String, Object> settings, List<Long> promptVersionIds, List<ModelTarget> models) {

    public NewRun {
        promptVersionIds = List.copyOf(promptVersionIds);
        models = List.copyOf(models);
    }
}
