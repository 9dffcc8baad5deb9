package dev.promptsmith.check;

import java.util.Map;

/** A model that grades outputs for the model-graded checks. */
public interface Judge {

    /**
     * Sends the grading prompt and returns the judge's answer.
     *
     * @param config the check's settings; {@code provider} there picks the judge model for this check
     * @throws IllegalArgumentException when no judge model is configured or it fails, saying which
     */
    String ask(String system, String user, Map<String, Object> config);
}
