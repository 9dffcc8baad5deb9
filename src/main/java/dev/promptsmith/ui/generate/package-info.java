/**
 * The generator's screens: {@code /generate} drafts a prompt and its cases from a task for review, the review grid
 * of drafted cases, each editable in the suite editor's case form (also used to add cases and checks to a suite),
 * and the Improve dialog of a prompt. Keeping writes files off the UI thread.
 */
package dev.promptsmith.ui.generate;
