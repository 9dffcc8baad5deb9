package dev.promptsmith.check.json;

import java.util.Arrays;
import java.util.List;

/**
 * One repair run over one input. Containers are tracked on an explicit stack instead of by recursion, so
 * the depth of nesting costs heap, never call stack. Each string is scanned at most twice (once more when
 * its end quote turns out to be missing), everything else once, so the run is linear in the input.
 */
final class Repairer {

    private static final int EOF = -1;
    private static final int STACK = 4;
    private static final int NONE = 0;
    private static final int SCALAR = 1;
    private static final int PUSHED = 2;

    private static final byte ARRAY = 1;
    private static final byte OBJECT = 2;
    private static final byte CALL = 3;
    private static final byte TUPLE = 4;
    /** A Python set like {@code {'a', 'b'}}: read as an array, closed by its brace. */
    private static final byte SET = 5;
    /** A fenced JSON block quoted as a string, like {@code "```json {"a": 1}```"}: read as its JSON. */
    private static final byte QUOTED_FENCE = 6;

    private static final int STRING_NO = 0;
    private static final int STRING_OK = 1;
    private static final int STRING_OK_NO_CONCAT = 2;
    private static final int STRING_RETRY_AT_DELIMITER = 3;
    private static final int STRING_RETRY_AT_INDEX = 4;

    private static final Fix[] ALL_FIXES = Fix.values();
    /**
     * The lists for sets of fixes made recently (in any run, any thread), by a hash of the set: repairs of similar
     * inputs make the same few sets of fixes. Mask and list are one immutable pair, so a reader in another thread
     * sees either an old or a new one (or none yet).
     */
    private static final FixList[] FIX_LISTS = new FixList[64];
    /** The bits of the fixes that complete input cut off at the end. */
    private static final long TRUNCATION_FIXES = truncationFixes();

    private final String text;
    /** The text's characters, read directly in the hot loops (a String's charAt checks its coding each time). */
    private final char[] chars;
    private final int n;
    private final boolean cutOff;
    private final StringBuilder out;
    /**
     * Copy-through: the output so far is {@code out} followed by the input's characters from {@code runFrom} to
     * {@code runTo}, not yet copied. While the output repeats the input, only {@code runTo} moves; the run is
     * copied in one piece when the output first needs to differ, or at the end (then it is empty: both the same).
     */
    private int runFrom;
    private int runTo;
    private int i;
    private long fixes;

    // the stack starts small (most documents nest a few levels) and doubles as needed
    private byte[] kinds = new byte[STACK];
    private boolean[] fresh = new boolean[STACK];
    /** For a Python tuple: where its '[' went in the output, how many items it has, whether a comma was seen. */
    private int[] opened = new int[STACK];
    private int[] items = new int[STACK];
    private boolean[] commas = new boolean[STACK];
    /** For an object: whether its first key is already written (an array item that turned out to be a key). */
    private boolean[] keyed = new boolean[STACK];
    private int depth;
    private int openObjects;
    private int retryIndex;

    /**
     * How a last string that runs to the end of the input and ends with a closing bracket is read: as missing its
     * end quote at the first delimiter ({@code ["hello, world]}), then, when that leads nowhere, as missing it
     * just before that bracket, and last as cut off. Each guess is one more run over the input, three at most.
     */
    private static final int GUESS_AT_DELIMITER = 0;
    private static final int GUESS_BEFORE_BRACKET = 1;
    private static final int GUESS_CUT_OFF = 2;
    private final int guess;
    private final boolean keepCutStrings;
    private boolean guessedEndQuote;
    /** Whether the string being read is an object key: one missing its end quote then ends at a colon. */
    private boolean parsingKey;
    /** Whether a string ran to the end of the input without its end quote; reset before each key. */
    private boolean stringCut;
    /** The key the input ended after, before its value, as JSON text: kept with null and named in the fix. */
    private String cutOffKey;

    Repairer(String text, boolean cutOff) {
        this(text, cutOff, cutOff ? GUESS_CUT_OFF : GUESS_AT_DELIMITER);
    }

    private Repairer(String text, boolean cutOff, int guess) {
        this.guess = guess;
        this.keepCutStrings = guess == GUESS_CUT_OFF;
        this.text = text;
        this.n = text.length();
        // getChars, not toCharArray: it widens the bytes of a Latin-1 string in bulk
        this.chars = new char[n];
        text.getChars(0, n, chars, 0);
        this.cutOff = cutOff;
        this.out = new StringBuilder(n + 16);
    }

    RepairResult run() {
        try {
            String json = repairAll();
            List<Fix> list = fixList();
            if (list.isEmpty() && json.equals(text)) {
                return new RepairResult(JsonOutcome.VALID, json, list, null);
            }
            boolean truncated = cutOff || (fixes & TRUNCATION_FIXES) != 0;
            return new RepairResult(truncated ? JsonOutcome.TRUNCATED : JsonOutcome.REPAIRED, json, list, null,
                    cutOffKey);
        } catch (Failure failure) {
            if (guessedEndQuote) {
                // the guess where the last string missed its end quote led nowhere: try the next one
                return new Repairer(text, cutOff, guess + 1).run();
            }
            return new RepairResult(JsonOutcome.INVALID, null, List.of(), failure.getMessage() + where(failure.at));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new RepairResult(JsonOutcome.INVALID, null, List.of(),
                    "cannot repair: " + e.getClass().getSimpleName() + where(i));
        }
    }

