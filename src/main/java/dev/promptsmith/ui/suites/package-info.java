/**
 * The Suites screen: every stored suite, and a suite's page with its prompts and test cases,
 * where models, repeats and concurrency are chosen, the cost is estimated, and a run is started.
 */
package dev.promptsmith.ui.suites;
