/**
 * User scripts of promptfoo configs: JavaScript run in-process in a GraalJS sandbox (no files,
 * network, threads, processes, environment or Java classes; a time limit and a bound on what a
 * script may hand back), Python run as a {@code python3} process under the same time limit, and
 * {@code file://path[:function]} references read from inside the workspace. Checks, transforms,
 * a suite's template filters, transformVars and prompt functions build on
 * {@link dev.promptsmith.script.Scripts}, regex checks on {@link dev.promptsmith.script.JavaScriptRegex}
 * (promptfoo's {@code new RegExp(value)}, in a pool of sandboxed contexts); this package knows nothing of them.
 */
package dev.promptsmith.script;
