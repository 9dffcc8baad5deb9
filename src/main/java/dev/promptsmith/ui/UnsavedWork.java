package dev.promptsmith.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Unsaved edits on a page: the browser asks before the tab closes, and leaving for another screen asks first. */
public final class UnsavedWork {

    private UnsavedWork() {
    }

    /** Whether the browser asks before the page is closed or reloaded. */
    public static void guardTab(Component page, boolean unsaved) {
        page.getElement().executeJs(unsaved
                ? "window.onbeforeunload = function(e) { e.preventDefault(); e.returnValue = ''; };"
                : "window.onbeforeunload = null;");
    }

    /** The page went away: the browser no longer asks. */
    public static void releaseTab(UI ui) {
        ui.getPage().executeJs("window.onbeforeunload = null;");
    }

    /**
     * Holds the navigation and asks: leave without saving (after {@code forget} ran) or stay.
     *
     * @param lost what is lost, e.g. "Your changes to testcases/x.yaml"
     */
    public static void confirmLeave(BeforeLeaveEvent event, String lost, Runnable forget) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog("Leave without saving?",
                lost + " are not saved. They are lost when you leave.",
                "Leave without saving", confirm -> {
                    forget.run();
                    action.proceed();
                }, "Stay", cancel -> action.cancel());
        dialog.setId("leave-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
