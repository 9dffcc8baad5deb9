package dev.promptsmith.check.form;

import java.util.Optional;
import java.util.function.Function;

/**
 * A check type's {@code value}: its kind, whether the type needs one, a hint of what to write, and
 * what is wrong with a value as written (the kind's own rules or the type's). A value that is a
 * template of the test's variables ({@code '{{answer}}'}) is judged only for being there.
 */
public record ValueField(ValueKind kind, boolean required, String hint, Function<Object, Optional<String>> validator) {

    static final ValueField NONE = new ValueField(ValueKind.NONE, false, "", value -> Optional.empty());

    static ValueField required(ValueKind kind, String hint) {
        return new ValueField(kind, true, hint, Validators.of(kind));
    }

    static ValueField optional(ValueKind kind, String hint) {
        return new ValueField(kind, false, hint, Validators.of(kind));
    }

    /** The same field, its values judged by {@code validator} instead of the kind's rules. */
    ValueField judgedBy(Function<Object, Optional<String>> own) {
        return new ValueField(kind, required, hint, own);
    }

    /** What is wrong with the value as written; empty when it will do. */
    public Optional<String> problem(Object written) {
        if (Values.empty(written)) {
            return required ? Optional.of("is required: " + hint) : Optional.empty();
        }
        if (templated(written)) {
            // a test's variables fill it before the check runs: only then can it be judged
            return Optional.empty();
        }
        return validator.apply(written);
    }

    private static boolean templated(Object written) {
        return written instanceof String text && (text.contains("{{") || text.contains("{%"));
    }
}
