package dev.promptsmith.check;

import dev.promptsmith.check.types.CheckTypes;
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
        return new CheckEngine(new CheckRegistry(CheckTypes.all(new ModelJudge(gateway, targets, defaultJudge),
                new LocalEmbedder())));
    }
}
