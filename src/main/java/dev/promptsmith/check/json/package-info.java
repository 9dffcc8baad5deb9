/**
 * JSON outcomes and repair: every output that should be JSON is VALID, REPAIRED (with the list
 * of fixes), TRUNCATED (cut off, and completed) or INVALID. The repair is one pass in linear time
 * with an explicit stack, so it also runs on a growing prefix while tokens stream in and cannot
 * overflow on deep nesting.
 */
package dev.promptsmith.check.json;
