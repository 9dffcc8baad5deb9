package dev.promptsmith.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.promptsmith.exchange.ImportReport;
import dev.promptsmith.exchange.WorkspaceChanges;
import java.util.function.Consumer;

/** Brings a screen up to date when files changed outside the app were imported, while the screen is shown. */
public final class WorkspaceRefresh {

    private WorkspaceRefresh() {
    }

    public static void follow(Component screen, WorkspaceChanges changes, Consumer<ImportReport> refresh) {
        screen.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Runnable unsubscribe = changes.subscribe(report -> ui.access(() -> refresh.accept(report)));
            screen.addDetachListener(detach -> {
                unsubscribe.run();
                detach.unregisterListener();
            });
        });
    }
}
