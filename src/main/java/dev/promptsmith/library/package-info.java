/**
 * The task library: a curated index ({@code library/tasks.yaml}) of tasks that ship as a prompt in
 * {@code prompts/} and a suite in {@code testcases/}, each with its case count and its latest pass rate per
 * model, and a copy of a task's prompt and suite under a new name to edit. A task whose prompt or suite is
 * not in the workspace is shown as missing rather than failing the list.
 */
package dev.promptsmith.library;
