/**
 * Editing a suite file in the browser: a suite opened from {@code testcases/NAME.yaml} into a draft
 * (its inline test cases kept whole, the cases of other files read-only), and a draft saved by
 * rewriting only the top-level sections that changed, so the rest of the file stays as its author
 * wrote it, comments included. A save is read back as a suite before anything is written, is
 * refused when the suite moved on since it was opened, and is imported at once.
 */
package dev.promptsmith.suiteedit;
