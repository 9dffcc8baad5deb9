package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isNameStart;
import static dev.promptsmith.check.json.Chars.isSpecialWhitespace;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Adds skipping what is no JSON: whitespace, comments, Markdown fences, prose around the JSON, ellipses. */
abstract class Skipper extends Containers {

    Skipper(String text) {
        super(text);
    }

    /**
     * Skips whitespace, line breaks only when {@code newlines}, and comments; the whitespace is copied to the output.
     * Returns whether anything was skipped.
     */
    final boolean skipWhitespace(boolean newlines) {
        if (i >= n) {
            return false;
        }
        char c = chars[i];
        if (c > ' ' && c < 0xa0 && c != '/' && c != '#') {
            // the usual case, checked first (and small enough to be inlined): no whitespace or comment here
            return false;
        }
        if (c == ' ' && i + 1 < n) {
            char d = chars[i + 1];
            if (d > ' ' && d < 0xa0 && d != '/' && d != '#') {
                // the next most usual case: one space
                copy(i, i + 1);
                i++;
                return true;
            }
        }
        return skipWhitespaceOrComments(newlines);
    }

    private boolean skipWhitespaceOrComments(boolean newlines) {
        int start = i;
        while (i < n) {
            char c = chars[i];
            if (c > ' ' && c < 0xa0 && c != '/' && c != '#') {
                // the usual case, checked first: no whitespace or comment here
                break;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' && newlines) {
                int end = i + 1;
                while (end < n && isWhitespace(chars[end]) && (newlines || chars[end] != '\n')) {
                    end++;
                }
                if (end == i + 1) {
                    copy(i, i + 1);
                } else {
                    copy(i, end);
                }
                i = end;
            } else if (isSpecialWhitespace(c)) {
                out().append(' ');
                fix(Fix.SPECIAL_WHITESPACE);
                i++;
            } else if (c == '/' && at(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                fix(Fix.COMMENT);
            } else if (c == '/' && at(i + 1) == '/') {
                int close = text.indexOf('\n', i + 2);
                i = close < 0 ? n : close;
                fix(Fix.COMMENT);
            } else if (c == '#' && (isWhitespace(at(i + 1)) || at(i + 1) == EOF)) {
                // a Python or YAML comment "# ...": to the end of the line, or inside a container to its bracket
                i++;
                while (i < n && chars[i] != '\n'
                        && !(depth > 0 && (chars[i] == '}' || chars[i] == ']'))) {
                    i++;
                }
                fix(Fix.COMMENT);
            } else {
                break;
            }
        }
        return i > start;
    }

    final boolean skipFence() {
        if (!fenceAt(i)) {
            return false;
        }
        fix(Fix.MARKDOWN_FENCE);
        i += 3;
        while (at(i) == '`') {
            i++;
        }
        if (isNameStart(at(i))) {
            while (isNameChar(at(i))) {
                i++;
            }
        }
        skipWhitespace(true);
        return true;
    }

    /** "Here is the JSON: {...}": skips words before the first bracket or fence. */
    final boolean skipLeadingProse() {
        int k = i;
        while (k < n) {
            char c = chars[k];
            if (c == '{' || c == '[' || c == '`' && fenceAt(k)) {
                break;
            }
            k++;
        }
        if (k >= n) {
            return false;
        }
        String words = text.substring(i, k).strip();
        boolean beforeFence = fenceAt(k);
        if (!beforeFence && !(words.contains(" ") || words.contains("\n") || words.endsWith(":"))
                || words.endsWith("(")) {
            return false;
        }
        fix(Fix.SURROUNDING_TEXT);
        i = k;
        return true;
    }

    /** Skips an ellipsis ({@code ...}) standing for left-out items, with the comma after it. */
    final void skipEllipsis() {
        skipWhitespace(true);
        if (at(i) == '.' && at(i + 1) == '.' && at(i + 2) == '.') {
            fix(Fix.ELLIPSIS);
            i += 3;
            skipWhitespace(true);
            if (at(i) == ',') {
                i++;
            }
        }
    }

    /** Drops the rest of the input after whitespace: text around the JSON. */
    final void dropRest() {
        skipWhitespace(true);
        if (i < n) {
            fix(Fix.SURROUNDING_TEXT);
            i = n;
        }
    }
}
