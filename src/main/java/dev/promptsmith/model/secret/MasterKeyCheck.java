package dev.promptsmith.model.secret;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks {@code PROMPTSMITH_SECRET_KEY} before anything else starts: a bad key stops the app within
 * a second, with {@link MasterKeyFailureAnalyzer}'s message, instead of after the web server and
 * the database have come up. The key file is checked when the key is first needed, at start.
 */
public class MasterKeyCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MasterKey.checkVariable(System::getenv);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
