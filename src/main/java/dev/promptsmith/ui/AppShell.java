package dev.promptsmith.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.util.Map;

/**
 * Page-wide settings: Lumo and our own style sheet, both served as plain CSS (no front-end
 * bundle build), server push so streamed answers reach the browser as they arrive, and the
 * icon: an SVG for browsers that take one, {@code favicon.ico} for the others.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/promptsmith.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Promptsmith");
        settings.addFavIcon("icon", "favicon.ico", "16x16 32x32 48x48");
        settings.addLink("favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
    }
}
