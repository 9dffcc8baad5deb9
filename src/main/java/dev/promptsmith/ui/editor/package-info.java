/**
 * The prompt editor: message turns, parameters and sample values of one prompt, checked and
 * previewed as they are typed, saved as a new version (Ctrl+S); a save based on an older version
 * than the latest is refused and offered as a new one, and leaving with unsaved changes asks first.
 */
package dev.promptsmith.ui.editor;
