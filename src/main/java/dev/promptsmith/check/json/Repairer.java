package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isStartOfJson;
import static dev.promptsmith.check.json.Chars.isStartOfValue;
import static dev.promptsmith.check.json.Chars.isWhitespace;

import java.util.List;

/**
 * One repair run over one input: reads the document around the JSON (fences, prose, several values) and runs the
 * open containers. Containers are tracked on an explicit stack instead of by recursion, so the depth of nesting
 * costs heap, never call stack. Each string is scanned at most twice (once more when its end quote turns out to be
 * missing), everything else once, so the run is linear in the input.
 */
final class Repairer {

    private final String text;
    private final boolean cutOff;
    private final int guess;
    private final Input in;
    private final Fixes fixes = new Fixes();
    private final Output out;
    private final Containers stack = new Containers();
    private final Skipper skip;
    private final Lookahead look;
    private final Strings strings;
    private final Values values;
    private final ArrayReader arrays;
    private final ObjectReader objects;

    Repairer(String text, boolean cutOff) {
        this(text, cutOff, cutOff ? Strings.GUESS_CUT_OFF : Strings.GUESS_AT_DELIMITER);
    }

    private Repairer(String text, boolean cutOff, int guess) {
        this.text = text;
        this.cutOff = cutOff;
        this.guess = guess;
        this.in = new Input(text);
        this.out = new Output(text, fixes);
        this.skip = new Skipper(in, out, fixes, stack);
        this.look = new Lookahead(in, stack);
        this.strings = new Strings(in, out, fixes, stack, skip, look, guess);
        Scalars scalars = new Scalars(in, out, fixes, stack, look, cutOff);
        this.values = new Values(in, out, fixes, stack, skip, strings, scalars);
        this.arrays = new ArrayReader(in, out, fixes, stack, skip, values);
        this.objects = new ObjectReader(in, out, fixes, stack, skip, look, strings, scalars, values);
    }

    RepairResult run() {
        try {
            String json = repairAll();
            List<Fix> list = fixes.list();
            if (list.isEmpty() && json.equals(text)) {
                return new RepairResult(JsonOutcome.VALID, json, list, null);
            }
            boolean truncated = cutOff || fixes.anyTruncation();
            return new RepairResult(truncated ? JsonOutcome.TRUNCATED : JsonOutcome.REPAIRED, json, list, null,
                    objects.cutOffKey);
        } catch (Failure failure) {
            if (strings.guessedEndQuote) {
                // the guess where the last string missed its end quote led nowhere: try the next one
                return new Repairer(text, cutOff, guess + 1).run();
            }
            return new RepairResult(JsonOutcome.INVALID, null, List.of(), failure.getMessage() + in.where(failure.at));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new RepairResult(JsonOutcome.INVALID, null, List.of(),
                    "cannot repair: " + e.getClass().getSimpleName() + in.where(in.i));
        }
    }
    private String repairAll() {
        skip.whitespace(true);
        if (in.isBlank()) {
            throw new Failure(in.n == 0 ? "the input is empty" : "the input is only whitespace", in.n);
        }
        if ((in.at(in.i) == '[' || in.at(in.i) == '{') && in.fenceAt(in.i + 1)) {
            in.i++;
        }
        if (in.at(in.i) == '-' && isWhitespace(in.at(in.i + 1))) {
            // "- {...}": a list bullet before the JSON
            int j = in.i + 1;
            while (isWhitespace(in.at(j))) {
                j++;
            }
            if (in.at(j) == '{' || in.at(j) == '[') {
                in.i = j;
                fixes.add(Fix.SURROUNDING_TEXT);
            }
        }
        boolean fenced = skip.fence();
        boolean prose = false;
        if (!fenced && !isStartOfJson(in.at(in.i))) {
            prose = skip.leadingProse();
            if (prose) {
                fenced = skip.fence();
            }
        }
        int rootStart = in.i;
        int root = values.parse();
        drive();
        if (root == Values.NONE) {
            throw in.i >= in.n ? new Failure("no JSON value found", in.i) : in.unexpected();
        }
        boolean rootIsContainer = in.at(rootStart) == '{' || in.at(rootStart) == '[';
        if (in.at(rootStart) == '{' && look.membersFollow()) {
            // {"a": 1}, "b": 2}: the object was closed too early; take it up again
            int k = out.length() - 1;
            while (k > 0 && isWhitespace(out.buffer().charAt(k))) {
                k--;
            }
            if (out.buffer().charAt(k) == '}') {
                out.buffer().deleteCharAt(k);
                stack.push(Containers.OBJECT, out.length() - 1);
                stack.fresh[stack.depth - 1] = false;
                fixes.add(Fix.REDUNDANT_CLOSING);
                drive();
            }
        }
        boolean closingFence = skip.fence();
        if (closingFence || prose) {
            if (fenced && closingFence) {
                moreFencedBlocks();
            }
            skip.rest();
            return out.result();
        }
        boolean comma = in.at(in.i) == ',';
        int commaAt = out.length();
        if (comma) {
            out.copy(in.i, in.i + 1);
            in.i++;
            skip.whitespace(true);
        }
        if (isStartOfValue(in.at(in.i)) && out.endsWithCommaOrNewline()
                && !(rootIsContainer && look.looksLikeProse(in.i))) {
            if (!comma) {
                out.insertBeforeLastWhitespace(',');
            }
            parseNewlineDelimited();
        } else if (comma) {
            out.buffer().deleteCharAt(commaAt);
            fixes.add(Fix.TRAILING_COMMA);
        }
        while (in.at(in.i) == '}' || in.at(in.i) == ']') {
            fixes.add(Fix.REDUNDANT_CLOSING);
            in.i++;
            skip.whitespace(true);
        }
        if (skip.fence()) {
            skip.rest();
        }
        if (in.i < in.n) {
            if (!look.looksLikeProse(in.i)) {
                throw in.unexpected();
            }
            skip.rest();
        }
        return out.result();
    }

