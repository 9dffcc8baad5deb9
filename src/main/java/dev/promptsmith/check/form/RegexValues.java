package dev.promptsmith.check.form;

import dev.promptsmith.script.JavaScriptRegex;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What is wrong with a regex check's pattern as promptfoo reads it ({@code new RegExp(value)} in
 * JavaScript), with the JavaScript way where a pattern is written the Java (or PCRE) way.
 */
public final class RegexValues {

    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]*[imsxuU][a-zA-Z-]*[:)]");
    /** Atomic groups, lookbehinds and possessive quantifiers (an unescaped quantifier followed by +). */
    private static final Pattern JAVA_ONLY_SYNTAX = Pattern.compile(
            "\\(\\?>|\\(\\?<[=!]|(?<!\\\\)(?:\\\\\\\\)*[*+?}]\\+");
    /** Escapes Java knows that JavaScript reads as the letter itself, outside Unicode mode. */
    private static final Pattern JAVA_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\([AZzhHRGQEX]|[pP]\\{|x\\{)");

    private RegexValues() {
    }

    /**
     * Why JavaScript refuses the pattern, in its words, and how to write it in JavaScript where we know. A pattern
     * that Java accepts and that has none of the constructs only Java reads is valid JavaScript, so it is answered
     * without starting the JavaScript engine (seconds, on the first suite a process loads).
     */
    public static Optional<String> problem(String pattern) {
        if (portable(pattern)) {
            return Optional.empty();
        }
        return JavaScriptRegex.syntaxError(pattern).map(error -> "is not valid JavaScript (" + error + ")"
                + (INLINE_FLAGS.matcher(pattern).find()
                        ? "; JavaScript has no inline flags: use [Xx] classes, or icontains / icontains-any, for (?i); "
                        + "(^|\\n) and (\\n|$) for the line starts and ends of (?m); [\\s\\S] for the any character of (?s)"
                        : ""));
    }

    /**
     * Whether the pattern is valid Java without inline flags, atomic groups, possessive quantifiers, lookbehinds (a
     * quantified one is Java only) or Java's own escapes: JavaScript (outside Unicode mode) accepts all of that.
     */
    static boolean portable(String pattern) {
        if (INLINE_FLAGS.matcher(pattern).find() || JAVA_ONLY_SYNTAX.matcher(pattern).find()
                || JAVA_ESCAPE.matcher(pattern).find()) {
            return false;
        }
        try {
            Pattern.compile(pattern);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** A Java escape that is valid JavaScript but only the letter itself there, e.g. {@code \Z}. */
    public static Optional<String> javaOnly(String pattern) {
        Matcher escape = JAVA_ESCAPE.matcher(pattern);
        if (!escape.find()) {
            return Optional.empty();
        }
        String found = escape.group(1);
        String instead = switch (found.charAt(0)) {
            case 'A' -> "^";
            case 'Z', 'z' -> "$";
            case 'h' -> "[ \\t]";
            case 'Q', 'E' -> "a \\ before each special character";
            case 'R' -> "\\r?\\n";
            case 'p', 'P' -> "a character class such as [A-Za-zÀ-ÿ]";
            case 'x' -> "\\xHH or \\uHHHH";
            default -> null;
        };
        return Optional.of("\\" + found + (found.equals("x{") ? "..}" : "") + " is Java: in JavaScript it is the letter "
                + found.charAt(0) + " itself"
                + (instead == null ? "" : "; write " + instead));
    }
}
