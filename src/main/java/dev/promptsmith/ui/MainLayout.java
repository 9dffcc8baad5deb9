package dev.promptsmith.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.promptsmith.exchange.ImportReport;
import dev.promptsmith.exchange.WorkspaceChanges;
import dev.promptsmith.exchange.WorkspaceImporter;
import dev.promptsmith.ui.models.ModelsView;
import dev.promptsmith.ui.playground.PlaygroundView;
import dev.promptsmith.ui.prompts.PromptsView;
import dev.promptsmith.ui.runs.RunsView;
import dev.promptsmith.ui.start.StartView;
import dev.promptsmith.ui.suites.SuitesView;

/**
 * The frame of every screen: the navigation (only screens that work), the import problems banner,
 * and a way to sign out when the operator made people sign in.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final WorkspaceImporter importer;
    private final ImportProblemsBanner banner = new ImportProblemsBanner();
    private final Div page = new Div();

    public MainLayout(WorkspaceImporter importer, WorkspaceChanges changes, AuthenticationContext authentication) {
        this.importer = importer;
        WorkspaceRefresh.follow(this, changes, this::imported);
        Span title = new Span("Promptsmith");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);
        if (authentication.isAuthenticated()) {
            Button signOut = new Button("Sign out", click -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.getStyle().set("margin-inline", "auto var(--lumo-space-m)");
            addToNavbar(signOut);
        }

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Start", StartView.class, VaadinIcon.FLAG_O.create()));
        nav.addItem(new SideNavItem("Prompts", PromptsView.class, VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem("Playground", PlaygroundView.class, VaadinIcon.PLAY_CIRCLE_O.create()));
        nav.addItem(new SideNavItem("Generate", dev.promptsmith.ui.generate.GenerateView.class, VaadinIcon.MAGIC.create()));
        nav.addItem(new SideNavItem("Suites", SuitesView.class, VaadinIcon.LIST_OL.create()));
        nav.addItem(new SideNavItem("Runs", RunsView.class, VaadinIcon.CHART_LINE.create()));
        nav.addItem(new SideNavItem("Models", ModelsView.class, VaadinIcon.CLUSTER.create()));
        nav.addItem(new SideNavItem("Library", dev.promptsmith.ui.library.LibraryView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem("Optimizations", dev.promptsmith.ui.optimize.OptimizationsView.class, VaadinIcon.ROCKET.create()));
        addToDrawer(nav);

        Div frame = new Div(banner, page);
        frame.addClassName("page-frame");
        page.addClassName("page");
        setContent(frame);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    /** Files changed on disk were imported: the banner shows the new state, and a note what came in. */
    private void imported(ImportReport report) {
        banner.show(report);
        if (report.promptVersionsAdded() + report.suiteVersionsAdded() == 0) {
            return;
        }
        Notification note = Notification.show("Files changed on disk: " + count(report.promptVersionsAdded(),
                "new prompt version") + ", " + count(report.suiteVersionsAdded(), "new suite version") + " imported.",
                5000, Notification.Position.BOTTOM_END);
        note.setId("workspace-change-note");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        banner.show(importer.lastReport());
    }
}
