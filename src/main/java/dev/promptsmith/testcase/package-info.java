/**
 * Test cases and the suite files that hold them: {@code testcases/NAME.yaml}, written as
 * promptfoo configs (prompts, providers, tests with vars and assert, defaultTest), so a
 * promptfoo suite reads here unchanged and ours runs in promptfoo. Keys we do not support
 * yet are reported as warnings, never dropped silently.
 */
package dev.promptsmith.testcase;
