package dev.promptsmith.check.json;

/** Character classes of the repair; {@link #EOF} stands for any position outside the input. */
final class Chars {

    static final int EOF = -1;

    private Chars() {
    }

    static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    static boolean isSpecialWhitespace(int c) {
        return c == 0xa0 || c == 0x180e || c >= 0x2000 && c <= 0x200b || c == 0x202f || c == 0x205f
                || c == 0x3000 || c == 0xfeff;
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean isStartOfJson(int c) {
        return c == '{' || c == '[' || isQuote(c) || isDigit(c) || c == '-' || c == '.' || c == '/' || c == EOF;
    }

    static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isNameStart(int c) {
        return isLetter(c) || c == '_' || c == '$';
    }

    static boolean isNameChar(int c) {
        return isNameStart(c) || isDigit(c);
    }

    static boolean isDelimiter(int c) {
        return c == ',' || c == ':' || c == '[' || c == ']' || c == '/' || c == '{' || c == '}' || c == '('
                || c == ')' || c == '\n' || c == '+';
    }

    static boolean isUnquotedStringDelimiter(int c) {
        return c == ',' || c == '[' || c == ']' || c == '/' || c == '{' || c == '}' || c == '\n' || c == '+';
    }

    static boolean isStartOfValue(int c) {
        return isQuote(c) || isNameChar(c) || c == '[' || c == '{' || c == '-';
    }

    static boolean isQuote(int c) {
        return isDoubleQuoteLike(c) || isSingleQuoteLike(c);
    }

    static boolean isDoubleQuoteLike(int c) {
        return c == '"' || c == 0x201c || c == 0x201d;
    }

    static boolean isSingleQuoteLike(int c) {
        return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x60 || c == 0xb4;
    }

    static boolean isEndQuote(int open, int c) {
        if (open == '"') {
            return c == '"';
        }
        if (open == '\'') {
            return c == '\'';
        }
        return isSingleQuoteLike(open) ? isSingleQuoteLike(c) : isDoubleQuoteLike(c);
    }

    static boolean isUrlChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || "-._~:/?#@!$&'()*+;=".indexOf(c) >= 0;
    }
}
