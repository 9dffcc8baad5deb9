package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Reads one value: a scalar entirely, or the opening of a container, which is pushed on the stack. */
final class Values {

    /** Nothing was read: no value starts here. */
    static final int NONE = 0;
    /** A scalar was read entirely. */
    static final int SCALAR = 1;
    /** A container was opened and pushed; its content is read by its step. */
    static final int PUSHED = 2;

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;
    private final Skipper skip;
    private final Strings strings;
    private final Scalars scalars;

    Values(Input in, Output out, Fixes fixes, Containers stack, Skipper skip, Strings strings, Scalars scalars) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
        this.skip = skip;
        this.strings = strings;
        this.scalars = scalars;
    }

    /** Parses whitespace, then a value: a scalar entirely, or the opening of a container (pushed). */
    int parse() {
        skip.whitespace(true);
        int result = parseValueStart();
        if (result == SCALAR) {
            skip.whitespace(true);
        }
        return result;
    }

    private int parseValueStart() {
        int c = in.at(in.i);
        if (c == ')' && stack.top() == Containers.TUPLE) {
            return NONE;
        }
        if (c == '{') {
            out.copy(in.i, in.i + 1);
            in.i++;
            stack.push(Containers.OBJECT, out.length() - 1);
            skipLeadingComma();
            return PUSHED;
        }
        if (c == '[') {
            out.copy(in.i, in.i + 1);
            in.i++;
            stack.push(Containers.ARRAY, out.length() - 1);
            skipLeadingComma();
            return PUSHED;
        }
        if (c == '(') {
            // a Python tuple: (1, 2) is an array, (1) just its item
            out.buffer().append('[');
            in.i++;
            stack.push(Containers.TUPLE, out.length() - 1);
            fixes.add(Fix.PYTHON_TUPLE);
            return PUSHED;
        }
        if (c == '"' && in.fenceAt(in.i + 1) && quotedFence()) {
            return PUSHED;
        }
        if (strings.parse()) {
            return SCALAR;
        }
        int number = scalars.number();
        if (number != -1) {
            return number;
        }
        if (scalars.keyword()) {
            return SCALAR;
        }
        int unquoted = scalars.unquoted(false);
        if (unquoted != NONE) {
            return unquoted;
        }
        return scalars.regex() ? SCALAR : NONE;
    }

    /**
     * {@code "```json {"a": 1}```"}: a fenced block quoted as a string value, whose JSON has unescaped quotes (so it
     * cannot be the text of a valid string), is read as that JSON. Looks ahead over the fence's language name.
     */
    private boolean quotedFence() {
        int j = in.i + 4;
        while (isNameChar(in.at(j))) {
            j++;
        }
        while (isWhitespace(in.at(j))) {
            j++;
        }
        int start = j;
        while (in.at(j) == '{' || in.at(j) == '[' || isWhitespace(in.at(j))) {
            j++;
        }
        if (j == start || in.at(j) != '"') {
            return false;
        }
        in.i = start;
        stack.push(Containers.QUOTED_FENCE, out.length() - 1);
        fixes.add(Fix.MARKDOWN_FENCE);
        return true;
    }

    private void skipLeadingComma() {
        skip.whitespace(true);
        if (in.at(in.i) == ',') {
            in.i++;
            fixes.add(Fix.LEADING_COMMA);
            skip.whitespace(true);
        }
    }
}
