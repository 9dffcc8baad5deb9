/**
 * Prompt templates: the Prompty file format, Jinja2 rendering through Jinjava (an undefined
 * variable is an error that names it; every render bounded in time and output), the variables
 * a template uses, and the immutable, content-hashed versions of every prompt kept in the database.
 * A suite's own filters ({@link dev.promptsmith.prompt.TemplateFilter}) join the standard ones in the
 * renders of that suite only; a prompt function's code is stored as its prompt, and what it returns
 * is rendered as a promptfoo text.
 * Prompts are also written here: a draft from the editor is checked as it is typed, saved as a new
 * version (never over a version saved after the one it started from) and written back to
 * {@code prompts/NAME.prompty} in a form that imports as the same version; labels point at versions.
 */
package dev.promptsmith.prompt;
