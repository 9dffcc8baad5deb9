package dev.promptsmith.check.form;

import dev.promptsmith.script.JavaScriptRegex;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a regex check's pattern as promptfoo reads it ({@code new RegExp(value)} in
 * JavaScript), with the JavaScript way where a pattern is written the Java (or PCRE) way.
 */
public final class RegexValues {

    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z-]*[imsxuU][a-zA-Z-]*[:)]");
    /** Escapes Java knows that JavaScript reads as the letter itself, outside Unicode mode. */
    private static final Pattern JAVA_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\([AZzhHRGQEX]|[pP]\\{)");

    private RegexValues() {
    }

    /** Why JavaScript refuses the pattern, in its words, and how to write it in JavaScript where we know. */
    public static Optional<String> problem(String pattern) {
        return JavaScriptRegex.syntaxError(pattern).map(error -> "is not valid JavaScript (" + error + ")"
                + (INLINE_FLAGS.matcher(pattern).find()
                        ? "; JavaScript has no inline flags: use [Xx] classes, or icontains / icontains-any, for (?i); "
                        + "(^|\\n) and (\\n|$) for the line starts and ends of (?m); [\\s\\S] for the any character of (?s)"
                        : ""));
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
            default -> null;
        };
        return Optional.of("\\" + found + " is Java: in JavaScript it is the letter " + found.charAt(0) + " itself"
                + (instead == null ? "" : "; write " + instead));
    }
}
