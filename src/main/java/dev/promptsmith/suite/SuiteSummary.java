package dev.promptsmith.suite;

/** A suite as lists show it: its latest version and how many test cases that has. */
public record SuiteSummary(String name, int version, String description, String sourcePath, int tests) {
}
