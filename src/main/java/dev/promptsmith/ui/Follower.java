package dev.promptsmith.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps a view up to date with something that goes on without it (a run, an optimization) while the view is
 * attached: a virtual thread takes a {@link Look} every period, off the page's lock, until the look says there is
 * nothing more to follow, the view is detached or its UI is gone. Attaching the view starts following, detaching
 * it stops; a view that shows something else calls {@link #stop()} first and {@link #restart()} once it is built.
 */
public final class Follower {

    /** One look at what is followed: it reads off the page's lock and shows what it read through {@link UI#access}. */
    @FunctionalInterface
    public interface Look {

        /** Whether there is more to follow after this look. */
        boolean take() throws InterruptedException, ExecutionException;

        /** Taken once as soon as following starts, before the first period; by default nothing. */
        default boolean first() throws InterruptedException, ExecutionException {
            return true;
        }

        /** When {@link Follower#stop()} ends the following this look began, on the caller's thread. */
        default void stopped() {
        }
    }

    private final Component view;
    private final Supplier<String> name;
    private final long periodMs;
    private final Function<UI, Look> start;
    private Thread ticker;
    private AtomicBoolean following;
    private Look look;

    /**
     * @param name  the following thread's name, asked each time it starts
     * @param start on the page's lock when following starts: the look to take, or null when there is nothing to
     *              follow (it has ended)
     */
    public Follower(Component view, Supplier<String> name, long periodMs, Function<UI, Look> start) {
        this.view = view;
        this.name = name;
        this.periodMs = periodMs;
        this.start = start;
        view.addAttachListener(event -> follow(event.getUI()));
        view.addDetachListener(event -> stop());
    }

    /** Follows again from now, if the view is attached: after it was built anew, or what it follows was resumed. */
    public void restart() {
        if (view.isAttached()) {
            view.getUI().ifPresent(this::follow);
        }
    }

    /** Stops following. */
    public void stop() {
        if (ticker != null) {
            // a look may swallow the interrupt (a database driver can): the flag ends the loop all the same
            following.set(false);
            ticker.interrupt();
            ticker = null;
        }
        Look stopped = look;
        look = null;
        if (stopped != null) {
            stopped.stopped();
        }
    }

    private void follow(UI ui) {
        stop();
        Look taken = start.apply(ui);
        if (taken == null) {
            return;
        }
        look = taken;
        AtomicBoolean on = new AtomicBoolean(true);
        following = on;
        ticker = Thread.ofVirtual().name(name.get()).start(() -> run(taken, on));
    }

    private void run(Look taken, AtomicBoolean on) {
        try {
            boolean more = taken.first();
            while (more && on.get()) {
                Thread.sleep(periodMs);
                more = taken.take();
            }
        } catch (InterruptedException | UIDetachedException | ExecutionException e) {
            // stopped, or the page is gone: nothing more to show
        }
    }
}
