package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isNameStart;
import static dev.promptsmith.check.json.Chars.isSpecialWhitespace;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Skips what is no JSON: whitespace, comments, Markdown fences, prose around the JSON, ellipses. */
final class Skipper {

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;

    Skipper(Input in, Output out, Fixes fixes, Containers stack) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
    }

    /**
     * Skips whitespace, line breaks only when {@code newlines}, and comments; the whitespace is copied to the output.
     * Returns whether anything was skipped.
     */
    boolean whitespace(boolean newlines) {
        if (in.i >= in.n) {
            return false;
        }
        char c = in.chars[in.i];
        if (c > ' ' && c < 0xa0 && c != '/' && c != '#') {
            // the usual case, checked first (and small enough to be inlined): no whitespace or comment here
            return false;
        }
        if (c == ' ' && in.i + 1 < in.n) {
            char d = in.chars[in.i + 1];
            if (d > ' ' && d < 0xa0 && d != '/' && d != '#') {
                // the next most usual case: one space
                out.copy(in.i, in.i + 1);
                in.i++;
                return true;
            }
        }
        return whitespaceOrComments(newlines);
    }

    private boolean whitespaceOrComments(boolean newlines) {
        int start = in.i;
        while (in.i < in.n) {
            char c = in.chars[in.i];
            if (c > ' ' && c < 0xa0 && c != '/' && c != '#') {
                // the usual case, checked first: no whitespace or comment here
                break;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' && newlines) {
                int end = in.i + 1;
                while (end < in.n && isWhitespace(in.chars[end]) && (newlines || in.chars[end] != '\n')) {
                    end++;
                }
                if (end == in.i + 1) {
                    out.copy(in.i, in.i + 1);
                } else {
                    out.copy(in.i, end);
                }
                in.i = end;
            } else if (isSpecialWhitespace(c)) {
                out.buffer().append(' ');
                fixes.add(Fix.SPECIAL_WHITESPACE);
                in.i++;
            } else if (c == '/' && in.at(in.i + 1) == '*') {
                int close = in.text.indexOf("*/", in.i + 2);
                in.i = close < 0 ? in.n : close + 2;
                fixes.add(Fix.COMMENT);
            } else if (c == '/' && in.at(in.i + 1) == '/') {
                int close = in.text.indexOf('\n', in.i + 2);
                in.i = close < 0 ? in.n : close;
                fixes.add(Fix.COMMENT);
            } else if (c == '#' && (isWhitespace(in.at(in.i + 1)) || in.at(in.i + 1) == EOF)) {
                // a Python or YAML comment "# ...": to the end of the line, or inside a container to its bracket
                in.i++;
                while (in.i < in.n && in.chars[in.i] != '\n'
                        && !(stack.depth > 0 && (in.chars[in.i] == '}' || in.chars[in.i] == ']'))) {
                    in.i++;
                }
                fixes.add(Fix.COMMENT);
            } else {
                break;
            }
        }
        return in.i > start;
    }

    boolean fence() {
        if (!in.fenceAt(in.i)) {
            return false;
        }
        fixes.add(Fix.MARKDOWN_FENCE);
        in.i += 3;
        while (in.at(in.i) == '`') {
            in.i++;
        }
        if (isNameStart(in.at(in.i))) {
            while (isNameChar(in.at(in.i))) {
                in.i++;
            }
        }
        whitespace(true);
        return true;
    }

    /** "Here is the JSON: {...}": skips words before the first bracket or fence. */
    boolean leadingProse() {
        int k = in.i;
        while (k < in.n) {
            char c = in.chars[k];
            if (c == '{' || c == '[' || c == '`' && in.fenceAt(k)) {
                break;
            }
            k++;
        }
        if (k >= in.n) {
            return false;
        }
        String words = in.text.substring(in.i, k).strip();
        boolean beforeFence = in.fenceAt(k);
        if (!beforeFence && !(words.contains(" ") || words.contains("\n") || words.endsWith(":"))
                || words.endsWith("(")) {
            return false;
        }
        fixes.add(Fix.SURROUNDING_TEXT);
        in.i = k;
        return true;
    }

    /** Skips an ellipsis ({@code ...}) standing for left-out items, with the comma after it. */
    void ellipsis() {
        whitespace(true);
        if (in.at(in.i) == '.' && in.at(in.i + 1) == '.' && in.at(in.i + 2) == '.') {
            fixes.add(Fix.ELLIPSIS);
            in.i += 3;
            whitespace(true);
            if (in.at(in.i) == ',') {
                in.i++;
            }
        }
    }

    /** Drops the rest of the input after whitespace: text around the JSON. */
    void rest() {
        whitespace(true);
        if (in.i < in.n) {
            fixes.add(Fix.SURROUNDING_TEXT);
            in.i = in.n;
        }
    }
}
