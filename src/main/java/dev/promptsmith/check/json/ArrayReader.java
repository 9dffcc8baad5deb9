package dev.promptsmith.check.json;

/** Adds reading the items of an open array, Python tuple or set, up to its closing bracket or the end. */
abstract class ArrayReader extends Values {

    ArrayReader(String text, int guess, boolean cutOff) {
        super(text, guess, cutOff);
    }

    /** Reads items until one opens a container (pushed) or the array is closed (popped). */
    final void stepArray() {
        int d = depth - 1;
        char close = kinds[d] == TUPLE ? ')' : kinds[d] == SET ? '}' : ']';
        while (i < n && at(i) != close && !(at(i) == '`' && isClosingFence(i))) {
            if (at(i) == '}' && openObjects == 0 && !fresh[d]) {
                // [{"a": 1}}, 2]: a closing brace no object is open for
                i++;
                fix(Fix.REDUNDANT_CLOSING);
                skipWhitespace(true);
                continue;
            }
            int commaAt = -1;
            boolean inserted = false;
            if (!fresh[d]) {
                if (at(i) == ',') {
                    commaAt = outLength();
                    copy(i, i + 1);
                    i++;
                    commas[d] = true;
                } else {
                    commaAt = insertBeforeLastWhitespace(',');
                    inserted = true;
                }
            } else {
                fresh[d] = false;
            }
            skipEllipsis();
            int oValue = outLength();
            int value = parseValue();
            if (value == NONE) {
                if (commaAt >= 0) {
                    out().deleteCharAt(commaAt);
                    if (!inserted && i < n) {
                        fix(Fix.TRAILING_COMMA);
                    }
                }
                break;
            }
            if (inserted) {
                fix(Fix.MISSING_COMMA);
            }
            items[d]++;
            if (value == SCALAR && close == ']' && at(i) == ':' && endsWithQuote()) {
                // ["key": "value"]: the item was a key; open the object it belongs to before it
                out().insert(oValue, '{');
                push(OBJECT);
                keyed[depth - 1] = true;
                opened[depth - 1] = oValue;
                fix(Fix.OBJECT_IN_ARRAY);
                return;
            }
            if (value == PUSHED) {
                return;
            }
        }
        if (close == ')' && items[d] == 1 && !commas[d]) {
            // (1) is 1: blank out the '[' (in place, so nesting costs nothing)
            out().setCharAt(opened[d], ' ');
            if (at(i) == ')') {
                i++;
            }
        } else if (at(i) == close) {
            if (close == ']') {
                copy(i, i + 1);
            } else {
                out().append(']');
            }
            i++;
        } else {
            insertBeforeLastWhitespace(']');
            fix(i >= n ? Fix.CLOSED_ARRAY : Fix.MISSING_BRACKET);
        }
        pop();
        skipWhitespace(true);
    }
}
