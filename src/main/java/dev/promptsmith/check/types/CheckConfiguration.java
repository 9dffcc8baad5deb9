package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTargetStore;
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
                            @Value("${promptsmith.workspace}") String workspace) {
        return StandardChecks.engine(gateway, targets, defaultJudge, Scripts.of(Path.of(workspace)));
    }
}
