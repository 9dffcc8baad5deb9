/**
 * Headless commands from the same jar, for CI and scripts. They run without the web server
 * (and without Spring where they need no database), so they start in well under a second.
 */
package dev.promptsmith.cli;
