package dev.promptsmith.check.json;

/** Reads the items of an open array, Python tuple or set, up to its closing bracket or the end. */
final class ArrayReader {

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;
    private final Skipper skip;
    private final Values values;

    ArrayReader(Input in, Output out, Fixes fixes, Containers stack, Skipper skip, Values values) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
        this.skip = skip;
        this.values = values;
    }

    /** Reads items until one opens a container (pushed) or the array is closed (popped). */
    void step() {
        int d = stack.depth - 1;
        char close = stack.kinds[d] == Containers.TUPLE ? ')' : stack.kinds[d] == Containers.SET ? '}' : ']';
        while (in.i < in.n && in.at(in.i) != close && !(in.at(in.i) == '`' && in.isClosingFence(in.i))) {
            if (in.at(in.i) == '}' && stack.openObjects == 0 && !stack.fresh[d]) {
                // [{"a": 1}}, 2]: a closing brace no object is open for
                in.i++;
                fixes.add(Fix.REDUNDANT_CLOSING);
                skip.whitespace(true);
                continue;
            }
            int commaAt = -1;
            boolean inserted = false;
            if (!stack.fresh[d]) {
                if (in.at(in.i) == ',') {
                    commaAt = out.length();
                    out.copy(in.i, in.i + 1);
                    in.i++;
                    stack.commas[d] = true;
                } else {
                    commaAt = out.insertBeforeLastWhitespace(',');
                    inserted = true;
                }
            } else {
                stack.fresh[d] = false;
            }
            skip.ellipsis();
            int oValue = out.length();
            int value = values.parse();
            if (value == Values.NONE) {
                if (commaAt >= 0) {
                    out.buffer().deleteCharAt(commaAt);
                    if (!inserted && in.i < in.n) {
                        fixes.add(Fix.TRAILING_COMMA);
                    }
                }
                break;
            }
            if (inserted) {
                fixes.add(Fix.MISSING_COMMA);
            }
            stack.items[d]++;
            if (value == Values.SCALAR && close == ']' && in.at(in.i) == ':' && out.endsWithQuote()) {
                // ["key": "value"]: the item was a key; open the object it belongs to before it
                out.buffer().insert(oValue, '{');
                stack.push(Containers.OBJECT, out.length() - 1);
                stack.keyed[stack.depth - 1] = true;
                stack.opened[stack.depth - 1] = oValue;
                fixes.add(Fix.OBJECT_IN_ARRAY);
                return;
            }
            if (value == Values.PUSHED) {
                return;
            }
        }
        if (close == ')' && stack.items[d] == 1 && !stack.commas[d]) {
            // (1) is 1: blank out the '[' (in place, so nesting costs nothing)
            out.buffer().setCharAt(stack.opened[d], ' ');
            if (in.at(in.i) == ')') {
                in.i++;
            }
        } else if (in.at(in.i) == close) {
            if (close == ']') {
                out.copy(in.i, in.i + 1);
            } else {
                out.buffer().append(']');
            }
            in.i++;
        } else {
            out.insertBeforeLastWhitespace(']');
            fixes.add(in.i >= in.n ? Fix.CLOSED_ARRAY : Fix.MISSING_BRACKET);
        }
        stack.pop();
        skip.whitespace(true);
    }
}
