package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isDelimiter;
import static dev.promptsmith.check.json.Chars.isDigit;
import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isNameStart;
import static dev.promptsmith.check.json.Chars.isQuote;
import static dev.promptsmith.check.json.Chars.isUnquotedStringDelimiter;
import static dev.promptsmith.check.json.Chars.isUrlChar;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * Adds reading numbers, keywords and unquoted text: repairs numbers JSON does not allow, completes or drops one cut
 * off, maps Python and uppercase constants, quotes unquoted words and regular expressions, unwraps function calls.
 */
abstract class Scalars extends Strings {

    /** What reading a value gave: nothing (no value starts here). */
    static final int NONE = 0;
    /** What reading a value gave: a scalar, read entirely. */
    static final int SCALAR = 1;
    /** What reading a value gave: a container opened and pushed, whose content its step reads. */
    static final int PUSHED = 2;

    final boolean cutOff;

    Scalars(String text, int guess, boolean cutOff) {
        super(text, guess);
        this.cutOff = cutOff;
    }

    /** Returns -1 when the text here is no number, else SCALAR, or NONE when a cut-off number was dropped. */
    final int parseNumber() {
        int c = at(i);
        if (!(c == '-' || c == '.' || isDigit(c))) {
            return -1;
        }
        int start = i;
        if (c == '-') {
            i++;
        }
        int digitsStart = i;
        skipDigits();
        boolean intDigits = i > digitsStart;
        boolean dangling = false;
        if (at(i) == '.') {
            i++;
            if (isDigit(at(i))) {
                skipDigits();
            } else if (atEndOfNumber()) {
                dangling = true;
            } else {
                i = start;
                return -1;
            }
        } else if (!intDigits) {
            if (i > start && atEndOfNumber()) {
                dangling = true;
            } else {
                i = start;
                return -1;
            }
        }
        if (!dangling && (at(i) == 'e' || at(i) == 'E')) {
            i++;
            if (at(i) == '+' || at(i) == '-') {
                i++;
            }
            if (isDigit(at(i))) {
                while (isDigit(at(i))) {
                    i++;
                }
            } else if (atEndOfNumber()) {
                dangling = true;
            } else {
                i = start;
                return -1;
            }
        }
        if (at(i) == '/' && isDigit(at(i + 1)) && !dangling) {
            // a fraction like 1/3: kept as the string "1/3"
            int slash = i;
            i++;
            skipDigits();
            if (atEndOfNumber() && at(i) != '/') {
                appendQuoted(text.substring(start, i));
                fix(Fix.UNQUOTED_STRING);
                return SCALAR;
            }
            i = slash;
        }
        int end = i;
        if (at(i) == '"' && !dangling && straySuffixQuote()) {
            // {"n": 12345", ...}: a stray quote after a number
            i++;
            fix(Fix.UNESCAPED_QUOTE);
        } else if (!atEndOfNumber()) {
            i = start;
            return -1;
        }
        int first = chars[start] == '-' ? start + 1 : start;
        if (!dangling && chars[first] != '.' && !(chars[first] == '0' && first + 1 < end && isDigit(chars[first + 1]))
                && !hasUnderscore(start, end)) {
            // the usual case: a JSON number as it stands
            copy(start, end);
            return SCALAR;
        }
        String raw = text.substring(start, end);
        if (raw.indexOf('_') >= 0) {
            raw = raw.replace("_", "");
            fix(Fix.NUMBER_FORMAT);
        }
        int z = raw.startsWith("-") ? 1 : 0;
        if (raw.length() > z + 1 && raw.charAt(z) == '0' && isDigit(raw.charAt(z + 1))) {
            appendQuoted(raw);
            fix(Fix.NUMBER_FORMAT);
            return SCALAR;
        }
        if (dangling && cutOff && i >= n) {
            String kept = raw;
            while (!kept.isEmpty() && !isDigit(kept.charAt(kept.length() - 1))) {
                kept = kept.substring(0, kept.length() - 1);
            }
            if (kept.isEmpty() || kept.equals("-")) {
                fix(Fix.DROPPED_INCOMPLETE_VALUE);
                return NONE;
            }
            fix(Fix.CUT_NUMBER);
            raw = kept;
            dangling = false;
        }
        String fixed = raw;
        if (fixed.charAt(z == 1 && fixed.length() > 1 ? 1 : 0) == '.') {
            fixed = fixed.substring(0, z) + "0" + fixed.substring(z);
            fix(Fix.NUMBER_FORMAT);
        }
        if (dangling) {
            fixed = fixed + "0";
            fix(i >= n ? Fix.COMPLETED_NUMBER : Fix.NUMBER_FORMAT);
        }
        out().append(fixed);
        return SCALAR;
    }

