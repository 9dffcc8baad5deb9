/**
 * Prompt templates: the Prompty file format, Jinja2 rendering through Jinjava (an undefined
 * variable is an error that names it; every render bounded in time and output), the variables
 * a template uses, and the immutable, content-hashed versions of every prompt kept in the database.
 * A suite's own filters ({@link dev.promptsmith.prompt.TemplateFilter}) join the standard ones in the
 * renders of that suite only; a prompt function's code is stored as its prompt, and what it returns
 * is rendered as a promptfoo text.
 */
package dev.promptsmith.prompt;
