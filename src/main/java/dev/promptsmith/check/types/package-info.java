/**
 * The check types, one class per type (a few small families share a class with a mode, as
 * {@code contains}/{@code icontains}/{@code contains-any} do), and {@link dev.promptsmith.check.types.CheckTypes},
 * the list of all of them. {@link dev.promptsmith.check.types.PromptfooCheckTypes} lists every type
 * promptfoo documents and says why Promptsmith refuses those it does not run.
 */
package dev.promptsmith.check.types;
