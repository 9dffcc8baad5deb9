package dev.promptsmith.ui.playground;

import dev.promptsmith.check.CaseVerdict;
import dev.promptsmith.check.json.JsonOfOutput;
import dev.promptsmith.model.Continuation;
import dev.promptsmith.model.FinishReason;
import dev.promptsmith.model.ModelResponse;
import java.util.Optional;

/** What an answer column can ask of the playground: the chosen test case's checks, and continuing a cut-off answer. */
interface AnswerActions {

    /** The chosen test case's name, if one is chosen. */
    Optional<String> testCase();

    /**
     * The chosen test case's checks on this text (the answer, or the answer continued).
     *
     * @param json the text's JSON, repaired once for the checks and the answer's JSON panel
     */
    Optional<CaseVerdict> check(String text, ModelResponse response, FinishReason finishReason, JsonOfOutput json);

    Continuation.Continued carryOn(ModelResponse response);
}
