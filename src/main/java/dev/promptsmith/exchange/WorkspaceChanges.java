package dev.promptsmith.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Tells open screens that files changed outside the app were imported, with what the import did. */
@Service
public class WorkspaceChanges {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceChanges.class);

    private final List<Consumer<ImportReport>> listeners = new CopyOnWriteArrayList<>();

    /** Hears of every import of changed files until the returned handle is run. */
    public Runnable subscribe(Consumer<ImportReport> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Each listener hears on a thread of its own: a screen's refresh can take a while (and a tab closed without a
     * goodbye keeps its screens until the server notices), and neither the watcher nor the other screens wait for it.
     */
    void announce(ImportReport report) {
        for (Consumer<ImportReport> listener : listeners) {
            Thread.ofVirtual().name("workspace-change").start(() -> {
                try {
                    listener.accept(report);
                } catch (RuntimeException e) {
                    // one screen that cannot refresh (its tab is gone) keeps no other from hearing
                    log.debug("A listener of workspace changes failed", e);
                }
            });
        }
    }
}
