package dev.promptsmith.check.types;

import dev.promptsmith.check.Check;
import dev.promptsmith.check.CheckInput;
import dev.promptsmith.check.CheckSpec;
import dev.promptsmith.check.Verdict;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * regex: the output matches the pattern somewhere (Java syntax). A pattern that backtracks
 * without end on a long output is stopped after a bounded amount of work.
 */
final class RegexCheck implements Check {

    private static final long MAX_STEPS = 50_000_000;

    @Override
    public String type() {
        return "regex";
    }

    @Override
    public String description() {
        return "The output matches the regular expression (Java syntax) somewhere.";
    }

    @Override
    public Verdict evaluate(CheckSpec spec, CheckInput input) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(spec.text());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("the pattern " + Quote.of(spec.text()) + " is not valid: "
                    + e.getDescription());
        }
        try {
            return Verdict.of(pattern.matcher(new Bounded(input.output())).find(), "match " + Quote.of(spec.text()));
        } catch (Bounded.TooMuchWork e) {
            throw new IllegalArgumentException("the pattern " + Quote.of(spec.text())
                    + " takes too long on this output (catastrophic backtracking)");
        }
    }

    /** A text that refuses to be read more than a bounded number of times. */
    private static final class Bounded implements CharSequence {

        private final CharSequence text;
        private long steps;

        Bounded(CharSequence text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++steps > MAX_STEPS) {
                throw new TooMuchWork();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text.toString();
        }

        static final class TooMuchWork extends RuntimeException {
            TooMuchWork() {
                super(null, null, false, false);
            }
        }
    }
}
