/**
 * What a form needs to know of each check type to edit it: its description and an example, the
 * kind of value it takes (none, text, a list of texts, a number, a pattern, a JSON Schema, code, a
 * rubric ...), whether it has a threshold and what that means, whether negating it means anything,
 * and validators of a check as typed, which say what is wrong as "field: message". A test keeps
 * this catalog and the registry of types in step. It knows nothing of screens.
 */
package dev.promptsmith.check.form;
