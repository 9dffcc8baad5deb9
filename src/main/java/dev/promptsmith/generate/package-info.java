/**
 * Prompts and test cases drafted by a model: a prompt and its suite from a task description, more
 * cases and suggested checks for an existing prompt, and a revision of a prompt from the user's
 * feedback and its failing cases. The instructions sent are Promptsmith's own meta-prompts
 * ({@code prompts/promptsmith-*.prompty}), read at their latest stored version, so editing one
 * changes what is asked. Every answer is read strictly: a drafted prompt must pass the editor's
 * check, every check must be a known type with a valid value, every case must give every variable;
 * what does not is reported with where it is, never dropped silently.
 */
package dev.promptsmith.generate;
