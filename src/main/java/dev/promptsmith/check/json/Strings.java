package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.isDelimiter;
import static dev.promptsmith.check.json.Chars.isEndQuote;
import static dev.promptsmith.check.json.Chars.isHex;
import static dev.promptsmith.check.json.Chars.isLetter;
import static dev.promptsmith.check.json.Chars.isQuote;
import static dev.promptsmith.check.json.Chars.isUnquotedStringDelimiter;
import static dev.promptsmith.check.json.Chars.isUrlChar;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * Reads a string value or key: quotes of any kind become double quotes, escapes and control characters are
 * repaired, a quote inside the text is escaped, a missing end quote is guessed, and strings joined with {@code +}
 * become one. Each string is scanned at most twice (once more when its end quote turns out to be missing).
 */
final class Strings {

    /**
     * How a last string that runs to the end of the input and ends with a closing bracket is read: as missing its
     * end quote at the first delimiter ({@code ["hello, world]}), then, when that leads nowhere, as missing it
     * just before that bracket, and last as cut off. Each guess is one more run over the input, three at most.
     */
    static final int GUESS_AT_DELIMITER = 0;
    static final int GUESS_BEFORE_BRACKET = 1;
    static final int GUESS_CUT_OFF = 2;

    private static final int STRING_NO = 0;
    private static final int STRING_OK = 1;
    private static final int STRING_OK_NO_CONCAT = 2;
    private static final int STRING_RETRY_AT_DELIMITER = 3;
    private static final int STRING_RETRY_AT_INDEX = 4;

    private final Input in;
    private final Output out;
    private final Fixes fixes;
    private final Containers stack;
    private final Skipper skip;
    private final Lookahead look;
    private final int guess;
    private final boolean keepCutStrings;
    /** Whether a guess that the last string missed its end quote was made in this run. */
    boolean guessedEndQuote;
    /** Whether the string being read is an object key: one missing its end quote then ends at a colon. */
    boolean parsingKey;
    /** Whether a string ran to the end of the input without its end quote; reset before each key. */
    boolean stringCut;
    private int retryIndex;

    Strings(Input in, Output out, Fixes fixes, Containers stack, Skipper skip, Lookahead look, int guess) {
        this.in = in;
        this.out = out;
        this.fixes = fixes;
        this.stack = stack;
        this.skip = skip;
        this.look = look;
        this.guess = guess;
        this.keepCutStrings = guess == GUESS_CUT_OFF;
    }

