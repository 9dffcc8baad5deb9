package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A key entered in the browser is used for calls and appears nowhere in clear: not in pages, the database or the log. */
@ExtendWith(OutputCaptureExtension.class)
class SecretsTest extends BrowserTest {

    private static final String KEY = "sk-e2e-THIS-MUST-NEVER-APPEAR-4242424242";

    @Test
    void anEnteredKeyIsUsedButNeverShownStoredOrLoggedInClear(CapturedOutput output) throws IOException {
        // given: a model whose provider key is entered on the Models screen
        simulator().replyFor("keyed-model", Reply.text("{\"ok\": true}"));
        simulator().replyFor("leaky-model", Reply.error(401, "Incorrect API key provided: " + KEY));
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Sim keyed");
        page.locator("#model-model input").fill("keyed-model");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());
        page.locator("#model-api-key input").fill(KEY);
        page.locator("#model-save").click();
        assertThat(page.locator("#model-message")).containsText("Saved Sim keyed");
        assertThat(page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("entered in Promptsmith")).first()).isVisible();
        assertThat(page.content()).doesNotContain(KEY);

        // when: it is used in the playground, once with an answer that echoes the key back
        screens().addModel("Sim leaky", "leaky-model", simulator().openAiBaseUrl(), null);
        open("/playground?prompt=ticket-classification");
        screens().chooseModels("Sim keyed", "Sim leaky");
        page.locator("#run").click();
        Locator keyed = page.locator(".answer[data-model='Sim keyed']");
        assertThat(keyed.locator(".answer-stats")).containsText("finish: stop");
        assertThat(page.locator(".answer[data-model='Sim leaky'] .answer-error")).containsText("authentication failed");
        keyed.locator(".raw-button").click();
        assertThat(page.locator("#raw-request")).containsText("[REDACTED]");

        // then: the simulator received the key ...
        assertThat(simulator().requests().stream().filter(r -> "keyed-model".equals(r.model()))
                .map(RecordedRequest::headers).map(Object::toString))
                .anySatisfy(headers -> assertThat(headers).contains(KEY));
        // ... and it is nowhere in clear
        assertThat(page.content()).doesNotContain(KEY);
        assertThat(output.getAll()).doesNotContain(KEY);
        assertThat(databaseFilesContain(KEY)).isFalse();
    }

    private static boolean databaseFilesContain(String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(workspaceRoot().resolve("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
