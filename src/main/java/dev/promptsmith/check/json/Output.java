package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * The repaired text, built by copy-through: the output so far is {@code built} followed by the input's characters
 * from {@code runFrom} to {@code runTo}, not yet copied. While the output repeats the input, only {@code runTo}
 * moves; the run is copied in one piece when the output first needs to differ, or at the end (then it is empty:
 * both the same). So valid input comes back as the input string itself, a cut document as its prefix plus what
 * closes it.
 */
final class Output {

    private final String text;
    private final Fixes fixes;
    private final StringBuilder built;
    private int runFrom;
    private int runTo;

    Output(String text, Fixes fixes) {
        this.text = text;
        this.fixes = fixes;
        this.built = new StringBuilder(text.length() + 16);
    }

    /** Appends the input's characters from {@code from} to {@code to} to the output, as they stand. */
    void copy(int from, int to) {
        if (from != runTo) {
            flush();
            runFrom = from;
        }
        runTo = to;
    }

    /** Copies the pending run of input into {@code built}. */
    private void flush() {
        if (runTo > runFrom) {
            built.append(text, runFrom, runTo);
            runFrom = runTo;
        }
    }

    /** The output, with the pending run of input copied into it, for any change other than appending input. */
    StringBuilder buffer() {
        if (runTo > runFrom) {
            flush();
        }
        return built;
    }

    int length() {
        return built.length() + runTo - runFrom;
    }

    /** The output as a string: for output that repeats a prefix of the input, that prefix without a copy. */
    String result() {
        if (runFrom == 0 && built.isEmpty()) {
            return runTo == text.length() ? text : text.substring(0, runTo);
        }
        return buffer().toString();
    }

    int insertBeforeLastWhitespace(char c) {
        return insertBeforeLastWhitespace(c, 0);
    }

    /** Inserts {@code c} before the whitespace that ends the output, not before {@code floor}; returns where. */
    int insertBeforeLastWhitespace(char c, int floor) {
        int k = length();
        while (k > floor && isWhitespace(buffer().charAt(k - 1))) {
            k--;
        }
        buffer().insert(k, c);
        return k;
    }

    void trim() {
        int len = length();
        while (len > 0 && isWhitespace(buffer().charAt(len - 1))) {
            len--;
        }
        buffer().setLength(len);
    }

    boolean endsWithQuote() {
        int k = length();
        while (k > 0 && isWhitespace(buffer().charAt(k - 1))) {
            k--;
        }
        return k > 0 && buffer().charAt(k - 1) == '"';
    }

    boolean endsWithCommaOrNewline() {
        int k = length();
        while (k > 0 && (buffer().charAt(k - 1) == ' ' || buffer().charAt(k - 1) == '\t'
                || buffer().charAt(k - 1) == '\r')) {
            k--;
        }
        return k > 0 && (buffer().charAt(k - 1) == ',' || buffer().charAt(k - 1) == '\n');
    }

    boolean endsWithNewline() {
        int k = length();
        while (k > 0 && isWhitespace(buffer().charAt(k - 1))) {
            if (buffer().charAt(k - 1) == '\n') {
                return true;
            }
            k--;
        }
        return false;
    }

    /** Appends {@code s} as a JSON string: quoted, with quotes, backslashes and control characters escaped. */
    void appendQuoted(String s) {
        buffer().append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                buffer().append('\\').append(c);
            } else if (c < 0x20) {
                appendControl(c);
            } else if (Character.isSurrogate(c) && loneSurrogate(s, k)) {
                appendLoneSurrogate(c);
            } else {
                buffer().append(c);
            }
        }
        buffer().append('"');
    }

    private static boolean loneSurrogate(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c) ? k + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(k + 1))
                : k == 0 || !Character.isHighSurrogate(s.charAt(k - 1));
    }

    /** Writes a lone surrogate as the escape it came in as, so it survives every encoder unchanged. */
    void appendLoneSurrogate(char c) {
        buffer().append("\\u").append(Integer.toHexString(c));
        fixes.add(Fix.LONE_SURROGATE);
    }

    void appendControl(char c) {
        switch (c) {
            case '\b' -> buffer().append("\\b");
            case '\f' -> buffer().append("\\f");
            case '\n' -> buffer().append("\\n");
            case '\r' -> buffer().append("\\r");
            case '\t' -> buffer().append("\\t");
            default -> buffer().append(String.format("\\u%04x", (int) c));
        }
    }
}
