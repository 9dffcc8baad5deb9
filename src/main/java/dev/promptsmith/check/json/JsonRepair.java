package dev.promptsmith.check.json;

/**
 * Repairs broken JSON from language models in one linear pass.
 *
 * <p>Behaves like the npm {@code jsonrepair} library (and keeps the input's whitespace the same way), with
 * these deliberate differences for text that was cut off: a string cut off at the end keeps its exact prefix,
 * trailing spaces included; a whole key cut off before its value is kept with {@code null} (as jsonrepair does)
 * and named in the fixes, but a key cut off inside its name is dropped, since the name may have gone on; a
 * keyword cut off at the end ({@code tr}, {@code nul}, {@code fals}) is completed, never turned into a string.
 * A number cut off after its sign, point or exponent ({@code 12.}, {@code 1e}, {@code -}) is completed with a
 * zero as {@code jsonrepair} does ({@code 12.0}, {@code 1e0}, {@code -0}), unless {@code cutOff} is set: then no
 * digit is invented and the dangling part is removed ({@code 12}, {@code 1}) or the value dropped. With
 * {@code cutOff} set, a string cut off right after a delimiter ({@code "a, b,}) also keeps its prefix, where
 * otherwise it is taken for a missing end quote ({@code ["hello, world]} becomes {@code ["hello", "world"]}).
 *
 * <p>Beyond {@code jsonrepair}, and like the Python {@code json_repair} library where the two do not conflict:
 * Python tuples ({@code (1, 2)} becomes {@code [1, 2]}, {@code (1)} just {@code 1}), {@code 1_000}, fractions kept
 * as strings ({@code 1/3}), {@code TRUE}/{@code FALSE}/{@code NULL}, {@code # } comments, a string whose end quote
 * stands on the next line (its trailing line break is dropped), a key and value inside an array (wrapped in an
 * object), an object closed too early (its brace before more members), an array continued where a key should be,
 * stray words before a key, and several fenced blocks in prose (one array).
 *
 * <p>Half a character (a lone surrogate, which a model's <code>"&#92;ud800"</code> becomes once decoded) is written
 * as its <code>&#92;u</code> escape: no encoder can write it raw, UTF-8 turns it into '?'. An escape in the input
 * stays as it is.
 */
public final class JsonRepair {

    private JsonRepair() {
    }

    /** Repairs {@code input}; never throws, whatever the input. */
    public static RepairResult repair(CharSequence input) {
        return repair(input, false);
    }

    /**
     * Repairs {@code input}; never throws, whatever the input.
     *
     * @param cutOff whether the model reported that it stopped at its length limit (finish reason "length"),
     *     so the end of the input is known to be a cut and nothing is invented there
     */
    public static RepairResult repair(CharSequence input, boolean cutOff) {
        return new Repairer(input == null ? "" : input.toString(), cutOff).run();
    }
}
