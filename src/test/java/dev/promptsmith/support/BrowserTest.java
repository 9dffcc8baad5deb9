package dev.promptsmith.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium, driven by Playwright, against the running application. One browser and one
 * browser context are shared by every browser test of the JVM, so the application's scripts are
 * fetched and compiled once; each test starts with no cookies (a new Vaadin session), and its
 * pages are unloaded when it ends, so the application closes their UIs at once instead of
 * keeping them (and their push connections and listeners) for the rest of the run. The browser
 * is a system Chromium when there is one ({@code PROMPTSMITH_CHROMIUM}, else
 * {@code /usr/bin/chromium}); otherwise Playwright's own download.
 */
public abstract class BrowserTest extends AppTest {

    /** Leaving a page runs its unload handlers: Vaadin's tells the server the UI is gone. */
    private static final String FORGET_PAGE =
            "() => { window.onbeforeunload = null; try { localStorage.clear(); } catch (e) {} }";

    private static Playwright playwright;
    private static Browser browser;
    private static BrowserContext context;

    @LocalServerPort
    private int port;

    protected Page page;

    @BeforeEach
    void openPage() {
        // assertions wait as long as actions: on a busy 2-core machine a redraw can take more than 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context().newPage();
    }

    @AfterEach
    void closePage() {
        for (Page open : context.pages()) {
            leave(open);
            open.close();
        }
        context.clearCookies();
        context.clearPermissions();
    }

    /** Opens a path of the application, e.g. {@code /prompts/invoice-to-json}. */
    protected void open(String path) {
        page.navigate("http://localhost:" + port + path);
    }

    /**
     * Opens a path of a file the test wrote into the workspace: the workspace watcher imports it a moment later, so
     * the page is opened again until it shows {@code selector} rather than its "missing" message.
     */
    protected void openOnceImported(String path, String selector) {
        for (int attempt = 0; attempt < 40 && page.locator(selector).count() == 0; attempt++) {
            open(path);
            page.waitForLoadState();
            page.locator(selector + ", #suite-missing").first().waitFor();
            if (page.locator(selector).count() == 0) {
                page.waitForTimeout(250);
            }
        }
        PlaywrightAssertions.assertThat(page.locator(selector)).isVisible();
    }

    /** Common steps on the Models and Playground screens. */
    protected Screens screens() {
        return new Screens(page, () -> open("/models"));
    }

    /** Saves a screenshot of the page under {@code target/screenshots/}. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(false));
    }

    private static void leave(Page open) {
        if (open.url().startsWith("http")) {
            try {
                open.evaluate(FORGET_PAGE);
                open.navigate("about:blank");
            } catch (PlaywrightException e) {
                // a page that cannot be left is closed all the same; its UI expires on the server as before
            }
        }
    }

    private static synchronized BrowserContext context() {
        if (context == null) {
            context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
            context.setDefaultTimeout(20_000);
        }
        return context;
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            Path chromium = systemChromium();
            Playwright.CreateOptions options = new Playwright.CreateOptions();
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true);
            if (chromium != null) {
                options.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
                launch.setExecutablePath(chromium).setArgs(List.of("--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run"));
            }
            playwright = Playwright.create(options);
            browser = playwright.chromium().launch(launch);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    private static Path systemChromium() {
        String configured = System.getenv("PROMPTSMITH_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path debian = Path.of("/usr/bin/chromium");
        return Files.isExecutable(debian) ? debian : null;
    }
}
