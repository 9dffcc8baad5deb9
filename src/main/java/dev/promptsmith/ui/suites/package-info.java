/**
 * The Suites screen: every stored suite, and a suite's page with its prompts and test cases,
 * where models, repeats and concurrency are chosen, the cost is estimated, and a run is started.
 * A suite's file is edited on its own page ({@code suites/NAME/edit}): its cases in a grid with
 * a form per case, its defaults, its prompts and models; new suites start on the Suites screen.
 */
package dev.promptsmith.ui.suites;
