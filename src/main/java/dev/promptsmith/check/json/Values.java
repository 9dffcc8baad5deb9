package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Adds reading one value: a scalar entirely, or the opening of a container, which is pushed. */
abstract class Values extends Scalars {

    Values(String text, int guess, boolean cutOff) {
        super(text, guess, cutOff);
    }

    /** Parses whitespace, then a value: a scalar entirely, or the opening of a container (pushed). */
    final int parseValue() {
        skipWhitespace(true);
        int result = parseValueStart();
        if (result == SCALAR) {
            skipWhitespace(true);
        }
        return result;
    }

    private int parseValueStart() {
        int c = at(i);
        if (c == ')' && depth > 0 && kinds[depth - 1] == TUPLE) {
            return NONE;
        }
        if (c == '{') {
            copy(i, i + 1);
            i++;
            push(OBJECT);
            skipLeadingComma();
            return PUSHED;
        }
        if (c == '[') {
            copy(i, i + 1);
            i++;
            push(ARRAY);
            skipLeadingComma();
            return PUSHED;
        }
        if (c == '(') {
            // a Python tuple: (1, 2) is an array, (1) just its item
            out().append('[');
            i++;
            push(TUPLE);
            fix(Fix.PYTHON_TUPLE);
            return PUSHED;
        }
        if (c == '"' && fenceAt(i + 1) && quotedFence()) {
            return PUSHED;
        }
        if (parseStringWithConcatenation()) {
            return SCALAR;
        }
        int number = parseNumber();
        if (number != -1) {
            return number;
        }
        if (parseKeyword()) {
            return SCALAR;
        }
        int unquoted = parseUnquoted(false);
        if (unquoted != NONE) {
            return unquoted;
        }
        return parseRegex() ? SCALAR : NONE;
    }

    /**
     * {@code "```json {"a": 1}```"}: a fenced block quoted as a string value, whose JSON has unescaped quotes (so it
     * cannot be the text of a valid string), is read as that JSON. Looks ahead over the fence's language name.
     */
    private boolean quotedFence() {
        int j = i + 4;
        while (isNameChar(at(j))) {
            j++;
        }
        while (isWhitespace(at(j))) {
            j++;
        }
        int start = j;
        while (at(j) == '{' || at(j) == '[' || isWhitespace(at(j))) {
            j++;
        }
        if (j == start || at(j) != '"') {
            return false;
        }
        i = start;
        push(QUOTED_FENCE);
        fix(Fix.MARKDOWN_FENCE);
        return true;
    }

    private void skipLeadingComma() {
        skipWhitespace(true);
        if (at(i) == ',') {
            i++;
            fix(Fix.LEADING_COMMA);
            skipWhitespace(true);
        }
    }
}
