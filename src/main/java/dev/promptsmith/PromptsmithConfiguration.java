package dev.promptsmith;

import dev.promptsmith.shared.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** Beans shared by the features: the clock, injected so tests can fix time; the data folder kept private. */
@Configuration(proxyBeanMethods = false)
class PromptsmithConfiguration {

    private static final String DATA_DIR = "promptsmith.data-dir";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The data folder is made its owner's only before the database creates its first file there. */
    @Bean
    static BeanPostProcessor privateDataFolder(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource) {
                    DataFolder.secure(Path.of(environment.getRequiredProperty(DATA_DIR)));
                }
                return bean;
            }
        };
    }

    /** The database's files, created with the process's umask, are narrowed once they exist. */
    @EventListener(ApplicationReadyEvent.class)
    void privateDataFiles(ApplicationReadyEvent ready) {
        DataFolder.secure(Path.of(ready.getApplicationContext().getEnvironment().getRequiredProperty(DATA_DIR)));
    }
}
