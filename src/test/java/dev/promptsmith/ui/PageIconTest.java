package dev.promptsmith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import dev.promptsmith.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageIconTest extends BrowserTest {

    @Test
    void everyPageNamesAnIconAndTheIconIsServed() {
        // given
        open("/models");

        // when
        @SuppressWarnings("unchecked")
        List<String> icons = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('link[rel=icon]')].map(link => link.href)");

        // then: an SVG and an ICO, both served as images
        assertThat(icons).hasSize(2).anySatisfy(href -> assertThat(href).endsWith("/favicon.svg"))
                .anySatisfy(href -> assertThat(href).endsWith("/favicon.ico"));
        for (String href : icons) {
            APIResponse icon = page.request().get(href);
            assertThat(icon.status()).as(href).isEqualTo(200);
            assertThat(icon.headers().get("content-type")).as(href).startsWith("image/");
            assertThat(icon.body().length).as(href).isGreaterThan(100);
        }
        // browsers that ask for /favicon.ico without reading the page get it too
        assertThat(page.request().get(icons.getFirst().replaceAll("/[^/]*$", "/favicon.ico")).status())
                .isEqualTo(200);
    }
}
