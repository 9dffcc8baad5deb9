package dev.promptsmith;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans shared by the features: the clock, injected so tests can fix time. */
@Configuration(proxyBeanMethods = false)
class PromptsmithConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
