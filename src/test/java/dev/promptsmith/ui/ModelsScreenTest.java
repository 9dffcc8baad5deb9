package dev.promptsmith.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.simulator.Reply;
import dev.promptsmith.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsScreenTest extends BrowserTest {

    @Test
    void aLocalModelIsFoundAddedWithOneClickAndAnswersTheConnectionTest() {
        // given: a local Ollama (the simulator) that has one model
        simulator().models(List.of("llama3.2:latest"));
        simulator().replyFor("llama3.2:latest", Reply.text("OK"));
        open("/models");

        // when
        page.locator("#discover").click();
        Locator found = page.locator("#discovered-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("llama3.2:latest"));
        assertThat(found.first()).isVisible();
        page.locator(".add-discovered").first().click();

        // then
        assertThat(page.locator("#model-message")).containsText("Added ollama llama3.2:latest");
        Locator row = page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("ollama:chat:llama3.2:latest"));
        assertThat(row.first()).isVisible();
        row.first().click();
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("answered in");
    }

    @Test
    void badSettingsGetAClearMessageAndNothingIsStored() {
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Half done");
        page.locator("#model-base-url input").fill("localhost:1234");

        page.locator("#model-save").click();

        assertThat(page.locator("#model-message")).containsText("'Half done' needs a model name");
        page.locator("#model-model input").fill("some-model");
        page.locator("#model-save").click();
        assertThat(page.locator("#model-message")).containsText("must start with http:// or https://");
        assertThat(page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Half done"))).hasCount(0);
    }

    @Test
    void aFailingConnectionTestSaysWhatAndWhere() {
        simulator().replyFor("locked-model", Reply.error(401, "invalid api key"));
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Locked");
        page.locator("#model-model input").fill("locked-model");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());

        page.locator("#model-test").click();

        assertThat(page.locator("#model-message.error-text")).containsText("Locked (openai:chat:locked-model)");
        assertThat(page.locator("#model-message")).containsText("authentication failed (HTTP 401)");
    }

    @Test
    void aModelOnTheResponsesApiIsTestedAndSavedAsAnOpenAiResponsesProvider() {
        // given
        simulator().replyFor("resp-model", Reply.text("OK"));
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Responses");
        page.locator("#model-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("OpenAI Responses API"))
                .click();
        page.locator("#model-model input").fill("resp-model");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());

        // when
        page.locator("#model-test").click();
        assertThat(page.locator("#model-message")).containsText("answered in");
        page.locator("#model-save").click();

        // then
        assertThat(page.locator("#model-message")).containsText("Saved Responses");
        assertThat(page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("openai:responses:resp-model")).first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(simulator().requests())
                .filteredOn(request -> "resp-model".equals(request.model()))
                .extracting(dev.promptsmith.simulator.RecordedRequest::path).containsExactly("/v1/responses");
    }

    @Test
    void anEditedPriceIsKeptAndARejectedOneExplained() {
        open("/models");
        page.locator("#price-model input").fill("my-finetune");
        page.locator("#price-input input").fill("1.5");
        page.locator("#price-output input").fill("-2");
        page.locator("#price-save").click();
        assertThat(page.locator("#price-message")).containsText("must be zero or more");

        page.locator("#price-output input").fill("6");
        page.locator("#price-save").click();
        assertThat(page.locator("#price-message")).containsText("Saved the price of my-finetune");

        open("/models");
        assertThat(page.locator("#prices-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("my-finetune")).first()).isVisible();
    }

    @Test
    void aConnectionTestWithoutAModelNameSaysSoAndSendsNothing() {
        // given: a keyless local server, and a model with no model name
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Local");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());
        int sentBefore = simulator().requests().size();

        // when
        page.locator("#model-test").click();

        // then
        assertThat(page.locator("#model-message.error-text")).containsText("'Local' needs a model name");
        assertThat(page.locator("#model-message")).not().containsText("API key");
        org.assertj.core.api.Assertions.assertThat(simulator().requests()).hasSize(sentBefore);
    }

    @Test
    void aConnectionTestShowsTheFirstLineOfTheAnswerWhole() {
        // given
        simulator().replyFor("chatty", Reply.text("Hello there, I am ready to help you today.\nAsk me anything."));
        open("/models");
        page.locator("#model-new").click();
        page.locator("#model-name input").fill("Chatty");
        page.locator("#model-model input").fill("chatty");
        page.locator("#model-base-url input").fill(simulator().openAiBaseUrl());

        // when
        page.locator("#model-test").click();

        // then
        assertThat(page.locator("#model-message.ok-text"))
                .containsText("answered in");
        assertThat(page.locator("#model-message"))
                .containsText("\"Hello there, I am ready to help you today.\" …");
        assertThat(page.locator("#model-message")).not().containsText("Ask me");
    }

    @Test
    void emptyTemperatureAndTokenLimitShowTheDefaultsThatApply() {
        open("/models");
        page.locator("#model-new").click();

        assertThat(page.locator("#model-temperature input"))
                .hasAttribute("placeholder", "default: 1 at OpenAI, the server's own elsewhere");
        assertThat(page.locator("#model-max-tokens input"))
                .hasAttribute("placeholder", "default: no limit but the model's");

        page.locator("#model-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Anthropic")).click();
        assertThat(page.locator("#model-max-tokens input")).hasAttribute("placeholder", "default: 4096");
    }

    @Test
    void theBuiltInEchoModelIsListedAndCannotBeDeleted() {
        // given
        open("/models");
        Locator echo = page.locator("#models-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("built in: answers with the prompt itself"));

        // when
        assertThat(echo.first()).isVisible();
        echo.first().click();

        // then
        assertThat(page.locator("#model-message")).containsText("echo is built in");
        page.locator("#model-delete").click();
        assertThat(page.locator("#model-message.error-text")).containsText("echo is built in and cannot be deleted");
        open("/models");
        assertThat(echo.first()).isVisible();
    }
}
