package dev.promptsmith.check.json;

/** One kind of change {@link JsonRepair} made; {@link #label()} says it in words. */
public enum Fix {
    CLOSED_STRING("closed a string cut off at the end", true),
    CLOSED_ARRAY("closed an array cut off at the end", true),
    CLOSED_OBJECT("closed an object cut off at the end", true),
    COMPLETED_KEYWORD("completed a true, false or null cut off at the end", true),
    COMPLETED_NUMBER("completed a number cut off after its sign, point or exponent", true),
    CUT_NUMBER("removed the dangling sign, point or exponent of a number cut off at the end", true),
    DROPPED_INCOMPLETE_VALUE("dropped a value or escape cut off at the end", true),
    DROPPED_DANGLING_KEY("dropped an object key cut off inside its name", true),
    KEPT_CUT_OFF_KEY("kept an object key cut off before its value, as null", true),
    MISSING_BRACKET("added a missing closing bracket", false),
    MISSING_QUOTE("added a missing end quote", false),
    TRAILING_COMMA("removed a trailing comma", false),
    LEADING_COMMA("removed a leading comma", false),
    MISSING_COMMA("added a missing comma", false),
    MISSING_COLON("added a missing colon", false),
    MISSING_VALUE("filled a missing value with null", false),
    MARKDOWN_FENCE("removed a Markdown code fence", false),
    SURROUNDING_TEXT("removed text around the JSON", false),
    SINGLE_QUOTES("replaced single or typographic quotes with double quotes", false),
    UNQUOTED_KEY("quoted an unquoted key", false),
    UNQUOTED_STRING("quoted an unquoted string", false),
    UNESCAPED_QUOTE("escaped a quote inside a string", false),
    COMMENT("removed a comment", false),
    PYTHON_CONSTANT("replaced a Python True, False or None", false),
    UNDEFINED("replaced undefined with null", false),
    NDJSON("wrapped newline-delimited values in an array", false),
    CONCATENATED("wrapped comma-separated values in an array", false),
    STRING_CONCATENATION("joined strings concatenated with +", false),
    ELLIPSIS("removed an ellipsis (...)", false),
    ESCAPE("repaired an invalid escape in a string", false),
    CONTROL_CHARACTER("escaped a control character in a string", false),
    LONE_SURROGATE("wrote half a character (a lone surrogate) as its \\u escape", false),
    REDUNDANT_CLOSING("removed a redundant closing bracket", false),
    SPECIAL_WHITESPACE("replaced special whitespace with a space", false),
    NUMBER_FORMAT("repaired a number JSON does not allow (leading zeros or point)", false),
    FUNCTION_CALL("unwrapped a function call (JSONP or MongoDB)", false),
    REGEX("turned a regular expression into a string", false),
    PYTHON_TUPLE("turned a Python tuple into an array", false),
    OBJECT_IN_ARRAY("opened an object around a key and value found in an array", false),
    UPPERCASE_CONSTANT("replaced TRUE, FALSE, NULL or Null with true, false or null", false),
    PYTHON_SET("turned a Python set into an array", false),
    DOUBLED_QUOTES("read doubled quotes around a string (\"\"a\"\") as single ones", false);

    private final String label;
    private final boolean truncation;

    Fix(String label, boolean truncation) {
        this.label = label;
        this.truncation = truncation;
    }

    /** The change in words, e.g. "closed a string cut off at the end". */
    public String label() {
        return label;
    }

    /** Whether this fix completes input that was cut off. */
    public boolean truncation() {
        return truncation;
    }
}
