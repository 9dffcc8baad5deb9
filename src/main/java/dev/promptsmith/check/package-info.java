/**
 * Checks: the automatic judgement of every output against its test case. One class per check
 * type (promptfoo's names where one exists), a registry of all of them, any type negated with a
 * {@code not-} prefix, weights, metrics and thresholds with promptfoo's semantics, and reasons
 * written for a person. A check is read once, when its suite is, into a {@code CheckSpec} with its
 * file and line; its value and metric name are filled with the test's variables once per test
 * ({@code FilledChecks}), then it runs on each of the test's outputs. Checks see the output with
 * what is known of how it was made, the answering model's config and token log probabilities
 * included; one that cannot judge such an output at all (perplexity without log probabilities)
 * makes the cell an error, as in promptfoo. JSON outcomes and repair live in {@code check.json}.
 */
package dev.promptsmith.check;
