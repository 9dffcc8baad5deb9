package dev.promptsmith.check.form;

/** What a check's {@code value} is, which decides how a form shows and edits it. */
public enum ValueKind {
    /** The type takes no value. */
    NONE("Value", false),
    /** One text (also a number or a mapping as written, where the type compares with it). */
    TEXT("Value", false),
    /** A list of texts; a form shows one per line. */
    TEXTS("Values, one per line", false),
    /** A number (or, for word-count, {@code {min, max}}). */
    NUMBER("Number", false),
    /** A regular expression, JavaScript syntax (as promptfoo reads it). */
    REGEX("Pattern (JavaScript regular expression)", true),
    /** A JSON Schema, as a mapping or JSON text. */
    JSON_SCHEMA("JSON Schema", true),
    /** JSON (a mapping of settings, written as YAML or JSON). */
    JSON("Settings", true),
    /** An inline JavaScript expression or function body, or {@code file://check.js[:function]}. */
    JAVASCRIPT("JavaScript, or file://check.js", true),
    /** Inline Python, or {@code file://check.py[:function]}. */
    PYTHON("Python, or file://check.py", true),
    /** What a judge model is asked: a rubric, a criterion or a reference answer. */
    RUBRIC("Rubric", false),
    /** A web address, {@code http} or {@code https}. */
    URL("URL", false);

    private final String label;
    private final boolean code;

    ValueKind(String label, boolean code) {
        this.label = label;
        this.code = code;
    }

    /** A field label that says what to write. */
    public String label() {
        return label;
    }

    /** Whether the value is code or a schema, best edited in a monospace font. */
    public boolean code() {
        return code;
    }
}
