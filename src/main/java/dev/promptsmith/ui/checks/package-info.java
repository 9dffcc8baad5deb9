/** Editing one check of a test case: its type, value, threshold, weight, metric and negation, validated as typed. */
package dev.promptsmith.ui.checks;
