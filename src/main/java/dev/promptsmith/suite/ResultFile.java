package dev.promptsmith.suite;

/**
 * A file promptfoo's {@code outputPath} asks the results to be written to, in the format its
 * extension names. Only the {@code run} command writes it; the app's screens write no files.
 *
 * @param path      as written: relative paths are relative to the current directory, as in promptfoo
 * @param extension the format, lower case: json, jsonl, csv, yaml, yml, html or xml
 * @param line      where it is written in the suite file
 */
public record ResultFile(String path, String extension, int line) {
}
