package dev.promptsmith.ui.generate;

import com.vaadin.flow.component.UI;
import dev.promptsmith.generate.Kept;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeping drafts writes and imports files, which takes a while on a busy machine: it runs off the UI thread, so the
 * screen stays responsive and shows its progress, and the outcome comes back to the screen's UI.
 */
final class BackgroundKeep {

    private BackgroundKeep() {
    }

    static void run(Supplier<Kept> keep, Consumer<Kept> done) {
        UI ui = UI.getCurrent();
        Thread.startVirtualThread(() -> {
            Kept kept;
            try {
                kept = keep.get();
            } catch (RuntimeException e) {
                kept = new Kept(false, List.of("Not saved: " + e.getMessage()));
            }
            Kept outcome = kept;
            ui.access(() -> done.accept(outcome));
        });
    }
}
