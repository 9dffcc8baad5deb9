/**
 * Suites: a promptfoo config ({@code testcases/NAME.yaml}) read with every file it references
 * (prompt files, test files, variable files, and the scripts of its nunjucksFilters, transformVars
 * and prompt functions) into one suite, its stored versions and test cases; and test cases
 * imported from CSV or JSON Lines text as the entries of a suite's {@code tests:} list.
 * A promptfoo config runs here as promptfoo runs it; what Promptsmith does not support yet and
 * could change which cells run or how they are scored is refused with file and line, never
 * ignored.
 */
package dev.promptsmith.suite;
