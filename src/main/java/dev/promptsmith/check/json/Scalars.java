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
 * Reads numbers, keywords and unquoted text: repairs numbers JSON does not allow, completes or drops one cut off,
 * maps Python and uppercase constants, quotes unquoted words and regular expressions, unwraps function calls.
 */
final class Scalars {

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;
    private final Lookahead look;
    private final boolean cutOff;

    Scalars(Input in, Output out, Fixes fixes, Containers stack, Lookahead look, boolean cutOff) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
        this.look = look;
        this.cutOff = cutOff;
    }

    /** Returns -1 when the text here is no number, else SCALAR, or NONE when a cut-off number was dropped. */
    int number() {
        int c = in.at(in.i);
        if (!(c == '-' || c == '.' || isDigit(c))) {
            return -1;
        }
        int start = in.i;
        if (c == '-') {
            in.i++;
        }
        int digitsStart = in.i;
        skipDigits();
        boolean intDigits = in.i > digitsStart;
        boolean dangling = false;
        if (in.at(in.i) == '.') {
            in.i++;
            if (isDigit(in.at(in.i))) {
                skipDigits();
            } else if (atEndOfNumber()) {
                dangling = true;
            } else {
                in.i = start;
                return -1;
            }
        } else if (!intDigits) {
            if (in.i > start && atEndOfNumber()) {
                dangling = true;
            } else {
                in.i = start;
                return -1;
            }
        }
        if (!dangling && (in.at(in.i) == 'e' || in.at(in.i) == 'E')) {
            in.i++;
            if (in.at(in.i) == '+' || in.at(in.i) == '-') {
                in.i++;
            }
            if (isDigit(in.at(in.i))) {
                while (isDigit(in.at(in.i))) {
                    in.i++;
                }
            } else if (atEndOfNumber()) {
                dangling = true;
            } else {
                in.i = start;
                return -1;
            }
        }
        if (in.at(in.i) == '/' && isDigit(in.at(in.i + 1)) && !dangling) {
            // a fraction like 1/3: kept as the string "1/3"
            int slash = in.i;
            in.i++;
            skipDigits();
            if (atEndOfNumber() && in.at(in.i) != '/') {
                out.appendQuoted(in.text.substring(start, in.i));
                fixes.add(Fix.UNQUOTED_STRING);
                return Values.SCALAR;
            }
            in.i = slash;
        }
        int end = in.i;
        if (in.at(in.i) == '"' && !dangling && straySuffixQuote()) {
            // {"n": 12345", ...}: a stray quote after a number
            in.i++;
            fixes.add(Fix.UNESCAPED_QUOTE);
        } else if (!atEndOfNumber()) {
            in.i = start;
            return -1;
        }
        int first = in.chars[start] == '-' ? start + 1 : start;
        char[] chars = in.chars;
        if (!dangling && chars[first] != '.' && !(chars[first] == '0' && first + 1 < end && isDigit(chars[first + 1]))
                && !hasUnderscore(start, end)) {
            // the usual case: a JSON number as it stands
            out.copy(start, end);
            return Values.SCALAR;
        }
        String raw = in.text.substring(start, end);
        if (raw.indexOf('_') >= 0) {
            raw = raw.replace("_", "");
            fixes.add(Fix.NUMBER_FORMAT);
        }
        int z = raw.startsWith("-") ? 1 : 0;
        if (raw.length() > z + 1 && raw.charAt(z) == '0' && isDigit(raw.charAt(z + 1))) {
            out.appendQuoted(raw);
            fixes.add(Fix.NUMBER_FORMAT);
            return Values.SCALAR;
        }
        if (dangling && cutOff && in.i >= in.n) {
            String kept = raw;
            while (!kept.isEmpty() && !isDigit(kept.charAt(kept.length() - 1))) {
                kept = kept.substring(0, kept.length() - 1);
            }
            if (kept.isEmpty() || kept.equals("-")) {
                fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
                return Values.NONE;
            }
            fixes.add(Fix.CUT_NUMBER);
            raw = kept;
            dangling = false;
        }
        String fixed = raw;
        if (fixed.charAt(z == 1 && fixed.length() > 1 ? 1 : 0) == '.') {
            fixed = fixed.substring(0, z) + "0" + fixed.substring(z);
            fixes.add(Fix.NUMBER_FORMAT);
        }
        if (dangling) {
            fixed = fixed + "0";
            fixes.add(in.i >= in.n ? Fix.COMPLETED_NUMBER : Fix.NUMBER_FORMAT);
        }
        out.buffer().append(fixed);
        return Values.SCALAR;
    }

    private boolean hasUnderscore(int from, int to) {
        for (int k = from; k < to; k++) {
            if (in.chars[k] == '_') {
                return true;
            }
        }
        return false;
    }

    /** Whether the quote at i is followed by spaces and then a comma or the end of a container. */
    private boolean straySuffixQuote() {
        int j = in.i + 1;
        while (in.at(j) == ' ' || in.at(j) == '\t') {
            j++;
        }
        return in.at(j) == ',' || in.at(j) == '}' || in.at(j) == ']';
    }

    /** Skips digits, and underscores between digits as in Python's 1_000. */
    private void skipDigits() {
        while (isDigit(in.at(in.i)) || in.at(in.i) == '_' && isDigit(in.at(in.i - 1)) && isDigit(in.at(in.i + 1))) {
            in.i++;
        }
    }

    private boolean atEndOfNumber() {
        int c = in.at(in.i);
        return c == EOF || isDelimiter(c) || isWhitespace(c);
    }

    private static final String[] KEYWORDS = {"true", "false", "null", "True", "False", "None", "TRUE", "FALSE",
        "NULL", "Null"};
    private static final String[] JSON_KEYWORDS = {"true", "false", "null", "true", "false", "null", "true", "false",
        "null", "null"};

    /** Reads true, false or null, or their Python and uppercase forms; false when none stands here. */
    boolean keyword() {
        int c = in.at(in.i);
        if (c != 't' && c != 'f' && c != 'n' && c != 'T' && c != 'F' && c != 'N') {
            return false;
        }
        for (int k = 0; k < KEYWORDS.length; k++) {
            String word = KEYWORDS[k];
            if (word.charAt(0) == c && in.matchesAt(word, in.i) && !isNameChar(in.at(in.i + word.length()))) {
                if (k < 3) {
                    out.copy(in.i, in.i + word.length());
                } else {
                    out.buffer().append(JSON_KEYWORDS[k]);
                }
                in.i += word.length();
                if (k >= 6) {
                    fixes.add(Fix.UPPERCASE_CONSTANT);
                } else if (k >= 3) {
                    fixes.add(Fix.PYTHON_CONSTANT);
                }
                return true;
            }
        }
        return false;
    }

    /** Reads an unquoted word or text as a string, key or function call; NONE when nothing is here. */
    int unquoted(boolean isKey) {
        int start = in.i;
        if (isNameStart(in.at(in.i))) {
            while (isNameChar(in.at(in.i))) {
                in.i++;
            }
            int j = in.i;
            while (isWhitespace(in.at(j))) {
                j++;
            }
            if (!isKey && in.at(j) == '(') {
                in.i = j + 1;
                fixes.add(Fix.FUNCTION_CALL);
                stack.push(Containers.CALL, out.length() - 1);
                return Values.PUSHED;
            }
            if (!isKey) {
                int end = look.endQuoteOfUnquotedValue(start);
                if (end >= 0) {
                    // {"a": one, two, three", "b": 1}: the value misses only its start quote
                    int k = end;
                    while (k > start && isWhitespace(in.at(k - 1))) {
                        k--;
                    }
                    out.appendQuoted(in.text.substring(start, k));
                    fixes.add(Fix.MISSING_QUOTE);
                    in.i = end + 1;
                    return Values.SCALAR;
                }
            }
        }
        while (true) {
            while (in.i < in.n && !isUnquotedStringDelimiter(in.chars[in.i]) && !isQuote(in.chars[in.i])
                    && !(isKey && in.chars[in.i] == ':')) {
                in.i++;
            }
            int group = !isKey && in.at(in.i) == '{' && in.i > start && isNameChar(in.chars[in.i - 1])
                    ? look.endOfQuotedGroup(in.i) : -1;
            if (group < 0) {
                break;
            }
            // {text: words{in braces}}: braces right after a word, closed on the same line, are part of the text
            in.i = group + 1;
        }
        if (in.i > start && in.at(in.i - 1) == ':' && look.isUrlStart(start, in.i + 2)) {
            while (in.i < in.n && isUrlChar(in.chars[in.i])) {
                in.i++;
            }
        }
        if (in.i == start) {
            return Values.NONE;
        }
        if (!isKey && in.i >= in.n) {
            String rest = in.text.substring(start);
            for (int k = 0; k < KEYWORDS.length; k++) {
                if (KEYWORDS[k].startsWith(rest)) {
                    out.buffer().append(JSON_KEYWORDS[k]);
                    fixes.add(Fix.COMPLETED_KEYWORD);
                    return Values.SCALAR;
                }
            }
        }
        while (in.i > start && isWhitespace(in.at(in.i - 1))) {
            in.i--;
        }
        String symbol = in.text.substring(start, in.i);
        if (!isKey && symbol.equals("undefined")) {
            out.buffer().append("null");
            fixes.add(Fix.UNDEFINED);
        } else {
            out.appendQuoted(symbol);
            fixes.add(isKey ? Fix.UNQUOTED_KEY : Fix.UNQUOTED_STRING);
        }
        if (in.at(in.i) == '"') {
            in.i++;
        }
        return Values.SCALAR;
    }

    /** Reads a regular expression literal as a string; false when none starts here. */
    boolean regex() {
        if (in.at(in.i) != '/') {
            return false;
        }
        int start = in.i;
        in.i++;
        while (in.i < in.n && !(in.chars[in.i] == '/' && in.chars[in.i - 1] != '\\')) {
            in.i++;
        }
        in.i = Math.min(in.i + 1, in.n);
        out.appendQuoted(in.text.substring(start, in.i));
        fixes.add(Fix.REGEX);
        return true;
    }
}
