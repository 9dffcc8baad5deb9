package dev.promptsmith.check.json;

/** One kind of change the repair made. */
public enum Fix {
    CLOSED_STRING("closed a string cut off at the end"),
    CLOSED_ARRAY("closed an array"),
    CLOSED_OBJECT("closed an object"),
    COMPLETED_KEYWORD("completed a cut-off true, false or null"),
    DROPPED_INCOMPLETE_VALUE("dropped an incomplete value or key at the end"),
    TRAILING_COMMA("removed a trailing comma"),
    LEADING_COMMA("removed a leading comma"),
    MISSING_COMMA("added a missing comma"),
    MISSING_COLON("added a missing colon"),
    MARKDOWN_FENCE("removed a Markdown code fence"),
    SURROUNDING_TEXT("removed text around the JSON"),
    SINGLE_QUOTES("replaced single or typographic quotes"),
    UNQUOTED_KEY("quoted a key"),
    UNQUOTED_STRING("quoted a bare string"),
    COMMENT("removed a comment"),
    PYTHON_CONSTANT("replaced a Python constant (True, False, None)"),
    NDJSON("wrapped several JSON values (NDJSON) in an array"),
    ELLIPSIS("removed an ellipsis"),
    ESCAPE("fixed an escape in a string"),
    CONTROL_CHARACTER("escaped a control character in a string"),
    REDUNDANT_CLOSING("removed a redundant closing bracket"),
    MISSING_VALUE("added null for a missing value"),
    NUMBER("fixed a number");

    private final String label;

    Fix(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
