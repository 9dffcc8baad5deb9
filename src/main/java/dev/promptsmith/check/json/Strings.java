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
 * Adds reading a string value or key: quotes of any kind become double quotes, escapes and control characters are
 * repaired, a quote inside the text is escaped, a missing end quote is guessed, and strings joined with {@code +}
 * become one. Each string is scanned at most twice (once more when its end quote turns out to be missing).
 */
abstract class Strings extends Lookahead {

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

    final int guess;
    private final boolean keepCutStrings;
    /** Whether this run guessed that the last string missed its end quote. */
    boolean guessedEndQuote;
    /** Whether a string ran to the end of the input without its end quote; reset before each key. */
    boolean stringCut;
    private int retryIndex;

    Strings(String text, int guess) {
        super(text);
        this.guess = guess;
        this.keepCutStrings = guess == GUESS_CUT_OFF;
    }

    /** Reads the string here and any joined to it with {@code +}; false when no string starts here. */
    final boolean parseStringWithConcatenation() {
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
}
