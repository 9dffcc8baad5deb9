/**
 * Runs: a suite's prompts x test cases x models x repeats, executed with bounded concurrency,
 * each output checked, and the outcome reported for people (terminal) and CI servers (JUnit
 * XML, JSON). This first part runs headless from the command line; storage, cache, retries and
 * the live screens build on it.
 */
package dev.promptsmith.run;
