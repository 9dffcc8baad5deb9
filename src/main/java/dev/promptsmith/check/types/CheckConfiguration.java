package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.check.ModelJudge;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTargetStore;
import dev.promptsmith.model.ProviderIds;
import dev.promptsmith.script.Scripts;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The check engine with every check type, the judge for model-graded checks, the local embedder,
 * and scripts read from the workspace's suites folder.
 */
@Configuration(proxyBeanMethods = false)
class CheckConfiguration {

    @Bean
    CheckEngine checkEngine(ModelGateway gateway, ModelTargetStore targets,
                            @Value("${promptsmith.judge:}") String defaultJudge,
                            @Value("${promptsmith.workspace}") String workspace,
                            @Value("${" + ProviderIds.OLLAMA_URL_SETTING + ":}") String ollamaUrl) {
        return StandardChecks.engine(new ModelJudge(gateway, targets, defaultJudge, ProviderIds.environment(ollamaUrl)),
                Scripts.of(Path.of(workspace)));
    }
}
