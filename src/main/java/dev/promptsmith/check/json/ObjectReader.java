package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isLetter;
import static dev.promptsmith.check.json.Chars.isStartOfValue;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Reads the members of an open object, up to its closing brace or the end. */
final class ObjectReader {

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;
    private final Skipper skip;
    private final Lookahead look;
    private final Strings strings;
    private final Scalars scalars;
    private final Values values;
    /** The key the input ended after, before its value, as JSON text: kept with null and named in the fix. */
    String cutOffKey;

    ObjectReader(Input in, Output out, Fixes fixes, Containers stack, Skipper skip, Lookahead look, Strings strings,
            Scalars scalars, Values values) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
        this.skip = skip;
        this.look = look;
        this.strings = strings;
        this.scalars = scalars;
        this.values = values;
    }

    /** Reads members until a value opens a container (pushed) or the object is closed (popped). */
    void step() {
        int d = stack.depth - 1;
        while (in.i < in.n && in.at(in.i) != '}' && !(in.at(in.i) == '`' && in.isClosingFence(in.i))) {
            int memberStart = out.length();
            int commaAt = -1;
            boolean inserted = false;
            int keyFrom;
            boolean wholeKey;
            if (stack.keyed[d]) {
                // ["key": "value"]: the key was read as an array item, and the object opened around it
                stack.keyed[d] = false;
                stack.fresh[d] = false;
                memberStart = stack.opened[d] + 1;
                keyFrom = memberStart;
                wholeKey = true;
            } else {
                boolean first = stack.fresh[d];
                if (!stack.fresh[d]) {
                    if (in.at(in.i) == ',') {
                        commaAt = out.length();
                        out.copy(in.i, in.i + 1);
                        in.i++;
                    } else {
                        commaAt = out.insertBeforeLastWhitespace(',');
                        inserted = true;
                    }
                    skip.whitespace(true);
                } else {
                    stack.fresh[d] = false;
                }
                skip.ellipsis();
                int keyStart = out.length();
                long fixesBeforeKey = fixes.bits();
                strings.stringCut = false;
                strings.parsingKey = true;
                boolean key = strings.parse();
                strings.parsingKey = false;
                if (key && first && commaAt < 0 && look.setFollows()) {
                    // {'a', 'b'}: a Python set, read as an array
                    stack.kinds[d] = Containers.SET;
                    stack.openObjects--;
                    out.buffer().setCharAt(stack.opened[d], '[');
                    fixes.add(Fix.PYTHON_SET);
                    return;
                }
                int iWord = in.i;
                if (!key && scalars.unquoted(true) != Values.NONE) {
                    key = true;
                    // a bare name that runs to the end may have gone on
                    strings.stringCut = in.i >= in.n;
                    boolean words = isLetter(in.at(iWord));
                    boolean word = words;
                    for (int k = iWord; k < in.i && word; k++) {
                        word = !isWhitespace(in.chars[k]);
                    }
                    int j = in.i;
                    while (in.at(j) == ' ' || in.at(j) == '\t') {
                        j++;
                    }
                    if (words && look.quotedKeyAt(j)) {
                        // {"a": 1, COMMENT "b": 2}: stray words before a quoted key are dropped
                        out.buffer().setLength(keyStart);
                        in.i = j;
                        fixes.reset(fixesBeforeKey);
                        fixes.add(Fix.SURROUNDING_TEXT);
                        strings.parse();
                    } else if (word && in.at(j) == '}') {
                        // {"a": 1 AAAA}: a stray word (one, no spaces) before the end of the object is dropped
                        out.buffer().setLength(commaAt >= 0 ? Math.min(commaAt, memberStart) : memberStart);
                        in.i = j;
                        fixes.reset(fixesBeforeKey);
                        fixes.add(Fix.SURROUNDING_TEXT);
                        break;
                    }
                }
                if (!key) {
                    int c = in.at(in.i);
                    if (c == '[' && commaAt >= 0 && !inserted && continueArray(commaAt)) {
                        return;
                    }
                    if (c == '}' || c == '{' || c == ']' || c == '[' || c == EOF) {
                        if (commaAt >= 0) {
                            out.buffer().deleteCharAt(commaAt);
                            if (!inserted && in.i < in.n) {
                                fixes.add(Fix.TRAILING_COMMA);
                            }
                        }
                        break;
                    }
                    throw new Failure("object key expected", in.i);
                }
                keyFrom = keyStart;
                wholeKey = !strings.stringCut;
            }
            int keyTo = out.length();
            skip.whitespace(true);
            boolean colon = in.at(in.i) == ':';
            if (colon) {
                out.copy(in.i, in.i + 1);
                in.i++;
            }
            boolean truncated = in.i >= in.n;
            if (!colon) {
                if (!isStartOfValue(in.at(in.i)) && !truncated) {
                    throw new Failure("colon expected", in.i);
                }
                out.insertBeforeLastWhitespace(':');
            }
            int value = values.parse();
            if (value == Values.NONE) {
                if (in.i >= in.n && wholeKey) {
                    // the model wrote the whole key and was cut off before its value: nothing it completed is
                    // lost, so the key stays, with null for the value it did not write
                    cutOffKey = out.buffer().substring(keyFrom, keyTo).strip();
                    out.buffer().append("null");
                    fixes.add(Fix.KEPT_CUT_OFF_KEY);
                    if (inserted) {
                        fixes.add(Fix.MISSING_COMMA);
                    }
                    break;
                }
                if (in.i >= in.n) {
                    // the key's name was cut off, so it is not known (it may have gone on): drop it, with the
                    // comma before it (which may have been inserted before whitespace, so before memberStart)
                    out.buffer().setLength(commaAt >= 0 ? Math.min(commaAt, memberStart) : memberStart);
                    fixes.add(Fix.DROPPED_DANGLING_KEY);
                    break;
                }
                if (!colon) {
                    throw new Failure("colon expected", in.i);
                }
                out.buffer().append("null");
                fixes.add(Fix.MISSING_VALUE);
            }
            if (inserted) {
                fixes.add(Fix.MISSING_COMMA);
            }
            if (!colon) {
                fixes.add(Fix.MISSING_COLON);
            }
            if (value == Values.PUSHED) {
                return;
            }
        }
        if (in.at(in.i) == '}') {
            out.copy(in.i, in.i + 1);
            in.i++;
        } else {
            out.insertBeforeLastWhitespace('}');
            fixes.add(in.i >= in.n ? Fix.CLOSED_OBJECT : Fix.MISSING_BRACKET);
        }
        stack.pop();
        skip.whitespace(true);
    }

    /**
     * {@code {"a": [1, 2], [3]}}: an array where a key should be, right after an array value, continues that
     * value ({@code {"a": [1, 2, 3]}}). Takes back the comma and the first array's closing bracket, which were
     * just written (only whitespace follows them), and goes on in the first array.
     */
    private boolean continueArray(int commaAt) {
        int k = commaAt - 1;
        while (k > 0 && isWhitespace(out.buffer().charAt(k))) {
            k--;
        }
        if (k <= 0 || out.buffer().charAt(k) != ']') {
            return false;
        }
        int before = k - 1;
        while (before > 0 && isWhitespace(out.buffer().charAt(before))) {
            before--;
        }
        out.buffer().deleteCharAt(commaAt);
        out.buffer().deleteCharAt(k);
        in.i++;
        stack.push(Containers.ARRAY, out.length() - 1);
        stack.fresh[stack.depth - 1] = out.buffer().charAt(before) == '[';
        fixes.add(Fix.REDUNDANT_CLOSING);
        return true;
    }
}
