package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * Adds the output and the fixes made. The output is built by copy-through: it is {@code out} followed by the input's
 * characters from {@code runFrom} to {@code runTo}, not yet copied. While the output repeats the input, only
 * {@code runTo} moves; the run is copied in one piece when the output first needs to differ, or at the end (then it
 * is empty: both the same). So valid input comes back as the input string itself.
 */
abstract class Output extends Input {

    private StringBuilder out;
    private int runFrom;
    private int runTo;
    /** The fixes made, one bit each (see {@link Fixes}). */
    long fixes;

    Output(String text) {
        super(text);
    }

    /** Reads the input and makes room for the output; the run starts with this (see {@link Input#Input(String)}). */
    final void start() {
        readInput();
        out = new StringBuilder(n + 16);
    }

    /** Appends the input's characters from {@code from} to {@code to} to the output, as they stand. */
    final void copy(int from, int to) {
        if (from != runTo) {
            flush();
            runFrom = from;
        }
        runTo = to;
    }

    /** Copies the pending run of input into {@code out}. */
    private void flush() {
        if (runTo > runFrom) {
            out.append(text, runFrom, runTo);
            runFrom = runTo;
        }
    }

    /** The output, with the pending run of input copied into it, for any change other than appending input. */
    final StringBuilder out() {
        if (runTo > runFrom) {
            flush();
        }
        return out;
    }

    final int outLength() {
        return out.length() + runTo - runFrom;
    }

    /** The output as a string: for output that repeats a prefix of the input, that prefix without a copy. */
    final String outString() {
        if (runFrom == 0 && out.isEmpty()) {
            return runTo == n ? text : text.substring(0, runTo);
        }
        return out().toString();
    }

    final int insertBeforeLastWhitespace(char c) {
        return insertBeforeLastWhitespace(c, 0);
    }

    final int insertBeforeLastWhitespace(char c, int floor) {
        int k = outLength();
        while (k > floor && isWhitespace(out().charAt(k - 1))) {
            k--;
        }
        out().insert(k, c);
        return k;
    }

    final void trimOutput() {
        int len = outLength();
        while (len > 0 && isWhitespace(out().charAt(len - 1))) {
            len--;
        }
        out().setLength(len);
    }

    final boolean endsWithQuote() {
        int k = outLength();
        while (k > 0 && isWhitespace(out().charAt(k - 1))) {
            k--;
        }
        return k > 0 && out().charAt(k - 1) == '"';
    }

    final boolean endsWithCommaOrNewline() {
        int k = outLength();
        while (k > 0 && (out().charAt(k - 1) == ' ' || out().charAt(k - 1) == '\t' || out().charAt(k - 1) == '\r')) {
            k--;
        }
        return k > 0 && (out().charAt(k - 1) == ',' || out().charAt(k - 1) == '\n');
    }

    final boolean endsWithNewline() {
        int k = outLength();
        while (k > 0 && isWhitespace(out().charAt(k - 1))) {
            if (out().charAt(k - 1) == '\n') {
                return true;
            }
            k--;
        }
        return false;
    }

    final void fix(Fix f) {
        fixes |= 1L << f.ordinal();
    }

    final void appendQuoted(String s) {
        out().append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                out().append('\\').append(c);
            } else if (c < 0x20) {
                appendControl(c);
            } else if (Character.isSurrogate(c) && loneSurrogate(s, k)) {
                appendLoneSurrogate(c);
            } else {
                out().append(c);
            }
        }
        out().append('"');
    }

    private static boolean loneSurrogate(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c) ? k + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(k + 1))
                : k == 0 || !Character.isHighSurrogate(s.charAt(k - 1));
    }

    /** Writes a lone surrogate as the escape it came in as, so it survives every encoder unchanged. */
    final void appendLoneSurrogate(char c) {
        out().append("\\u").append(Integer.toHexString(c));
        fix(Fix.LONE_SURROGATE);
    }

    final void appendControl(char c) {
        switch (c) {
            case '\b' -> out().append("\\b");
            case '\f' -> out().append("\\f");
            case '\n' -> out().append("\\n");
            case '\r' -> out().append("\\r");
            case '\t' -> out().append("\\t");
            default -> out().append(String.format("\\u%04x", (int) c));
        }
    }
}
