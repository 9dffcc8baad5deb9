package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isStartOfJson;
import static dev.promptsmith.check.json.Chars.isStartOfValue;
import static dev.promptsmith.check.json.Chars.isWhitespace;

import java.util.List;

/**
 * One repair run over one input: reads the document around the JSON (fences, prose, several values) and runs the
 * open containers until none is left. Each string is scanned at most twice (once more when its end quote turns out
 * to be missing), everything else once, so the run is linear in the input.
 *
 * <p>The run is one object whose code is layered, one job per class, each class adding its job to those below:
 * {@link Input} (the text and the position read), {@link Output} (the copy-through output and the fixes made),
 * {@link Containers} (the stack of open containers), {@link Skipper} (whitespace, comments, fences, prose),
 * {@link Lookahead} (bounded looks ahead), {@link Strings}, {@link Scalars} (numbers, keywords, unquoted text),
 * {@link Values}, {@link ArrayReader}, {@link ObjectReader}, and this driver on top. One object rather than parts
 * that hold each other: the hot loops read the position, the characters and the output as fields of {@code this};
 * as separate objects (one more hop each time) the repair ran about 15% slower (BENCHMARKS.md).
 */
final class Repairer extends ObjectReader {

    Repairer(String text, boolean cutOff) {
        super(text, cutOff ? GUESS_CUT_OFF : GUESS_AT_DELIMITER, cutOff);
    }

    private Repairer(String text, boolean cutOff, int guess) {
        super(text, guess, cutOff);
    }

    RepairResult run() {
        start();
        try {
            String json = repairAll();
            List<Fix> list = Fixes.list(fixes);
            if (list.isEmpty() && json.equals(text)) {
                return new RepairResult(JsonOutcome.VALID, json, list, null);
            }
            boolean truncated = cutOff || Fixes.anyTruncation(fixes);
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
        skipWhitespace(true);
    }
}
