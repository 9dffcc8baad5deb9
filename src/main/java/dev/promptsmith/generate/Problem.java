package dev.promptsmith.generate;

/**
 * Something wrong with a model's answer.
 *
 * @param where the part of the answer, e.g. {@code case 3 "Empty ticket", check 2 (regex)}
 */
public record Problem(String where, String message) {

    @Override
    public String toString() {
        return where.isEmpty() ? message : where + ": " + message;
    }
}
