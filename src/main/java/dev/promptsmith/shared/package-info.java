/**
 * Small value types and helpers that every feature uses and that depend on nothing of ours:
 * content hashing, problems found in files (file and line), and YAML reading that keeps
 * line numbers so those problems can point at the place a person has to fix. Files a person
 * wrote are read through {@link dev.promptsmith.shared.TextFile}, within the
 * {@link dev.promptsmith.shared.InputLimits} set for the process, since they may come from anyone's pull request.
 */
package dev.promptsmith.shared;