    /** Reads the string here and any joined to it with {@code +}; false when no string starts here. */
    boolean parse() {
        int c = in.at(in.i);
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
        int iStart = in.i;
        int oStart = out.length();
        long fixesBefore = fixes.bits();
        boolean skipEscapes = false;
        if (in.at(in.i) == '\\' && isQuote(in.at(in.i + 1))) {
            in.i++;
            skipEscapes = true;
        }
        int open = in.at(in.i);
        if (!isQuote(open)) {
            in.i = iStart;
            return STRING_NO;
        }
        if (skipEscapes) {
            fixes.add(Fix.ESCAPE);
        }
        if (open != '"') {
            fixes.add(Fix.SINGLE_QUOTES);
        }
        int iOpen = in.i;
        if (open == '"') {
            out.copy(in.i, in.i + 1);
        } else {
            out.buffer().append('"');
        }
        in.i++;
        boolean fenced = false;
        int inlineEnd = -1;
        int innerQuotes = 0;
        boolean doubled = !skipEscapes && !stopAtDelimiter && in.at(in.i) == open && look.doubledOpenQuote();
        if (doubled) {
            // {""key"": ""value""}: quotes doubled as in CSV; the pair reads as one quote
            in.i++;
            fixes.add(Fix.DOUBLED_QUOTES);
        }
        while (true) {
            if (in.i >= in.n) {
                int lastAt = in.previousNonWhitespace(in.n - 1);
                if (lastAt >= 3 && in.fenceAt(lastAt - 2)) {
                    lastAt = in.previousNonWhitespace(lastAt - 3);
                }
                int last = in.at(lastAt);
                if (!stopAtDelimiter && stopAt < 0 && !keepCutStrings && look.closesOpenContainer(last)) {
                    restore(iStart, oStart, fixesBefore);
                    guessedEndQuote = true;
                    if (guess == GUESS_BEFORE_BRACKET) {
                        retryIndex = lastAt;
                        return STRING_RETRY_AT_INDEX;
                    }
                    return STRING_RETRY_AT_DELIMITER;
                }
                out.buffer().append('"');
                fixes.add(Fix.CLOSED_STRING);
                stringCut = true;
                return STRING_OK_NO_CONCAT;
            }
            if (in.i == stopAt) {
                out.insertBeforeLastWhitespace('"', oStart);
                fixes.add(Fix.MISSING_QUOTE);
                return STRING_OK_NO_CONCAT;
            }
            char c = in.chars[in.i];
            if (in.i < inlineEnd && c == '"') {
                out.buffer().append("\\\"");
                in.i++;
            } else if (isEndQuote(open, c)) {
                int iQuote = in.i;
                int oQuote = out.length();
                long fixesAtQuote = fixes.bits();
                if (c == '"') {
                    out.copy(in.i, in.i + 1);
                } else {
                    out.buffer().append('"');
                }
                in.i++;
                if (doubled && in.at(in.i) == open) {
                    in.i++;
                }
                skip.whitespace(false);
                int next = in.at(in.i);
                boolean snippet = fenced && !stopAtDelimiter && !parsingKey && stack.top() == Containers.OBJECT;
                if (snippet ? look.endsSnippet(next)
                        : stopAtDelimiter || look.isEndOfString(next)
                        && !(next == ',' && !parsingKey && look.quoteBeforeCommaIsInside())
                        && !(isQuote(next) && !parsingKey && look.quoteBeforeBlankItem(open))) {
                    if (!skipEscapes) {
                        stripTrailingRawNewline(iOpen, iQuote, oQuote);
                    }
                    return STRING_OK;
                }
                if (!stopAtDelimiter && !parsingKey && innerQuotes == 0 && isLetter(next) && in.i > iQuote + 1
                        && look.nextItemFollows()) {
                    // ["value1" value2", "value3"]: the words after the quote are the next item, missing its quotes
                    return STRING_OK;
                }
                int iPrev = in.previousNonWhitespace(iQuote - 1);
                int prev = snippet ? 'a' : in.at(iPrev);
                int group = iPrev == iQuote - 1 && iQuote >= inlineEnd && (prev == '(' || prev == '[' || prev == '{')
                        ? look.endOfQuotedGroup(iPrev) : -1;
                if (group > 0) {
                    // "see [LINK]("https://x.io") here": a bracketed group with its own quotes is text in the string
                    out.buffer().setLength(oQuote);
                    fixes.reset(fixesAtQuote);
                    fixes.add(Fix.UNESCAPED_QUOTE);
                    in.i = iQuote;
                    inlineEnd = group;
                    continue;
                }
                if (prev == ',' && (parsingKey || !look.quoteAfterCommaIsInside(iQuote))) {
                    restore(iStart, oStart, fixesBefore);
                    retryIndex = iPrev;
                    return STRING_RETRY_AT_INDEX;
                }
                if (isDelimiter(prev) && prev != ',') {
                    restore(iStart, oStart, fixesBefore);
                    return STRING_RETRY_AT_DELIMITER;
                }
                // a quote inside the string: escape it and go on
                out.buffer().setLength(oQuote);
                fixes.reset(fixesAtQuote);
                out.buffer().append("\\\"");
                fixes.add(Fix.UNESCAPED_QUOTE);
                in.i = iQuote + 1;
                innerQuotes++;
            } else if (stopAtDelimiter && (isUnquotedStringDelimiter(c) || c == ':' && parsingKey)) {
                if (in.at(in.i - 1) == ':' && look.isUrlStart(iOpen + 1, in.i + 2)) {
                    while (in.i < in.n && isUrlChar(in.chars[in.i])) {
                        out.buffer().append(in.chars[in.i]);
                        in.i++;
                    }
                }
                out.insertBeforeLastWhitespace('"', oStart);
                fixes.add(Fix.MISSING_QUOTE);
                return STRING_OK;
            } else if (c == '\\') {
                parseEscape();
            } else if (c == '"') {
                out.buffer().append("\\\"");
                in.i++;
            } else if (c < 0x20) {
                out.appendControl(c);
                fixes.add(Fix.CONTROL_CHARACTER);
                in.i++;
            } else if (Character.isSurrogate(c) && in.loneSurrogate(in.i)) {
                out.appendLoneSurrogate(c);
                in.i++;
            } else {
                if (c == '`' && in.at(in.i + 1) == '`' && in.at(in.i + 2) == '`') {
                    fenced = true;
                }
                // a high surrogate here has its low half next (a lone one was escaped above): copy both
                int end = Character.isHighSurrogate(c) ? in.i + 2 : in.i + 1;
                if (skipEscapes) {
                    // one character at a time: an escape may follow any of them
                } else if (!stopAtDelimiter && stopAt < 0) {
                    // the usual case: the run of text up to a quote, backslash or control character
                    while (end < in.n) {
                        char d = in.chars[end];
                        if (d < PLAIN.length ? !PLAIN[d] : d >= 0x2018 && d <= 0x201d || Character.isSurrogate(d)) {
                            break;
                        }
                        end++;
                    }
                } else {
                    while (end < in.n && end != stopAt && isPlainStringChar(in.chars[end], stopAtDelimiter)
                            && !(stopAtDelimiter && parsingKey && in.chars[end] == ':')) {
                        end++;
                    }
                }
                out.copy(in.i, end);
                in.i = end;
            }
            if (skipEscapes && in.at(in.i) == '\\') {
                in.i++;
            }
        }
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
        while (k - 1 > iOpen && isWhitespace(in.chars[k - 1]) && in.at(k - 2) != '\\') {
            char c = in.chars[k - 1];
            newline |= c == '\n';
            width += c == ' ' ? 1 : 2;
            k--;
        }
        if (newline && width <= oQuote) {
            out.buffer().delete(oQuote - width, oQuote);
        }
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
        if (in.i + 1 >= in.n) {
            // cut off right after the backslash
            fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
            in.i = in.n;
            return;
        }
        char e = in.chars[in.i + 1];
        switch (e) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                out.copy(in.i, in.i + 2);
                in.i += 2;
            }
            case 'u' -> {
                int j = 2;
                while (j < 6 && isHex(in.at(in.i + j))) {
                    j++;
                }
                if (j == 6) {
                    out.copy(in.i, in.i + 6);
                    in.i += 6;
                } else if (in.i + j >= in.n) {
                    fixes.add(Fix.DROPPED_INCOMPLETE_VALUE);
                    in.i = in.n;
                } else {
                    String escape = in.text.substring(in.i, Math.min(in.n, in.i + 6));
                    throw new Failure("invalid unicode escape \"" + escape + "\"", in.i);
                }
            }
            default -> {
                if (e < 0x20) {
                    out.appendControl(e);
                } else if (e == '"') {
                    out.buffer().append("\\\"");
                } else {
                    out.buffer().append(e);
                }
                fixes.add(Fix.ESCAPE);
                in.i += 2;
            }
        }
    }

    /** {@code "hello" + " world"} becomes {@code "hello world"}. */
    private void parseConcatenation() {
        skip.whitespace(true);
        while (in.at(in.i) == '+') {
            fixes.add(Fix.STRING_CONCATENATION);
            in.i++;
            skip.whitespace(true);
            out.buffer().setLength(out.buffer().lastIndexOf("\""));
            int start = out.length();
            int result = parseString();
            if (result != STRING_NO) {
                out.buffer().deleteCharAt(start);
                if (result != STRING_OK) {
                    return;
                }
                skip.whitespace(true);
            } else {
                out.insertBeforeLastWhitespace('"');
            }
        }
    }

    private void restore(int iTo, int oTo, long fixesTo) {
        in.i = iTo;
        out.buffer().setLength(oTo);
        fixes.reset(fixesTo);
    }
}
