package dev.promptsmith.web;

import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.Ordered;

/**
 * Checks where the server will listen while its factory is being set up: that is before the port
 * is bound and before the database, the import and the views start, so a refused start is quick
 * and nothing was ever reachable.
 */
final class ExposureGuard implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private final ServerProperties server;
    private final WebAccess access;

    ExposureGuard(ServerProperties server, WebAccess access) {
        this.server = server;
        this.access = access;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        ServerExposure.check(server.getAddress(), access);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
