package dev.promptsmith.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium, driven by Playwright, against the running application. One browser is
 * shared by every browser test of the JVM; each test gets a fresh context (cookies, storage).
 * The browser is a system Chromium when there is one ({@code PROMPTSMITH_CHROMIUM}, else
 * {@code /usr/bin/chromium}); otherwise Playwright's own download.
 */
public abstract class BrowserTest extends AppTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;
    protected Page page;

    @BeforeEach
    void openPage() {
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        context.setDefaultTimeout(20_000);
        // assertions wait as long as actions: on a busy 2-core machine a redraw can take more than 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** Opens a path of the application, e.g. {@code /prompts/invoice-to-json}. */
    protected void open(String path) {
        page.navigate("http://localhost:" + port + path);
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
