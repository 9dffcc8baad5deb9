package dev.promptsmith.check.types;

import dev.promptsmith.check.CheckEngine;
import dev.promptsmith.model.ModelGateway;
import dev.promptsmith.model.ModelTargetStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check engine with every check type, the judge for model-graded checks and the local embedder. */
@Configuration(proxyBeanMethods = false)
class CheckConfiguration {

    @Bean
    CheckEngine checkEngine(ModelGateway gateway, ModelTargetStore targets,
                            @Value("${promptsmith.judge:}") String defaultJudge) {
        return StandardChecks.engine(gateway, targets, defaultJudge);
    }
}
