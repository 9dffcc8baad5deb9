package dev.promptsmith.generate;

import java.util.List;

/**
 * What a prompt is to do, as the user describes it.
 *
 * @param name     the prompt's key, the file name it is saved under
 * @param examples example inputs and the outputs wanted; may be empty
 */
public record Task(String description, List<Example> examples, String name) {

    public Task {
        examples = List.copyOf(examples);
    }

    /** An input and the output wanted for it. */
    public record Example(String input, String output) {
    }

    /** The examples as the meta-prompt shows them, or {@code ""} for none. */
    String examplesText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            text.append("Example ").append(i + 1).append("\nInput:\n").append(example.input().strip())
                    .append("\nOutput:\n").append(example.output().strip()).append("\n\n");
        }
        return text.toString().strip();
    }
}
