package dev.promptsmith.check.types;

/** Values as they appear in reasons: quoted, on one line, shortened. */
final class Quote {

    private static final int MAX = 80;

    private Quote() {
    }

    static String of(Object value) {
        String text = String.valueOf(value).replace("\n", "\\n");
        return "\"" + (text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…") + "\"";
    }
}