    private String repairAll() {
        skipWhitespace(true);
        if (isBlank()) {
            throw new Failure(n == 0 ? "the input is empty" : "the input is only whitespace", n);
        }
        if ((at(i) == '[' || at(i) == '{') && fenceAt(i + 1)) {
            i++;
        }
        if (at(i) == '-' && isWhitespace(at(i + 1))) {
            // "- {...}": a list bullet before the JSON
            int j = i + 1;
            while (isWhitespace(at(j))) {
                j++;
            }
            if (at(j) == '{' || at(j) == '[') {
                i = j;
                fix(Fix.SURROUNDING_TEXT);
            }
        }
        boolean fenced = skipFence();
        boolean prose = false;
        if (!fenced && !isStartOfJson(at(i))) {
            prose = skipLeadingProse();
            if (prose) {
                fenced = skipFence();
            }
        }
        int rootStart = i;
        int root = parseValue();
        drive();
        if (root == NONE) {
            throw i >= n ? new Failure("no JSON value found", i) : unexpected();
        }
        boolean rootIsContainer = at(rootStart) == '{' || at(rootStart) == '[';
        if (at(rootStart) == '{' && membersFollow()) {
            // {"a": 1}, "b": 2}: the object was closed too early; take it up again
            int k = outLength() - 1;
            while (k > 0 && isWhitespace(out().charAt(k))) {
                k--;
            }
            if (out().charAt(k) == '}') {
                out().deleteCharAt(k);
                push(OBJECT);
                fresh[depth - 1] = false;
                fix(Fix.REDUNDANT_CLOSING);
                drive();
            }
        }
        boolean closingFence = skipFence();
        if (closingFence || prose) {
            if (fenced && closingFence) {
                moreFencedBlocks();
            }
            dropRest();
            return outString();
        }
        boolean comma = at(i) == ',';
        int commaAt = outLength();
        if (comma) {
            copy(i, i + 1);
            i++;
            skipWhitespace(true);
        }
        if (isStartOfValue(at(i)) && endsWithCommaOrNewline() && !(rootIsContainer && looksLikeProse(i))) {
            if (!comma) {
                insertBeforeLastWhitespace(',');
            }
            parseNewlineDelimited();
        } else if (comma) {
            out().deleteCharAt(commaAt);
            fix(Fix.TRAILING_COMMA);
        }
        while (at(i) == '}' || at(i) == ']') {
            fix(Fix.REDUNDANT_CLOSING);
            i++;
            skipWhitespace(true);
        }
        if (skipFence()) {
            dropRest();
        }
        if (i < n) {
            if (!looksLikeProse(i)) {
                throw unexpected();
            }
            dropRest();
        }
        return outString();
    }

    /** Where a string starts after a comma here and whitespace, or -1 when no comma and quote follow. */
    private int quoteAfterComma() {
        if (at(i) != ',') {
            return -1;
        }
        int j = i + 1;
        while (isWhitespace(at(j))) {
            j++;
        }
        return at(j) == '"' || at(j) == '\'' ? j : -1;
    }

    /**
     * Whether a comma and then an object member ({@code "key":} or {@code "key" "value"}) follow here. Looks
     * ahead over one string, which is then parsed once more.
     */
    private boolean membersFollow() {
        int j = quoteAfterComma();
        if (j < 0) {
            return false;
        }
        int quote = at(j);
        int end = text.indexOf(quote, j + 1);
        if (end < 0) {
            return false;
        }
        j = end + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return at(j) == ':' || at(j) == '"';
    }

    /** Whether a quoted key followed by a colon starts at {@code j}; looks at most 200 characters ahead. */
    private boolean quotedKeyAt(int j) {
        int quote = at(j);
        if (quote != '"' && quote != '\'') {
            return false;
        }
        int limit = Math.min(n, j + 200);
        for (int k = j + 1; k < limit; k++) {
            char c = chars[k];
            if (c == quote) {
                k++;
                while (at(k) == ' ' || at(k) == '\t') {
                    k++;
                }
                return at(k) == ':';
            }
            if (c == '\n' || c == '\\') {
                return false;
            }
        }
        return false;
    }

    /**
     * Prose with several fenced JSON blocks: the blocks after the first one are read too, and all of them become
     * one array. Each search for the next fence starts where the last block ended.
     */
    private void moreFencedBlocks() {
        boolean many = false;
        while (true) {
            int k = text.indexOf("```", i);
            if (k < 0) {
                break;
            }
            int j = k + 3;
            while (isNameChar(at(j))) {
                j++;
            }
            while (isWhitespace(at(j))) {
                j++;
            }
            if (at(j) != '{' && at(j) != '[') {
                break;
            }
            trimOutput();
            if (!many) {
                out().insert(0, '[');
                many = true;
                fix(Fix.CONCATENATED);
            }
            out().append(", ");
            i = j;
            parseValue();
            drive();
            if (!skipFence()) {
                break;
            }
        }
        if (many) {
            trimOutput();
            out().append(']');
        }
    }

    private void trimOutput() {
        int len = outLength();
        while (len > 0 && isWhitespace(out().charAt(len - 1))) {
            len--;
        }
        out().setLength(len);
    }

