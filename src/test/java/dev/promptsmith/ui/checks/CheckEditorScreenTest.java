package dev.promptsmith.ui.checks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.promptsmith.support.BrowserTest;
import org.junit.jupiter.api.Test;

class CheckEditorScreenTest extends BrowserTest {

    @Test
    void aCheckIsWrittenInAFormThatFitsItsTypeAndIsValidatedAsItIsTyped() {
        // given
        open("/test/check-editor");
        Locator form = page.locator("#new");

        // when: a type is found by searching
        form.locator("#check-type input").fill("regex");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("regex · Text")).click();

        // then: its description and example show, and the value is a pattern in a code area
        assertThat(form.locator("#check-type-description")).containsText("regular expression (JavaScript syntax");
        assertThat(form.locator("#check-type-example")).containsText("type: regex");
        Locator value = form.locator("#check-value");
        assertThat(value).hasAttribute("class", java.util.regex.Pattern.compile(".*code-text.*"));
        assertThat(form.locator("#check-threshold")).isHidden();

        // when: a broken pattern is typed
        value.locator("textarea").fill("total: (\\d+");

        // then: the field says what is wrong, at once
        assertThat(value).hasAttribute("invalid", "");
        String problem = "the pattern is not valid JavaScript (Invalid regular expression: /total: (\\d+/: "
                + "Unterminated group)";
        assertThat(value.locator("[slot=error-message]")).hasText(problem);
        assertThat(page.locator("#new-problems")).hasText("value: " + problem);

        // when
        value.locator("textarea").fill("total: (\\d+)");

        // then
        assertThat(value).not().hasAttribute("invalid", "");
        assertThat(page.locator("#new-problems")).isEmpty();
        assertThat(page.locator("#new-written")).hasText("type: regex\nvalue: 'total: (\\d+)'");
        screenshot("check-editor-regex");

        // when: a type that takes a list, one per line, negated
        form.locator("#check-type input").fill("icontains-any");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("icontains-any")).click();
        value.locator("textarea").fill("sorry\napologize");
        form.locator("#check-negated input").check();

        // then
        assertThat(page.locator("#new-written")).hasText("type: not-icontains-any\nvalue:\n- sorry\n- apologize");

        // when: a type with no value and a required threshold
        form.locator("#check-type input").fill("latency");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("latency")).click();

        // then
        assertThat(value).isHidden();
        assertThat(form.locator("#check-threshold")).isVisible();
        assertThat(page.locator("#new-problems")).hasText(
                "threshold: is required: the most milliseconds the call may take");

        // when
        form.locator("#check-threshold input").fill("5000");
        form.locator("#check-threshold input").press("Tab");

        // then
        assertThat(page.locator("#new-written")).hasText("type: not-latency\nthreshold: 5000");
        assertThat(page.locator("#new-problems")).isEmpty();
    }

    @Test
    void anAssertSetOpensWithItsChecksAsSettingsWhichAreValidatedToo() {
        // given
        open("/test/check-editor");
        Locator form = page.locator("#existing");
        Locator settings = form.locator("#check-settings");

        // then
        assertThat(settings.locator("textarea")).hasValue("assert:\n- type: contains\n  value: total");
        assertThat(form.locator("#check-negated")).isVisible();

        // when
        settings.locator("textarea").fill("assert:\n- type: contains\n  value: total\n- type: json-schema\n");

        // then
        assertThat(settings).hasAttribute("invalid", "");
        assertThat(page.locator("#existing-problems")).hasText(
                "assert[2].value: is required: the JSON Schema the output follows");
        screenshot("check-editor-assert-set");
    }
}
