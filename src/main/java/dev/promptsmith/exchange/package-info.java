/**
 * Moving prompts and suites between the files on disk and the database: the import of a
 * workspace's {@code prompts/} and {@code testcases/} folders on start (idempotent, one
 * transaction per file, problems reported with file and line), and the same checks without a
 * database for the command line. While the app runs, changed files are imported as they change
 * and open screens hear of it; a prompt is renamed with its file and the suite files that name it.
 */
package dev.promptsmith.exchange;
