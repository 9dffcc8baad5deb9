/**
 * Prompts and test cases drafted by a model: a prompt and its suite from a task description, more
 * cases and suggested checks for an existing prompt, and a revision of a prompt from the user's
 * feedback and its failing cases. The instructions sent are Promptsmith's own meta-prompts
 * ({@code prompts/promptsmith-*.prompty}), read at their latest stored version, so editing one
 * changes what is asked. Every answer is read strictly: a drafted prompt must pass the editor's
 * check, every check must be a known type with a valid value, every case must give every variable;
 * what does not is reported with where it is, never dropped silently. A case the user edits before
 * keeping it is read again by the same rules. What is kept is written by the editors' save paths, a
 * new suite in one write naming the drafting model as it is saved (its base URL, key variable and
 * options), so that running the suite reaches the same model.
 */
package dev.promptsmith.generate;
