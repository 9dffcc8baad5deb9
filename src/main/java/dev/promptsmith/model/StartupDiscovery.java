package dev.promptsmith.model;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Looks for local models once the app has started, in the background: start-up never waits for a server. */
@Component
class StartupDiscovery implements ApplicationRunner {

    private final ModelDiscovery discovery;

    StartupDiscovery(ModelDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread.ofVirtual().name("model-discovery").start(discovery::discover);
    }
}
