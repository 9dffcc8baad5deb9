/**
 * The Library screen: the shipped tasks as cards with their description, case count and latest pass rate per
 * model, and from each a run of its suite, an optimization, or a copy to edit.
 */
package dev.promptsmith.ui.library;
