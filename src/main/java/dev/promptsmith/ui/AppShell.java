package dev.promptsmith.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: Lumo and our own style sheet, both served as plain CSS (no front-end
 * bundle build), and server push so streamed answers reach the browser as they arrive.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/promptsmith.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Promptsmith");
    }
}
