package dev.promptsmith.ui.library;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The Library screen as a person sees it: a card per task with its actions. */
final class LibraryPage {

    private final Page page;

    LibraryPage(Page page) {
        this.page = page;
    }

    Locator cards() {
        return page.locator(".library-task");
    }

    Locator card(String task) {
        return page.locator(".library-task[data-task='" + task + "']");
    }

    void run(String task) {
        card(task).locator(".task-run").click();
    }

    void optimize(String task) {
        card(task).locator(".task-optimize").click();
    }

    /** Copy to edit, under this name, through the new-prompt dialog. */
    void copy(String task, String name) {
        card(task).locator(".task-copy").click();
        page.locator("#new-prompt-name input").fill(name);
        page.locator("#new-prompt-create").click();
    }
}
