package dev.promptsmith.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputViewsTest {

    @Test
    void prettyJsonPutsNoSpaceBeforeTheColon() {
        // when
        var pretty = OutputViews.prettyJson("{\"a\":1,\"b\":{\"c\":[\"x\"]}}");

        // then
        assertThat(pretty).contains("""
                {
                  "a": 1,
                  "b": {
                    "c": [ "x" ]
                  }
                }""");
    }

    @Test
    void textThatIsNotAJsonObjectOrArrayHasNoPrettyForm() {
        assertThat(OutputViews.prettyJson("the answer is {\"a\": 1}")).isEmpty();
        assertThat(OutputViews.prettyJson("{\"a\": ")).isEmpty();
    }
}
