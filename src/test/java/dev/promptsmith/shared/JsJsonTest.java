package dev.promptsmith.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsJsonTest {

    @Test
    void writesAsJavaScriptsJsonStringify() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "a \"quote\"\n\ttab \u0001 é / \\");
        value.put("list", List.of(1, 2.5, true));
        value.put("empty", Map.of());
        value.put("none", List.of());
        value.put("nothing", null);

        assertThat(JsJson.compact(value)).isEqualTo("{\"text\":\"a \\\"quote\\\"\\n\\ttab \\u0001 é / \\\\\","
                + "\"list\":[1,2.5,true],\"empty\":{},\"none\":[],\"nothing\":null}");
        assertThat(JsJson.pretty(Map.of("a", List.of(1, Map.of("b", "c"))))).isEqualTo("""
                {
                  "a": [
                    1,
                    {
                      "b": "c"
                    }
                  ]
                }""");
    }

    @Test
    void numbersAreWrittenAsJavaScriptWritesDoubles() {
        assertThat(JsJson.number(1.0)).isEqualTo("1");
        assertThat(JsJson.number(12L)).isEqualTo("12");
        assertThat(JsJson.number(0.1)).isEqualTo("0.1");
        assertThat(JsJson.number(-0.0)).isEqualTo("0");
        assertThat(JsJson.number(1e21)).isEqualTo("1e+21");
        assertThat(JsJson.number(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(JsJson.number(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(JsJson.number(Double.NaN)).isEqualTo("null");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertThat(JsJson.compact("\uD83D\uDE00 \uD83D")).isEqualTo("\"\uD83D\uDE00 \\ud83d\"");
    }
}
