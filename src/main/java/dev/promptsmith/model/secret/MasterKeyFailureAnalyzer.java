package dev.promptsmith.model.secret;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A master key that is no key stops the start with its own message, not a stack of bean errors. */
public class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretKeyException cause) {
        return new FailureAnalysis("The master key that encrypts the entered API keys cannot be used: "
                + cause.getMessage(),
                "Fix " + MasterKey.VARIABLE + " (the base64 of 32 random bytes, e.g. `openssl rand -base64 32`) or "
                        + "unset it to use the key file " + MasterKey.FILE_NAME + " in the data folder.",
                cause);
    }
}
