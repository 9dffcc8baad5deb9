package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.LlmSimulator;
import dev.promptsmith.simulator.RecordedRequest;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On the Models screen, an entered key belongs to the model's base URL: whoever types another
 * URL and presses "Test connection" gets no stored key sent there; keys that cannot be read after
 * the master key changed are listed with what to do, and the screen stays usable.
 */
class KeysScreenTest extends BrowserTest {

    private static final String KEY = "sk-home-only-5151515151515151";

    @Autowired
    JdbcClient jdbc;

    private LlmSimulator elsewhere;

    @BeforeEach
    void startElsewhere() {
        elsewhere = LlmSimulator.start();
        elsewhere.reply(Reply.text("OK"));
    }

    @AfterEach
    void stopElsewhere() {
        elsewhere.close();
    }

    @Test
    void aTypedUrlNeverReceivesTheKeyEnteredForAnother() {
        // given: a model with a key entered for its base URL
        simulator().replyFor("home-model", Reply.text("OK"));
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Home");
        page.locator("#model-model input").fill("home-model");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());
        page.locator("#model-api-key input").fill(KEY);
        page.locator("#model-save").click();
        assertThat(page.locator("#model-message")).containsText("Saved Home");

        // when: its base URL is changed to another server without saving, and the connection tested
        page.locator("#model-base-url input").fill(elsewhere.openAiBaseUrl());
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("answered in");
        // ... and a new model at that URL is tested too
        page.locator("#model-new").click();
        assertThat(page.locator("#model-base-url input")).hasValue("");
        page.locator("#model-name input").fill("Typed");
        page.locator("#model-model input").fill("home-model");
        page.locator("#model-base-url input").fill(elsewhere.openAiBaseUrl() + "/");
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("Typed answered in");

        // then: the other server got two requests and no key; the model's own URL still gets it
        assertThat(elsewhere.requests()).hasSize(2).extracting(r -> r.header("authorization")).containsOnlyNulls();
        simulator().clearRecords();
        page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Home")).first().click();
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("Home answered in");
        assertThat(simulator().requests()).extracting(RecordedRequest::model, r -> r.header("authorization"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("home-model", "Bearer " + KEY));
    }

    @Test
    void keysThatCannotBeReadAfterTheMasterKeyChangedAreListedAndTheScreenStaysUsable() {
        // given: a key stored under a master key that is gone (what a deleted data/secret.key leaves)
        jdbc.sql("insert into secret (name, ciphertext, created_at, updated_at) values "
                        + "(:name, 'v1:' || repeat('A', 64), current_timestamp, current_timestamp)")
                .param("name", "provider:openai@" + elsewhere.openAiBaseUrl()).update();

        // when
        open("/models");

        // then: the screen says which key to enter again, and how
        page.locator("#models-grid").waitFor();
        Locator lost = page.locator("#lost-keys");
        assertThat(lost).containsText("1 entered key cannot be read");
        assertThat(lost).containsText("openai at " + elsewhere.openAiBaseUrl());
        assertThat(lost).containsText("enter these keys again");
        assertThat(page.locator("#models-grid")).isVisible();
        assertThat(page.content()).doesNotContain("Internal error");

        // when: the key is entered again for a model at that URL
        page.locator("#model-new").click();
        assertThat(page.locator("#model-base-url input")).hasValue("");
        page.locator("#model-name input").fill("Elsewhere");
        page.locator("#model-model input").fill("m");
        page.locator("#model-base-url input").fill(elsewhere.openAiBaseUrl());
        page.locator("#model-api-key input").fill("sk-entered-again-000000000");
        page.locator("#model-save").click();

        // then: it is readable again and the notice is gone
        assertThat(page.locator("#model-message")).containsText("Saved Elsewhere");
        assertThat(page.locator("#lost-keys")).isHidden();
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("answered in");
        assertThat(elsewhere.requests()).extracting(r -> r.header("authorization"))
                .containsExactly("Bearer sk-entered-again-000000000");
        page.locator("#model-delete").click();
    }
}
