package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.LocalEmbedder;
import dev.promptsmith.check.ModelJudge;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.script.Scripts;
import dev.promptsmith.script.Transform;

/**
 * The check engine as the app and the command line use it. It lives with the types rather than
 * with the engine, so that the engine does not reach down into the types that build on it.
 */
public final class StandardChecks {

    private StandardChecks() {
    }

    /**
     * Every check type, judged by the check's {@code provider} or {@code defaultJudge}, with the local embedder.
     *
     * @param targets stored model targets a check's provider may name, or {@code null} where there is no database
     */
    public static CheckEngine engine(ModelGateway gateway, ModelTargetStore targets, String defaultJudge) {
        return engine(gateway, targets, defaultJudge, Scripts.inlineOnly());
    }

    /** @param scripts runs script checks and transforms, reading their files from its workspace */
    public static CheckEngine engine(ModelGateway gateway, ModelTargetStore targets, String defaultJudge,
                                     Scripts scripts) {
        return engine(new ModelJudge(gateway, targets, defaultJudge), scripts);
    }

    /** As the app's runs check: a judge named by a promptfoo id finds Ollama where the app's setting says. */
    public static CheckEngine engine(ModelJudge judge, Scripts scripts) {
        return new CheckEngine(CheckTypes.registry(judge, new LocalEmbedder(), scripts), new Transform(scripts));
    }
}
