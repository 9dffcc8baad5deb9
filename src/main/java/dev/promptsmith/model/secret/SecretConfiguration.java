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
    @Bean
    MasterKey masterKey(@Value("${promptsmith.data-dir}") String dataDir) {
        return new MasterKey(Path.of(dataDir), System::getenv);
    }

    @Bean
    SecretCipher secretCipher(MasterKey masterKey) {
        return new SecretCipher(masterKey, new SecureRandom());
    }
}
