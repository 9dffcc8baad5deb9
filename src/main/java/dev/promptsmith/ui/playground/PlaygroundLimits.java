package dev.promptsmith.ui.playground;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a playground answer may stream before it is stopped: a model that never ends its
 * answer must not hold a connection (and the server's memory) after nobody waits for it. Its
 * size is limited by the gateway (promptsmith.model.max-answer-size).
 */
@Component
class PlaygroundLimits {

    private final Duration streamTimeout;

    PlaygroundLimits(@Value("${promptsmith.playground.stream-timeout:PT5M}") Duration streamTimeout) {
        if (!streamTimeout.isPositive()) {
            throw new IllegalArgumentException("promptsmith.playground.stream-timeout must be more than 0, not "
                    + streamTimeout);
        }
        this.streamTimeout = streamTimeout;
    }

    Duration streamTimeout() {
        return streamTimeout;
    }
}
