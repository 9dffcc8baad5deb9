package dev.promptsmith.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Inline JavaScript is parsed as it would be run, and nothing of it runs. */
class JavaScriptSyntaxTest {

    @Test
    void anExpressionAFunctionBodyAndAOneLineBodyParse() {
        assertThat(Scripts.javaScriptSyntaxError("output.length < 200")).isEmpty();
        assertThat(Scripts.javaScriptSyntaxError("const n = output.length;\nreturn n < context.vars.max;")).isEmpty();
        assertThat(Scripts.javaScriptSyntaxError("let n = output.length; return n > 0")).isEmpty();
    }

    @Test
    void parsingRunsNothing() {
        assertThat(Scripts.javaScriptSyntaxError("while (true) {}\nreturn true;")).isEmpty();
    }

    @Test
    void codeThatDoesNotParseSaysWhere() {
        assertThat(Scripts.javaScriptSyntaxError("output.includes('total'")).contains(
                "at the end: Expected , but found }");
        assertThat(Scripts.javaScriptSyntaxError("const n = output.length;\nreturn n <;")).contains(
                "line 2, column 11: Expected an operand but found ;");
    }
}
