/**
 * The prompt editor: message turns, parameters and sample values of one prompt, checked and
 * previewed as they are typed, saved as a new version (Ctrl+S); a save based on an older version
 * than the latest is refused and offered as a new one, and leaving with unsaved changes asks first.
 * A version that arrives while editing (a file changed on disk) is shown at once, or, over unsaved
 * changes, beside them for the user to choose. Message texts have line numbers and marked template syntax.
 */
package dev.promptsmith.ui.editor;