    private boolean hasUnderscore(int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars[k] == '_') {
                return true;
            }
        }
        return false;
    }

    /** Whether the quote at i is followed by spaces and then a comma or the end of a container. */
    private boolean straySuffixQuote() {
        int j = i + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return at(j) == ',' || at(j) == '}' || at(j) == ']';
    }

    /** Skips digits, and underscores between digits as in Python's 1_000. */
    private void skipDigits() {
        while (isDigit(at(i)) || at(i) == '_' && isDigit(at(i - 1)) && isDigit(at(i + 1))) {
            i++;
        }
    }

    private boolean atEndOfNumber() {
        int c = at(i);
        return c == EOF || isDelimiter(c) || isWhitespace(c);
    }

    private static final String[] KEYWORDS = {"true", "false", "null", "True", "False", "None", "TRUE", "FALSE",
        "NULL", "Null"};
    private static final String[] JSON_KEYWORDS = {"true", "false", "null", "true", "false", "null", "true", "false",
        "null", "null"};

    /** Reads true, false or null, or their Python and uppercase forms; false when none stands here. */
    final boolean parseKeyword() {
        int c = at(i);
        if (c != 't' && c != 'f' && c != 'n' && c != 'T' && c != 'F' && c != 'N') {
            return false;
        }
        for (int k = 0; k < KEYWORDS.length; k++) {
            String word = KEYWORDS[k];
            if (word.charAt(0) == c && matchesAt(word, i) && !isNameChar(at(i + word.length()))) {
                if (k < 3) {
                    copy(i, i + word.length());
                } else {
                    out().append(JSON_KEYWORDS[k]);
                }
                i += word.length();
                if (k >= 6) {
                    fix(Fix.UPPERCASE_CONSTANT);
                } else if (k >= 3) {
                    fix(Fix.PYTHON_CONSTANT);
                }
                return true;
            }
        }
        return false;
    }

    /** Reads an unquoted word or text as a string, key or function call; NONE when nothing is here. */
    final int parseUnquoted(boolean isKey) {
        int start = i;
        if (isNameStart(at(i))) {
            while (isNameChar(at(i))) {
                i++;
            }
            int j = i;
            while (isWhitespace(at(j))) {
                j++;
            }
            if (!isKey && at(j) == '(') {
                i = j + 1;
                fix(Fix.FUNCTION_CALL);
                push(CALL);
                return PUSHED;
            }
            if (!isKey) {
                int end = endQuoteOfUnquotedValue(start);
                if (end >= 0) {
                    // {"a": one, two, three", "b": 1}: the value misses only its start quote
                    int k = end;
                    while (k > start && isWhitespace(at(k - 1))) {
                        k--;
                    }
                    appendQuoted(text.substring(start, k));
                    fix(Fix.MISSING_QUOTE);
                    i = end + 1;
                    return SCALAR;
                }
            }
        }
        while (true) {
            while (i < n && !isUnquotedStringDelimiter(chars[i]) && !isQuote(chars[i])
                    && !(isKey && chars[i] == ':')) {
                i++;
            }
            int group = !isKey && at(i) == '{' && i > start && isNameChar(chars[i - 1]) ? endOfQuotedGroup(i) : -1;
            if (group < 0) {
                break;
            }
            // {text: words{in braces}}: braces right after a word, closed on the same line, are part of the text
            i = group + 1;
        }
        if (i > start && at(i - 1) == ':' && isUrlStart(start, i + 2)) {
            while (i < n && isUrlChar(chars[i])) {
                i++;
            }
        }
        if (i == start) {
            return NONE;
        }
        if (!isKey && i >= n) {
            String rest = text.substring(start);
            for (int k = 0; k < KEYWORDS.length; k++) {
                if (KEYWORDS[k].startsWith(rest)) {
                    out().append(JSON_KEYWORDS[k]);
                    fix(Fix.COMPLETED_KEYWORD);
                    return SCALAR;
                }
            }
        }
        while (i > start && isWhitespace(at(i - 1))) {
            i--;
        }
        String symbol = text.substring(start, i);
        if (!isKey && symbol.equals("undefined")) {
            out().append("null");
            fix(Fix.UNDEFINED);
        } else {
            appendQuoted(symbol);
            fix(isKey ? Fix.UNQUOTED_KEY : Fix.UNQUOTED_STRING);
        }
        if (at(i) == '"') {
            i++;
        }
        return SCALAR;
    }

    /** Reads a regular expression literal as a string; false when none starts here. */
    final boolean parseRegex() {
        if (at(i) != '/') {
            return false;
        }
        int start = i;
        i++;
        while (i < n && !(chars[i] == '/' && chars[i - 1] != '\\')) {
            i++;
        }
        i = Math.min(i + 1, n);
        appendQuoted(text.substring(start, i));
        fix(Fix.REGEX);
        return true;
    }
}
