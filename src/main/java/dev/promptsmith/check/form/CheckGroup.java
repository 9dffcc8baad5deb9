package dev.promptsmith.check.form;

/** Families of check types, in the order a type picker lists them. */
public enum CheckGroup {
    TEXT("Text"),
    STRUCTURE("JSON, XML, HTML and SQL"),
    SIMILARITY("Similarity and scores"),
    JUDGED("Judged by a model"),
    CODE("Scripts and services"),
    CALL("The call: finish, tools, time, cost"),
    SET("Groups of checks");

    private final String label;

    CheckGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
