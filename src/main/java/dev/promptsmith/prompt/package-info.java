/**
 * Prompt templates: the Prompty file format, Jinja2 rendering through Jinjava (an undefined
 * variable is an error that names it; every render bounded in time and output), the variables
 * a template uses, and the immutable, content-hashed versions of every prompt kept in the database.
 */
package dev.promptsmith.prompt;
