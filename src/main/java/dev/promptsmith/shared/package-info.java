/**
 * Small value types and helpers that every feature uses and that depend on nothing of ours:
 * content hashing, problems found in files (file and line), and YAML reading that keeps
 * line numbers so those problems can point at the place a person has to fix.
 */
package dev.promptsmith.shared;
