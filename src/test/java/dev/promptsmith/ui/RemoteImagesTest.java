package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.sun.net.httpserver.HttpServer;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An image a model writes into its Markdown answer is not fetched: the page would tell its server it was opened. */
class RemoteImagesTest extends BrowserTest {

    private HttpServer images;

    @AfterEach
    void stopImages() {
        if (images != null) {
            images.stop(0);
        }
    }

    @Test
    void anImageInAMarkdownAnswerIsNotLoadedFromAnotherServer() throws Exception {
        // given: a server that counts the requests for its image, and a model that points to it
        AtomicInteger requests = new AtomicInteger();
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        images.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        images.start();
        String url = "http://127.0.0.1:" + images.getAddress().getPort() + "/pixel.png";
        simulator().replyFor("image-model", Reply.text("Seen. ![pixel](" + url + ") **done**"));
        screens().addModel("Sim image", "image-model", simulator().openAiBaseUrl(), null);
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> console.add(message.text()));

        // when: the answer is shown as Markdown
        open("/playground?prompt=ticket-classification");
        screens().chooseModels("Sim image");
        page.locator("#run").click();
        Locator answer = page.locator(".answer[data-model='Sim image']");
        assertThat(answer.locator(".answer-stats")).containsText("finish: stop");
        answer.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Markdown")).click();

        // then: the image is in the page, but the browser never asked for it
        assertThat(answer.locator(".answer-markdown strong")).hasText("done");
        assertThat(answer.locator(".answer-markdown img")).hasAttribute("src", url);
        page.waitForTimeout(500);
        assertThat(requests).hasValue(0);
        assertThat(console).anySatisfy(line -> assertThat(line).contains("Content Security Policy", "img-src"));
    }
}
