/**
 * The web UI: Vaadin views, one sub-package per screen. Views are thin: they ask one or two
 * services, render, and show errors; they hold no rules of their own.
 */
package dev.promptsmith.ui;
