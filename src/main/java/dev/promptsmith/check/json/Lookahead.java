package dev.promptsmith.check.json;

import static dev.promptsmith.check.json.Chars.EOF;
import static dev.promptsmith.check.json.Chars.isDigit;
import static dev.promptsmith.check.json.Chars.isLetter;
import static dev.promptsmith.check.json.Chars.isNameChar;
import static dev.promptsmith.check.json.Chars.isNameStart;
import static dev.promptsmith.check.json.Chars.isQuote;
import static dev.promptsmith.check.json.Chars.isWhitespace;

/**
 * Adds the read-only looks ahead in the input that decide how to read what comes: whether a quote ends a string or
 * stands inside it, whether a key follows, whether words are prose. Each looks a bounded stretch ahead (200
 * characters, or one string), so the repair stays linear.
 */
abstract class Lookahead extends Skipper {

    /** Whether the string being read is an object key: one missing its end quote then ends at a colon. */
    boolean parsingKey;

    Lookahead(String text) {
        super(text);
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
    final boolean membersFollow() {
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
    final boolean quotedKeyAt(int j) {
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
     * Whether a comma and another string that ends before a comma or closing brace follow the first key of an
     * object, as in a Python set {@code {'a', 'b'}}. Looks ahead at most 200 characters.
     */
    final boolean setFollows() {
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
     * {@code {"k": "lorem "ipsum", sic." }}: in an object value, a quote and comma followed by words that end in a
     * quote before a comma or bracket (no colon, bracket or other quote between) are inside the string.
     */
    final boolean quoteBeforeCommaIsInside() {
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
    final boolean quoteAfterCommaIsInside(int iQuote) {
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
    final boolean nextItemFollows() {
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
    final boolean quoteBeforeBlankItem(int open) {
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
    final int endOfQuotedGroup(int k) {
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
    final boolean endsSnippet(int next) {
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
    final boolean isEndOfString(int next) {
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

    /**
     * Where an unquoted value that misses only its start quote ends: a double quote followed by a comma or a
     * closing bracket, on the same line, before any colon, bracket or other quote, within 200 characters.
     */
    final int endQuoteOfUnquotedValue(int from) {
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

    /**
     * Whether the quote at {@code i}, right after an opening quote of the same kind, doubles it: spaces and then a
     * letter or digit follow ({@code ""value"}, {@code "" key"}), which cannot follow an empty string.
     */
    final boolean doubledOpenQuote() {
        int j = i + 1;
        while (at(j) == ' ' || at(j) == '\t') {
            j++;
        }
        return isLetter(at(j)) || isDigit(at(j));
    }

    /**
     * A string that runs to the end of the input and ends with the bracket of the innermost open container,
     * like {@code ["hello]}, is taken to miss its end quote before that bracket rather than being cut off.
     */
    final boolean closesOpenContainer(int last) {
        if (last == '+') {
            return true;
        }
        byte top = depth > 0 ? kinds[depth - 1] : 0;
        return (last == ']' || last == '}') && (top == ARRAY || top == OBJECT);
    }

    final boolean isUrlStart(int from, int to) {
        if (to > n || from >= to) {
            return false;
        }
        String s = text.substring(from, to);
        return s.endsWith("://") && switch (s.substring(0, s.length() - 3)) {
            case "http", "https", "ftp", "mailto", "file", "data", "irc" -> true;
            default -> false;
        };
    }

    /** Words with a space between them on this line, like "Hope this helps!". */
    final boolean looksLikeProse(int from) {
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
}
