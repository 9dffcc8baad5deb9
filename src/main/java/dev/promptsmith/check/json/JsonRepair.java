package dev.promptsmith.check.json;

/**
 * Repairs broken JSON from language models in one pass, in linear time, without recursion:
 * cut-offs at any character, Markdown fences and text around the JSON, commas, quotes,
 * unquoted keys, comments, Python constants, NDJSON, ellipses and bad escapes. Content that was
 * complete in the input is never changed: a cut-off string keeps its exact prefix, a cut-off
 * keyword is completed or dropped, a cut-off number keeps its valid part.
 */
public final class JsonRepair {

    private JsonRepair() {
    }

    public static RepairResult repair(CharSequence input) {
        return repair(input, false);
    }

    /**
     * @param cutOff whether the model reported that it stopped at its token limit
     */
    public static RepairResult repair(CharSequence input, boolean cutOff) {
        return new Repairer(input == null ? "" : input.toString(), cutOff).run();
    }
}
