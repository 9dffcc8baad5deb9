/**
 * Runs and their results in the database: a run as it started (prompt versions, models, settings), one row
 * per cell with its output, checks and JSON outcome, and the reads the screens page through. The store knows
 * nothing of how runs are carried out: {@code run} hands it plain rows ({@link dev.promptsmith.run.store.NewRun},
 * {@link dev.promptsmith.run.store.ResultRow}) and reads back {@link dev.promptsmith.run.store.StoredResult}s.
 */
package dev.promptsmith.run.store;