    /**
     * Prose with several fenced JSON blocks: the blocks after the first one are read too, and all of them become
     * one array. Each search for the next fence starts where the last block ended.
     */
    private void moreFencedBlocks() {
        boolean many = false;
        while (true) {
            int k = in.text.indexOf("```", in.i);
            if (k < 0) {
                break;
            }
            int j = k + 3;
            while (isNameChar(in.at(j))) {
                j++;
            }
            while (isWhitespace(in.at(j))) {
                j++;
            }
            if (in.at(j) != '{' && in.at(j) != '[') {
                break;
            }
            out.trim();
            if (!many) {
                out.buffer().insert(0, '[');
                many = true;
                fixes.add(Fix.CONCATENATED);
            }
            out.buffer().append(", ");
            in.i = j;
            values.parse();
            drive();
            if (!skip.fence()) {
                break;
            }
        }
        if (many) {
            out.trim();
            out.buffer().append(']');
        }
    }

    private void parseNewlineDelimited() {
        fixes.add(out.endsWithNewline() ? Fix.NDJSON : Fix.CONCATENATED);
        boolean initial = true;
        while (true) {
            int commaAt = -1;
            if (!initial) {
                if (in.at(in.i) == ',') {
                    commaAt = out.length();
                    out.copy(in.i, in.i + 1);
                    in.i++;
                } else {
                    commaAt = out.insertBeforeLastWhitespace(',');
                }
            }
            initial = false;
            int value = values.parse();
            drive();
            if (value == Values.NONE) {
                if (commaAt >= 0) {
                    out.buffer().deleteCharAt(commaAt);
                } else {
                    stripLastComma();
                }
                break;
            }
        }
        out.buffer().insert(0, "[\n").append("\n]");
    }

    private void stripLastComma() {
        int k = out.buffer().lastIndexOf(",");
        if (k >= 0) {
            out.buffer().deleteCharAt(k);
        }
    }

    /** Runs the open containers until the stack is empty. */
    private void drive() {
        while (stack.depth > 0) {
            switch (stack.kinds[stack.depth - 1]) {
                case Containers.ARRAY, Containers.TUPLE, Containers.SET -> arrays.step();
                case Containers.OBJECT -> objects.step();
                default -> stepCall();
            }
        }
    }

    /** A JSONP or MongoDB call like {@code callback({...});}: keep the argument, drop the call. */
    private void stepCall() {
        int d = stack.depth - 1;
        if (stack.fresh[d]) {
            stack.fresh[d] = false;
            int value = values.parse();
            if (value == Values.PUSHED) {
                return;
            }
            if (value == Values.NONE) {
                out.buffer().append("null");
            }
        }
        if (stack.kinds[d] == Containers.QUOTED_FENCE) {
            skip.whitespace(true);
            if (in.fenceAt(in.i)) {
                in.i += 3;
            }
            if (in.at(in.i) == '"') {
                in.i++;
            }
        } else if (in.at(in.i) == ')') {
            in.i++;
            if (in.at(in.i) == ';') {
                in.i++;
            }
        }
        stack.pop();
        skip.whitespace(true);
    }
}
