package dev.promptsmith.model.secret;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master key from the environment or the data folder, and the cipher that uses it. */
@Configuration(proxyBeanMethods = false)
class SecretConfiguration {

    // A String, not a Path: Spring would resolve a Path property against the servlet context.
    // The key is read at start: a PROMPTSMITH_SECRET_KEY or key file that is no key stops the app
    // with a message that says so, instead of failing later on the screen where keys are entered.
    @Bean
    MasterKey masterKey(@Value("${promptsmith.data-dir}") String dataDir) {
        MasterKey masterKey = new MasterKey(Path.of(dataDir), System::getenv);
        masterKey.get();
        return masterKey;
    }

    @Bean
    SecretCipher secretCipher(MasterKey masterKey) {
        return new SecretCipher(masterKey, new SecureRandom());
    }
}
