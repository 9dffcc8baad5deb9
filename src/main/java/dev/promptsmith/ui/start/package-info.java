/**
 * The start page for someone new to Promptsmith: the three things to do first (add a model, try a
 * prompt in the playground, run a suite), each with how far this workspace already is and a link
 * to the screen where it is done.
 */
package dev.promptsmith.ui.start;
