/**
 * Detects and repairs broken JSON from language models: output cut off at any character (a string, a
 * number, a keyword, a key, nested containers), Markdown fences and prose around the JSON, JavaScript and
 * Python notation, and the other slips models make. {@link dev.promptsmith.check.json.JsonRepair} works in one
 * linear pass with an explicit stack of open containers, so no input can overflow the call stack; it keeps
 * the input's own whitespace and never changes a value that was complete in the input.
 *
 * <p>{@link dev.promptsmith.check.json.OutputJson} is what an output is as JSON once (valid, repaired, invalid,
 * not JSON; cut off or not), worked out once per output by {@link dev.promptsmith.check.json.JsonOfOutput}, and
 * {@link dev.promptsmith.check.json.CutOff} is the one place that decides whether an output was cut off.
 */
package dev.promptsmith.check.json;
