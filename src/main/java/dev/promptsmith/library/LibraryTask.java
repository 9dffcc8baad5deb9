package dev.promptsmith.library;

/** One entry of the library's index: what the task is, and the prompt and suite that carry it. */
public record LibraryTask(String name, String title, String category, String description, String prompt,
                          String suite) {
}