    private void dropRest() {
        skipWhitespace(true);
        if (i < n) {
            fix(Fix.SURROUNDING_TEXT);
            i = n;
        }
    }

    private void parseNewlineDelimited() {
        fix(endsWithNewline() ? Fix.NDJSON : Fix.CONCATENATED);
        boolean initial = true;
        while (true) {
            int commaAt = -1;
            if (!initial) {
                if (at(i) == ',') {
                    commaAt = outLength();
                    copy(i, i + 1);
                    i++;
                } else {
                    commaAt = insertBeforeLastWhitespace(',');
                }
            }
            initial = false;
            int value = parseValue();
            drive();
            if (value == NONE) {
                if (commaAt >= 0) {
                    out().deleteCharAt(commaAt);
                } else {
                    stripLastComma();
                }
                break;
            }
        }
        out().insert(0, "[\n").append("\n]");
    }

    private void stripLastComma() {
        int k = out().lastIndexOf(",");
        if (k >= 0) {
            out().deleteCharAt(k);
        }
    }

    // ---- values and the stack ----

    /** Parses whitespace, then a value: a scalar entirely, or the opening of a container (pushed). */
    private int parseValue() {
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

    private void push(byte kind) {
        if (depth == kinds.length) {
            kinds = Arrays.copyOf(kinds, depth * 2);
            fresh = Arrays.copyOf(fresh, depth * 2);
            opened = Arrays.copyOf(opened, depth * 2);
            items = Arrays.copyOf(items, depth * 2);
            commas = Arrays.copyOf(commas, depth * 2);
            keyed = Arrays.copyOf(keyed, depth * 2);
        }
        if (kind == OBJECT) {
            openObjects++;
        }
        kinds[depth] = kind;
        fresh[depth] = true;
        opened[depth] = outLength() - 1;
        items[depth] = 0;
        commas[depth] = false;
        keyed[depth] = false;
        depth++;
    }

    private void pop() {
        depth--;
        if (kinds[depth] == OBJECT) {
            openObjects--;
        }
        skipWhitespace(true);
    }

    /** Runs the open containers until the stack is empty. */
    private void drive() {
        while (depth > 0) {
            switch (kinds[depth - 1]) {
                case ARRAY, TUPLE, SET -> stepArray();
                case OBJECT -> stepObject();
                default -> stepCall();
            }
        }
    }

    private void stepArray() {
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
    }

    private void stepObject() {
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
    }

    /**
     * Whether a comma and another string that ends before a comma or closing brace follow the first key of an
     * object, as in a Python set {@code {'a', 'b'}}. Looks ahead at most 200 characters.
     */
    private boolean setFollows() {
        int j = quoteAfterComma();
        if (j < 0) {
            return false;
        }
        int quote = at(j);
        int limit = Math.min(n, j + 200);
        for (int k = j + 1; k < limit; k++) {
            char c = chars[k];
            if (c == quote) {
                k++;
                while (isWhitespace(at(k))) {
                    k++;
                }
                return at(k) == ',' || at(k) == '}';
            }
            if (c == '\n' || c == '\\') {
                return false;
            }
        }
        return false;
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

    /** A JSONP or MongoDB call like {@code callback({...});}: keep the argument, drop the call. */
    private void stepCall() {
        int d = depth - 1;
        if (fresh[d]) {
            fresh[d] = false;
            int value = parseValue();
            if (value == PUSHED) {
                return;
            }
            if (value == NONE) {
                out().append("null");
            }
        }
        if (kinds[d] == QUOTED_FENCE) {
            skipWhitespace(true);
            if (fenceAt(i)) {
                i += 3;
            }
            if (at(i) == '"') {
                i++;
            }
        } else if (at(i) == ')') {
            i++;
            if (at(i) == ';') {
                i++;
            }
        }
        pop();
    }

    private void skipEllipsis() {
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

    // ---- strings ----

    private boolean parseStringWithConcatenation() {
        int c = at(i);
        if (c != '\\' && !isQuote(c)) {
            return false;
        }
        int result = parseString();
        if (result == STRING_NO) {
            return false;
        }
        if (result == STRING_OK) {
            parseConcatenation();
        }
        return true;
    }

    private int parseString() {
        boolean stopAtDelimiter = false;
        int stopAt = -1;
        while (true) {
            int result = scanString(stopAtDelimiter, stopAt);
            if (result == STRING_RETRY_AT_DELIMITER) {
                stopAtDelimiter = true;
                stopAt = -1;
            } else if (result == STRING_RETRY_AT_INDEX && retryIndex == stopAt) {
                // the scan stepped over the index (an escape ended past it) and came back to it: the same guess
                // again would loop forever (["a"\, "b"]), so the string ends at the first delimiter instead
                stopAtDelimiter = true;
                stopAt = -1;
            } else if (result == STRING_RETRY_AT_INDEX) {
                stopAtDelimiter = false;
                stopAt = retryIndex;
            } else {
                return result;
            }
        }
    }

    private int scanString(boolean stopAtDelimiter, int stopAt) {
        int iStart = i;
        int oStart = outLength();
        long fixesBefore = fixes;
        boolean skipEscapes = false;
        if (at(i) == '\\' && isQuote(at(i + 1))) {
            i++;
            skipEscapes = true;
        }
        int open = at(i);
        if (!isQuote(open)) {
            i = iStart;
            return STRING_NO;
        }
        if (skipEscapes) {
            fix(Fix.ESCAPE);
        }
        if (open != '"') {
            fix(Fix.SINGLE_QUOTES);
        }
        int iOpen = i;
        if (open == '"') {
            copy(i, i + 1);
        } else {
            out().append('"');
        }
        i++;
        boolean fenced = false;
        int inlineEnd = -1;
        int innerQuotes = 0;
        boolean doubled = !skipEscapes && !stopAtDelimiter && at(i) == open && doubledOpenQuote();
        if (doubled) {
            // {""key"": ""value""}: quotes doubled as in CSV; the pair reads as one quote
            i++;
            fix(Fix.DOUBLED_QUOTES);
        }
        while (true) {
            if (i >= n) {
                int lastAt = previousNonWhitespace(n - 1);
                if (lastAt >= 3 && fenceAt(lastAt - 2)) {
                    lastAt = previousNonWhitespace(lastAt - 3);
                }
                int last = at(lastAt);
                if (!stopAtDelimiter && stopAt < 0 && !keepCutStrings && closesOpenContainer(last)) {
                    restore(iStart, oStart, fixesBefore);
                    guessedEndQuote = true;
                    if (guess == GUESS_BEFORE_BRACKET) {
                        retryIndex = lastAt;
                        return STRING_RETRY_AT_INDEX;
                    }
                    return STRING_RETRY_AT_DELIMITER;
                }
                out().append('"');
                fix(Fix.CLOSED_STRING);
                stringCut = true;
                return STRING_OK_NO_CONCAT;
            }
            if (i == stopAt) {
                insertBeforeLastWhitespace('"', oStart);
                fix(Fix.MISSING_QUOTE);
                return STRING_OK_NO_CONCAT;
            }
            char c = chars[i];
            if (i < inlineEnd && c == '"') {
                out().append("\\\"");
                i++;
            } else if (isEndQuote(open, c)) {
                int iQuote = i;
                int oQuote = outLength();
                long fixesAtQuote = fixes;
                if (c == '"') {
                    copy(i, i + 1);
                } else {
                    out().append('"');
                }
                i++;
                if (doubled && at(i) == open) {
                    i++;
                }
                skipWhitespace(false);
                int next = at(i);
                boolean snippet = fenced && !stopAtDelimiter && !parsingKey && depth > 0 && kinds[depth - 1] == OBJECT;
                if (snippet ? endsSnippet(next)
                        : stopAtDelimiter || isEndOfString(next) && !(next == ',' && quoteBeforeCommaIsInside())
                        && !(isQuote(next) && quoteBeforeBlankItem(open))) {
                    if (!skipEscapes) {
                        stripTrailingRawNewline(iOpen, iQuote, oQuote);
                    }
                    return STRING_OK;
                }
                if (!stopAtDelimiter && innerQuotes == 0 && isLetter(next) && i > iQuote + 1 && nextItemFollows()) {
                    // ["value1" value2", "value3"]: the words after the quote are the next item, missing its quotes
                    return STRING_OK;
                }
                int iPrev = previousNonWhitespace(iQuote - 1);
                int prev = snippet ? 'a' : at(iPrev);
                int group = iPrev == iQuote - 1 && iQuote >= inlineEnd && (prev == '(' || prev == '[' || prev == '{')
                        ? endOfQuotedGroup(iPrev) : -1;
                if (group > 0) {
                    // "see [LINK]("https://x.io") here": a bracketed group with its own quotes is text in the string
                    out().setLength(oQuote);
                    fixes = fixesAtQuote;
                    fix(Fix.UNESCAPED_QUOTE);
                    i = iQuote;
                    inlineEnd = group;
                    continue;
                }
                if (prev == ',' && !quoteAfterCommaIsInside(iQuote)) {
                    restore(iStart, oStart, fixesBefore);
                    retryIndex = iPrev;
                    return STRING_RETRY_AT_INDEX;
                }
                if (isDelimiter(prev) && prev != ',') {
                    restore(iStart, oStart, fixesBefore);
                    return STRING_RETRY_AT_DELIMITER;
                }
                // a quote inside the string: escape it and go on
                out().setLength(oQuote);
                fixes = fixesAtQuote;
                out().append("\\\"");
                fix(Fix.UNESCAPED_QUOTE);
                i = iQuote + 1;
                innerQuotes++;
            } else if (stopAtDelimiter && (isUnquotedStringDelimiter(c) || c == ':' && parsingKey)) {
                if (at(i - 1) == ':' && isUrlStart(iOpen + 1, i + 2)) {
                    while (i < n && isUrlChar(chars[i])) {
                        out().append(chars[i]);
                        i++;
                    }
                }
                insertBeforeLastWhitespace('"', oStart);
                fix(Fix.MISSING_QUOTE);
                return STRING_OK;
            } else if (c == '\\') {
                parseEscape();
            } else if (c == '"') {
                out().append("\\\"");
                i++;
            } else if (c < 0x20) {
                appendControl(c);
                fix(Fix.CONTROL_CHARACTER);
                i++;
            } else if (Character.isSurrogate(c) && loneSurrogate(i)) {
                appendLoneSurrogate(c);
                i++;
            } else {
                if (c == '`' && at(i + 1) == '`' && at(i + 2) == '`') {
                    fenced = true;
                }
                // a high surrogate here has its low half next (a lone one was escaped above): copy both
                int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
                if (skipEscapes) {
                    // one character at a time: an escape may follow any of them
                } else if (!stopAtDelimiter && stopAt < 0) {
                    // the usual case: the run of text up to a quote, backslash or control character
                    while (end < n) {
                        char d = chars[end];
                        if (d < PLAIN.length ? !PLAIN[d] : d >= 0x2018 && d <= 0x201d || Character.isSurrogate(d)) {
                            break;
                        }
                        end++;
                    }
                } else {
                    while (end < n && end != stopAt && isPlainStringChar(chars[end], stopAtDelimiter)
                            && !(stopAtDelimiter && parsingKey && chars[end] == ':')) {
                        end++;
                    }
                }
                copy(i, end);
                i = end;
            }
            if (skipEscapes && at(i) == '\\') {
                i++;
            }
        }
    }

    /**
     * Whether the quote at {@code i}, right after an opening quote of the same kind, doubles it: spaces and then a
     * letter or digit follow ({@code ""value"}, {@code "" key"}), which cannot follow an empty string.
     */
    private boolean doubledOpenQuote() {
        int j = i + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return isLetter(at(j)) || isDigit(at(j));
    }

    /**
     * A string whose end quote stands on the line after its text, like {@code "hello\n"}, ends with that text:
     * the raw line break and the whitespace around it are dropped (they are layout, not content). Looks back
     * only over that whitespace, which was just copied.
     */
    private void stripTrailingRawNewline(int iOpen, int iQuote, int oQuote) {
        int k = iQuote;
        boolean newline = false;
        int width = 0;
        while (k - 1 > iOpen && isWhitespace(chars[k - 1]) && at(k - 2) != '\\') {
            char c = chars[k - 1];
            newline |= c == '\n';
            width += c == ' ' ? 1 : 2;
            k--;
        }
        if (newline && width <= oQuote) {
            out().delete(oQuote - width, oQuote);
        }
    }

    /**
     * A string that runs to the end of the input and ends with the bracket of the innermost open container,
     * like {@code ["hello]}, is taken to miss its end quote before that bracket rather than being cut off.
     */
    private boolean closesOpenContainer(int last) {
        if (last == '+') {
            return true;
        }
        byte top = depth > 0 ? kinds[depth - 1] : 0;
        return (last == ']' || last == '}') && (top == ARRAY || top == OBJECT);
    }

    /** Whether a fence that only whitespace follows starts at {@code k}; looks over that whitespace. */
    private boolean isClosingFence(int k) {
        if (!fenceAt(k)) {
            return false;
        }
        int j = k + 3;
        while (isWhitespace(at(j))) {
            j++;
        }
        return j >= n;
    }

    /**
     * {@code {"k": "lorem "ipsum", sic." }}: in an object value, a quote and comma followed by words that end in a
     * quote before a comma or bracket (no colon, bracket or other quote between) are inside the string.
     */
    private boolean quoteBeforeCommaIsInside() {
        if (parsingKey || depth == 0 || kinds[depth - 1] != OBJECT) {
            return false;
        }
        int j = i + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return isLetter(at(j)) && endQuoteOfUnquotedValue(j) >= 0;
    }

    /**
     * Whether a quote after a comma inside a string, at {@code iQuote}, is text rather than the start of the next
     * item (which would mean the end quote is missing before the comma): in an object value, unless a key and colon
     * follow ({@code "b,c,"d": 1}); in an array, unless a whole string item follows ({@code ["a,"b"]}). Looks ahead
     * at most 200 characters.
     */
    private boolean quoteAfterCommaIsInside(int iQuote) {
        if (parsingKey || depth == 0) {
            return false;
        }
        if (kinds[depth - 1] == OBJECT) {
            return !quotedKeyAt(iQuote);
        }
        if (kinds[depth - 1] != ARRAY) {
            return false;
        }
        int limit = Math.min(n, iQuote + 200);
        for (int k = iQuote + 1; k < limit; k++) {
            char c = chars[k];
            if (c == '"') {
                k++;
                while (isWhitespace(at(k))) {
                    k++;
                }
                return at(k) != ',' && at(k) != ']' && at(k) != EOF;
            }
            if (c == '\n' || c == '\\') {
                return false;
            }
        }
        return false;
    }

    /**
     * In an array, whether the words at {@code i}, after a string's quote and a space, are the next item missing its
     * quotes: they run on the same line to a comma or closing bracket, or to a quote before one, with no other quote,
     * colon or bracket between. Looks ahead at most 200 characters.
     */
    private boolean nextItemFollows() {
        if (parsingKey || depth == 0 || kinds[depth - 1] != ARRAY) {
            return false;
        }
        int limit = Math.min(n, i + 200);
        for (int k = i; k < limit; k++) {
            char c = chars[k];
            if (c == ',' || c == ']') {
                return true;
            }
            if (c == '"') {
                k++;
                while (at(k) == ' ' || at(k) == '\t') {
                    k++;
                }
                return at(k) == ',' || at(k) == ']';
            }
            if (c == '\n' || c == ':' || c == '{' || c == '[' || c == '}' || c == '\\' || isQuote(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code ["a "b" ", "c"]}: in an array, a quote followed by spaces and then a quote before a comma or the
     * closing bracket is text; the string ends at that second quote (an item of only spaces would be odd).
     */
    private boolean quoteBeforeBlankItem(int open) {
        if (parsingKey || depth == 0 || kinds[depth - 1] != ARRAY || !isWhitespace(at(i - 1))) {
            return false;
        }
        int j = i + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return at(i) == open && (at(j) == ',' || at(j) == ']');
    }

    /**
     * Where a bracketed group that opens at {@code k}, inside a string, closes: the matching bracket on the same
     * line within 200 characters, with an even number of double quotes between; -1 when there is none.
     */
    private int endOfQuotedGroup(int k) {
        char opener = chars[k];
        char closer = opener == '(' ? ')' : opener == '[' ? ']' : '}';
        int limit = Math.min(n, k + 200);
        int nesting = 0;
        int quotes = 0;
        for (int j = k; j < limit; j++) {
            char c = chars[j];
            if (c == opener) {
                nesting++;
            } else if (c == closer && --nesting == 0) {
                return (quotes & 1) == 0 ? j : -1;
            } else if (c == '"') {
                quotes++;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a quote followed by {@code next} ends an object value that holds a Markdown code fence: such a
     * snippet is text, quotes included, up to a quote before the end of the object or before a comma and the next
     * key. Looks ahead at most 200 characters.
     */
    private boolean endsSnippet(int next) {
        if (next == EOF || next == '}') {
            return true;
        }
        if (next != ',') {
            return false;
        }
        int limit = Math.min(n, i + 200);
        int j = i + 1;
        while (j < limit) {
            char c = chars[j];
            if (isWhitespace(c)) {
                j++;
            } else if (c == '/' && at(j + 1) == '/') {
                while (j < limit && chars[j] != '\n') {
                    j++;
                }
            } else {
                break;
            }
        }
        if (j >= n || at(j) == '}' || quotedKeyAt(j)) {
            return true;
        }
        if (!isNameStart(at(j))) {
            return false;
        }
        while (isNameChar(at(j))) {
            j++;
        }
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return at(j) == ':';
    }

    /** Whether a quote followed by {@code next} ends the string, rather than being a quote inside it. */
    private boolean isEndOfString(int next) {
        if (next == '`' && isClosingFence(i)) {
            return true;
        }
        if (next == EOF || next == ',' || next == ':' || next == '\n' || next == '/' || next == '+' || next == '{'
                || next == '[' || next == '(') {
            return true;
        }
        if (next == ')') {
            return depth > 0 && (kinds[depth - 1] == CALL || kinds[depth - 1] == TUPLE);
        }
        return depth > 0 && (next == ']' || next == '}' || isQuote(next) || isDigit(next));
    }

    /** For the characters below 256: whether {@link #isPlainStringChar} holds for them outside a retry. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (char c = 0; c < PLAIN.length; c++) {
            PLAIN[c] = isPlainStringChar(c, false);
        }
    }

    private static boolean isPlainStringChar(char c, boolean stopAtDelimiter) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '\'' && !(c >= 0x2018 && c <= 0x201d) && c != '`'
                && c != 0xb4 && !Character.isSurrogate(c) && !(stopAtDelimiter && isUnquotedStringDelimiter(c));
    }

    private void parseEscape() {
        if (i + 1 >= n) {
            // cut off right after the backslash
            fix(Fix.DROPPED_INCOMPLETE_VALUE);
            i = n;
            return;
        }
        char e = chars[i + 1];
        switch (e) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                copy(i, i + 2);
                i += 2;
            }
            case 'u' -> {
                int j = 2;
                while (j < 6 && isHex(at(i + j))) {
                    j++;
                }
                if (j == 6) {
                    copy(i, i + 6);
                    i += 6;
                } else if (i + j >= n) {
                    fix(Fix.DROPPED_INCOMPLETE_VALUE);
                    i = n;
                } else {
                    throw new Failure("invalid unicode escape \"" + text.substring(i, Math.min(n, i + 6)) + "\"", i);
                }
            }
            default -> {
                if (e < 0x20) {
                    appendControl(e);
                } else if (e == '"') {
                    out().append("\\\"");
                } else {
                    out().append(e);
                }
                fix(Fix.ESCAPE);
                i += 2;
            }
        }
    }

    /**
     * Whether the surrogate at {@code k} is half a character without its other half (a raw one, as a model's
     * <code>&#92;ud800</code> arrives once the provider's JSON is decoded). No encoder can write it: UTF-8 turns it
     * into '?'.
     */
    private boolean loneSurrogate(int k) {
        char c = chars[k];
        return Character.isHighSurrogate(c) ? k + 1 >= n || !Character.isLowSurrogate(chars[k + 1])
                : k == 0 || !Character.isHighSurrogate(chars[k - 1]);
    }

    private static boolean loneSurrogate(String s, int k) {
        char c = s.charAt(k);
        return Character.isHighSurrogate(c) ? k + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(k + 1))
                : k == 0 || !Character.isHighSurrogate(s.charAt(k - 1));
    }

    /** Writes a lone surrogate as the escape it came in as, so it survives every encoder unchanged. */
    private void appendLoneSurrogate(char c) {
        out().append("\\u").append(Integer.toHexString(c));
        fix(Fix.LONE_SURROGATE);
    }

    private void appendControl(char c) {
        switch (c) {
            case '\b' -> out().append("\\b");
            case '\f' -> out().append("\\f");
            case '\n' -> out().append("\\n");
            case '\r' -> out().append("\\r");
            case '\t' -> out().append("\\t");
            default -> out().append(String.format("\\u%04x", (int) c));
        }
    }

    /** {@code "hello" + " world"} becomes {@code "hello world"}. */
    private void parseConcatenation() {
        skipWhitespace(true);
        while (at(i) == '+') {
            fix(Fix.STRING_CONCATENATION);
            i++;
            skipWhitespace(true);
            out().setLength(out().lastIndexOf("\""));
            int start = outLength();
            int result = parseString();
            if (result != STRING_NO) {
                out().deleteCharAt(start);
                if (result != STRING_OK) {
                    return;
                }
                skipWhitespace(true);
            } else {
                insertBeforeLastWhitespace('"');
            }
        }
    }

    private void restore(int iTo, int oTo, long fixesTo) {
        i = iTo;
        out().setLength(oTo);
        fixes = fixesTo;
    }

    private boolean isUrlStart(int from, int to) {
        if (to > n || from >= to) {
            return false;
        }
        String s = text.substring(from, to);
        return s.endsWith("://") && switch (s.substring(0, s.length() - 3)) {
            case "http", "https", "ftp", "mailto", "file", "data", "irc" -> true;
            default -> false;
        };
    }

    private static boolean isUrlChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || "-._~:/?#@!$&'()*+;=".indexOf(c) >= 0;
    }

    // ---- numbers, keywords, unquoted text ----

    /** Returns -1 when the text here is no number, else SCALAR, or NONE when a cut-off number was dropped. */
    private int parseNumber() {
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

    private boolean parseKeyword() {
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

    private int parseUnquoted(boolean isKey) {
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

    /**
     * Where an unquoted value that misses only its start quote ends: a double quote followed by a comma or a
     * closing bracket, on the same line, before any colon, bracket or other quote, within 200 characters.
     */
    private int endQuoteOfUnquotedValue(int from) {
        int limit = Math.min(n, from + 200);
        for (int k = from; k < limit; k++) {
            char c = chars[k];
            if (c == '"') {
                int j = k + 1;
                while (at(j) == ' ' || at(j) == '\t') {
                    j++;
                }
                return at(j) == ',' || at(j) == '}' || at(j) == ']' ? k : -1;
            }
            if (c == '\n' || c == ':' || c == '{' || c == '[' || c == '}' || c == ']' || isQuote(c)) {
                return -1;
            }
        }
        return -1;
    }

    private boolean parseRegex() {
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

    private void appendQuoted(String s) {
        out().append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"' || c == '\\') {
                out().append('\\').append(c);
            } else if (c < 0x20) {
                appendControl(c);
            } else if (Character.isSurrogate(c) && loneSurrogate(s, k)) {
                appendLoneSurrogate(c);
            } else {
                out().append(c);
            }
        }
        out().append('"');
    }

    // ---- whitespace, comments, fences, prose ----

    private boolean skipWhitespace(boolean newlines) {
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

    private boolean skipFence() {
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
    private boolean skipLeadingProse() {
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
        if (!beforeFence && !(words.contains(" ") || words.contains("\n") || words.endsWith(":")) || words.endsWith("(")) {
            return false;
        }
        fix(Fix.SURROUNDING_TEXT);
        i = k;
        return true;
    }

    /** Words with a space between them on this line, like "Hope this helps!". */
    private boolean looksLikeProse(int from) {
        if (!isLetter(at(from))) {
            return false;
        }
        for (int k = from; k < n; k++) {
            char c = chars[k];
            if (c == ' ') {
                return true;
            }
            if (c == '\n' || c == ',' || c == ':' || c == '"' || c == '{' || c == '[') {
                return false;
            }
        }
        return false;
    }

    // ---- output helpers ----

    /** Appends the input's characters from {@code from} to {@code to} to the output, as they stand. */
    private void copy(int from, int to) {
        if (from != runTo) {
            flush();
            runFrom = from;
        }
        runTo = to;
    }

    /** Copies the pending run of input into {@code out}. */
    private void flush() {
        if (runTo > runFrom) {
            out.append(text, runFrom, runTo);
            runFrom = runTo;
        }
    }

    /** The output, with the pending run of input copied into it, for any change other than appending input. */
    private StringBuilder out() {
        if (runTo > runFrom) {
            flush();
        }
        return out;
    }

    private int outLength() {
        return out.length() + runTo - runFrom;
    }

    /** The output as a string: for output that repeats a prefix of the input, that prefix without a copy. */
    private String outString() {
        if (runFrom == 0 && out.isEmpty()) {
            return runTo == n ? text : text.substring(0, runTo);
        }
        return out().toString();
    }

    private int insertBeforeLastWhitespace(char c) {
        return insertBeforeLastWhitespace(c, 0);
    }

    private int insertBeforeLastWhitespace(char c, int floor) {
        int k = outLength();
        while (k > floor && isWhitespace(out().charAt(k - 1))) {
            k--;
        }
        out().insert(k, c);
        return k;
    }

    private boolean endsWithQuote() {
        int k = outLength();
        while (k > 0 && isWhitespace(out().charAt(k - 1))) {
            k--;
        }
        return k > 0 && out().charAt(k - 1) == '"';
    }

    private boolean endsWithCommaOrNewline() {
        int k = outLength();
        while (k > 0 && (out().charAt(k - 1) == ' ' || out().charAt(k - 1) == '\t' || out().charAt(k - 1) == '\r')) {
            k--;
        }
        return k > 0 && (out().charAt(k - 1) == ',' || out().charAt(k - 1) == '\n');
    }

    private boolean endsWithNewline() {
        int k = outLength();
        while (k > 0 && isWhitespace(out().charAt(k - 1))) {
            if (out().charAt(k - 1) == '\n') {
                return true;
            }
            k--;
        }
        return false;
    }

    private int previousNonWhitespace(int from) {
        int k = from;
        while (k > 0 && isWhitespace(chars[k])) {
            k--;
        }
        return k;
    }

    private boolean isBlank() {
        for (int k = i; k < n; k++) {
            if (!isWhitespace(chars[k]) && !isSpecialWhitespace(chars[k])) {
                return false;
            }
        }
        return true;
    }

    private void fix(Fix f) {
        fixes |= 1L << f.ordinal();
    }

    /** The fixes made, in their declared order, as an unmodifiable list (which RepairResult keeps as is). */
    private List<Fix> fixList() {
        if (fixes == 0) {
            return List.of();
        }
        int slot = (int) ((fixes * 0x9E3779B97F4A7C15L) >>> 58);
        FixList last = FIX_LISTS[slot];
        if (last != null && last.fixes == fixes) {
            return last.list;
        }
        Fix[] list = new Fix[Long.bitCount(fixes)];
        int k = 0;
        for (long bits = fixes; bits != 0; bits &= bits - 1) {
            list[k++] = ALL_FIXES[Long.numberOfTrailingZeros(bits)];
        }
        List<Fix> result = List.of(list);
        FIX_LISTS[slot] = new FixList(fixes, result);
        return result;
    }

    private record FixList(long fixes, List<Fix> list) {
    }

    private static long truncationFixes() {
        long bits = 0;
        for (Fix f : ALL_FIXES) {
            if (f.truncation()) {
                bits |= 1L << f.ordinal();
            }
        }
        return bits;
    }

    /** Whether a Markdown fence ({@code ```}) starts at {@code k}. */
    private boolean fenceAt(int k) {
        return at(k) == '`' && at(k + 1) == '`' && at(k + 2) == '`';
    }

    /** Whether {@code word} stands in the input at {@code k}. */
    private boolean matchesAt(String word, int k) {
        int len = word.length();
        if (k < 0 || k > n - len) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (chars[k + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private int at(int k) {
        return k >= 0 && k < n ? chars[k] : EOF;
    }

    private Failure unexpected() {
        return new Failure("unexpected character " + describe(at(i)), i);
    }

    private static String describe(int c) {
        if (c == EOF) {
            return "end";
        }
        // a control character or half of one would not print as itself
        return c < 0x20 || c == 0x7f || Character.isSurrogate((char) c) ? String.format("U+%04X", c)
                : "'" + (char) c + "'";
    }

    private String where(int at) {
        int line = 1;
        int column = 1;
        for (int k = 0; k < Math.min(at, n); k++) {
            if (chars[k] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return " at line " + line + ", column " + column;
    }

    // ---- character classes ----

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isSpecialWhitespace(int c) {
        return c == 0xa0 || c == 0x180e || c >= 0x2000 && c <= 0x200b || c == 0x202f || c == 0x205f
                || c == 0x3000 || c == 0xfeff;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isStartOfJson(int c) {
        return c == '{' || c == '[' || isQuote(c) || isDigit(c) || c == '-' || c == '.' || c == '/' || c == EOF;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameStart(int c) {
        return isLetter(c) || c == '_' || c == '$';
    }

    private static boolean isNameChar(int c) {
        return isNameStart(c) || isDigit(c);
    }

    private static boolean isDelimiter(int c) {
        return c == ',' || c == ':' || c == '[' || c == ']' || c == '/' || c == '{' || c == '}' || c == '('
                || c == ')' || c == '\n' || c == '+';
    }

    private static boolean isUnquotedStringDelimiter(int c) {
        return c == ',' || c == '[' || c == ']' || c == '/' || c == '{' || c == '}' || c == '\n' || c == '+';
    }

    private static boolean isStartOfValue(int c) {
        return isQuote(c) || isNameChar(c) || c == '[' || c == '{' || c == '-';
    }

    private static boolean isQuote(int c) {
        return isDoubleQuoteLike(c) || isSingleQuoteLike(c);
    }

    private static boolean isDoubleQuoteLike(int c) {
        return c == '"' || c == 0x201c || c == 0x201d;
    }

    private static boolean isSingleQuoteLike(int c) {
        return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x60 || c == 0xb4;
    }

    private static boolean isEndQuote(int open, int c) {
        if (open == '"') {
            return c == '"';
        }
        if (open == '\'') {
            return c == '\'';
        }
        return isSingleQuoteLike(open) ? isSingleQuoteLike(c) : isDoubleQuoteLike(c);
    }

    /** Why the input cannot be repaired, and where; thrown without a stack trace. */
    private static final class Failure extends RuntimeException {
        final int at;

        Failure(String message, int at) {
            super(message, null, false, false);
            this.at = at;
        }
    }
}
