package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isLetter;
import static dev.promptsmith.check.json.Chars.isStartOfValue;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/** Adds reading the members of an open object, up to its closing brace or the end. */
abstract class ObjectReader extends ArrayReader {

    /** The key the input ended after, before its value, as JSON text: kept with null and named in the fix. */
    String cutOffKey;

    ObjectReader(String text, int guess, boolean cutOff) {
        super(text, guess, cutOff);
    }

    /** Reads members until a value opens a container (pushed) or the object is closed (popped). */
    final void stepObject() {
        int d = depth - 1;
        while (i < n && at(i) != '}' && !(at(i) == '`' && isClosingFence(i))) {
            int memberStart = outLength();
            int commaAt = -1;
            boolean inserted = false;
            int keyFrom;
            boolean wholeKey;
            if (keyed[d]) {
                // ["key": "value"]: the key was read as an array item, and the object opened around it
                keyed[d] = false;
                fresh[d] = false;
                memberStart = opened[d] + 1;
                keyFrom = memberStart;
                wholeKey = true;
            } else {
                boolean first = fresh[d];
                if (!fresh[d]) {
                    if (at(i) == ',') {
                        commaAt = outLength();
                        copy(i, i + 1);
                        i++;
                    } else {
                        commaAt = insertBeforeLastWhitespace(',');
                        inserted = true;
                    }
                    skipWhitespace(true);
                } else {
                    fresh[d] = false;
                }
                skipEllipsis();
                int keyStart = outLength();
                long fixesBeforeKey = fixes;
                stringCut = false;
                parsingKey = true;
                boolean key = parseStringWithConcatenation();
                parsingKey = false;
                if (key && first && commaAt < 0 && setFollows()) {
                    // {'a', 'b'}: a Python set, read as an array
                    kinds[d] = SET;
                    openObjects--;
                    out().setCharAt(opened[d], '[');
                    fix(Fix.PYTHON_SET);
                    return;
                }
                int iWord = i;
                if (!key && parseUnquoted(true) != NONE) {
                    key = true;
                    // a bare name that runs to the end may have gone on
                    stringCut = i >= n;
                    boolean words = isLetter(at(iWord));
                    boolean word = words;
                    for (int k = iWord; k < i && word; k++) {
                        word = !isWhitespace(chars[k]);
                    }
                    int j = i;
                    while (at(j) == ' ' || at(j) == '\t') {
                        j++;
                    }
                    if (words && quotedKeyAt(j)) {
                        // {"a": 1, COMMENT "b": 2}: stray words before a quoted key are dropped
                        out().setLength(keyStart);
                        i = j;
                        fixes = fixesBeforeKey;
                        fix(Fix.SURROUNDING_TEXT);
                        parseStringWithConcatenation();
                    } else if (word && at(j) == '}') {
                        // {"a": 1 AAAA}: a stray word (one, no spaces) before the end of the object is dropped
                        out().setLength(commaAt >= 0 ? Math.min(commaAt, memberStart) : memberStart);
                        i = j;
                        fixes = fixesBeforeKey;
                        fix(Fix.SURROUNDING_TEXT);
                        break;
                    }
                }
                if (!key) {
                    int c = at(i);
                    if (c == '[' && commaAt >= 0 && !inserted && continueArray(commaAt)) {
                        return;
                    }
                    if (c == '}' || c == '{' || c == ']' || c == '[' || c == EOF) {
                        if (commaAt >= 0) {
                            out().deleteCharAt(commaAt);
                            if (!inserted && i < n) {
                                fix(Fix.TRAILING_COMMA);
                            }
                        }
                        break;
                    }
                    throw new Failure("object key expected", i);
                }
                keyFrom = keyStart;
                wholeKey = !stringCut;
            }
            int keyTo = outLength();
            skipWhitespace(true);
            boolean colon = at(i) == ':';
            if (colon) {
                copy(i, i + 1);
                i++;
            }
            boolean truncated = i >= n;
            if (!colon) {
                if (!isStartOfValue(at(i)) && !truncated) {
                    throw new Failure("colon expected", i);
                }
                insertBeforeLastWhitespace(':');
            }
            int value = parseValue();
            if (value == NONE) {
                if (i >= n && wholeKey) {
                    // the model wrote the whole key and was cut off before its value: nothing it completed is
                    // lost, so the key stays, with null for the value it did not write
                    cutOffKey = out().substring(keyFrom, keyTo).strip();
                    out().append("null");
                    fix(Fix.KEPT_CUT_OFF_KEY);
                    if (inserted) {
                        fix(Fix.MISSING_COMMA);
                    }
                    break;
                }
                if (i >= n) {
                    // the key's name was cut off, so it is not known (it may have gone on): drop it, with the
                    // comma before it (which may have been inserted before whitespace, so before memberStart)
                    out().setLength(commaAt >= 0 ? Math.min(commaAt, memberStart) : memberStart);
                    fix(Fix.DROPPED_DANGLING_KEY);
                    break;
                }
                if (!colon) {
                    throw new Failure("colon expected", i);
                }
                out().append("null");
                fix(Fix.MISSING_VALUE);
            }
            if (inserted) {
                fix(Fix.MISSING_COMMA);
            }
            if (!colon) {
                fix(Fix.MISSING_COLON);
            }
            if (value == PUSHED) {
                return;
            }
        }
        if (at(i) == '}') {
            copy(i, i + 1);
            i++;
        } else {
            insertBeforeLastWhitespace('}');
            fix(i >= n ? Fix.CLOSED_OBJECT : Fix.MISSING_BRACKET);
        }
        pop();
        skipWhitespace(true);
    }

    /**
     * {@code {"a": [1, 2], [3]}}: an array where a key should be, right after an array value, continues that
     * value ({@code {"a": [1, 2, 3]}}). Takes back the comma and the first array's closing bracket, which were
     * just written (only whitespace follows them), and goes on in the first array.
     */
    private boolean continueArray(int commaAt) {
        int k = commaAt - 1;
        while (k > 0 && isWhitespace(out().charAt(k))) {
            k--;
        }
        if (k <= 0 || out().charAt(k) != ']') {
            return false;
        }
        int before = k - 1;
        while (before > 0 && isWhitespace(out().charAt(before))) {
            before--;
        }
        out().deleteCharAt(commaAt);
        out().deleteCharAt(k);
        i++;
        push(ARRAY);
        fresh[depth - 1] = out().charAt(before) == '[';
        fix(Fix.REDUNDANT_CLOSING);
        return true;
    }
}
