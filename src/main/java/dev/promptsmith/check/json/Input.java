package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isSpecialWhitespace;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * The bottom layer of a repair: the text being repaired and the position {@link #i} read up to. The repair is one
 * object whose code is layered over a chain of small classes, each adding one job to the ones below it: see
 * {@link Repairer}.
 */
abstract class Input {

    final String text;
    /** The text's characters, read directly in the hot loops (a String's charAt checks its coding each time). */
    char[] chars;
    int n;
    /** The next character to read. */
    int i;

    /**
     * Only keeps the text: the layers' constructors call each other a dozen levels deep, and the JIT inlines no
     * deeper than 15 levels, so what needs calls is done by {@link #readInput()}, called by the run.
     */
    Input(String text) {
        this.text = text;
    }

    final void readInput() {
        n = text.length();
        // getChars, not toCharArray: it widens the bytes of a Latin-1 string in bulk
        chars = new char[n];
        text.getChars(0, n, chars, 0);
    }

    final int at(int k) {
        return k >= 0 && k < n ? chars[k] : EOF;
    }

    /** Whether a Markdown fence ({@code ```}) starts at {@code k}. */
    final boolean fenceAt(int k) {
        return at(k) == '`' && at(k + 1) == '`' && at(k + 2) == '`';
    }

    /** Whether a fence that only whitespace follows starts at {@code k}; looks over that whitespace. */
    final boolean isClosingFence(int k) {
        if (!fenceAt(k)) {
            return false;
        }
        int j = k + 3;
        while (isWhitespace(at(j))) {
            j++;
        }
        return j >= n;
    }

    /** Whether {@code word} stands in the input at {@code k}. */
    final boolean matchesAt(String word, int k) {
        int len = word.length();
        if (k < 0 || k > n - len) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (chars[k + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    final int previousNonWhitespace(int from) {
        int k = from;
        while (k > 0 && isWhitespace(chars[k])) {
            k--;
        }
        return k;
    }

    final boolean isBlank() {
        for (int k = i; k < n; k++) {
            if (!isWhitespace(chars[k]) && !isSpecialWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the surrogate at {@code k} is half a character without its other half (a raw one, as a model's
     * <code>&#92;ud800</code> arrives once the provider's JSON is decoded). No encoder can write it: UTF-8 turns it
     * into '?'.
     */
    final boolean loneSurrogate(int k) {
        char c = chars[k];
        return Character.isHighSurrogate(c) ? k + 1 >= n || !Character.isLowSurrogate(chars[k + 1])
                : k == 0 || !Character.isHighSurrogate(chars[k - 1]);
    }

    final Failure unexpected() {
        return new Failure("unexpected character " + describe(at(i)), i);
    }

    private static String describe(int c) {
        if (c == EOF) {
            return "end";
        }
        // a control character or half of one would not print as itself
        return c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) ? String.format("U+%04X", c)
                : "'" + (char) c + "'";
    }

    final String where(int at) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < Math.min(at, n); k++) {
            if (chars[k] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return " at line " + line + ", column " + column;
    }
}
